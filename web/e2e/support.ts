import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import pg from 'pg';

export const DEMO_PASSWORD = 'Demo-Registry-2026!';
export type Locale = 'en' | 'fr' | 'es';

const LOCALES = process.env.E2E_LOCALES ?? path.resolve(import.meta.dirname, '../src/shared/i18n/locales');
const catalogues = new Map<Locale, Record<string, string>>();

/** A label in the interface's own catalogue, so French and Spanish selectors follow its translations. */
export function t(locale: Locale, id: string): string {
  if (!catalogues.has(locale)) catalogues.set(locale, JSON.parse(readFileSync(path.join(LOCALES, `${locale}.json`), 'utf8')));
  const text = catalogues.get(locale)![id];
  if (!text) throw new Error(`no message ${id} in ${locale}.json`);
  return text;
}

const SHOTS = path.resolve(import.meta.dirname, 'screenshots');

/**
 * Every page is checked with axe (WCAG 2.2 A/AA rules): a serious or critical
 * violation fails the test. A screenshot is kept under e2e/screenshots/.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
  expect(blocking, `accessibility of ${name}`).toEqual([]);
}

/** Fails the test on any Content-Security-Policy refusal: the policy must allow the app as it is built. */
export function watchCsp(page: Page): string[] {
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refusals.push(message.text());
  });
  return refusals;
}

export async function signIn(page: Page, username: string, locale: Locale = 'en'): Promise<void> {
  await page.getByLabel(t(locale, 'signIn.username')).fill(username);
  await page.getByLabel(t(locale, 'signIn.password')).and(page.locator('input[type="password"]')).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: t(locale, 'signIn.submit') }).click();
}

export async function chooseLanguage(page: Page, from: Locale, to: Locale): Promise<void> {
  await page.getByLabel(t(from, 'shell.language')).selectOption(to);
  await expect(page.locator('html')).toHaveAttribute('lang', new RegExp(`^${to}`));
}

/** A demo firearm with a serial worth searching for, read through the API as the investigator. */
export async function demoFirearm(request: APIRequestContext): Promise<{ id: string; serial: string }> {
  const signedIn = await request.post('/api/auth/sign-in', { data: { username: 'demo.investigator', password: DEMO_PASSWORD } });
  expect(signedIn.status()).toBe(200);
  const { accessToken } = await signedIn.json();
  const list = await request.get('/api/firearms?limit=100', { headers: { Authorization: `Bearer ${accessToken}` } });
  expect(list.status()).toBe(200);
  const { items } = (await list.json()) as { items: { id: string; serialNumber: { asWritten: string | null } }[] };
  // Beretta's demo serials (BER123456Z) are unique enough for a fragment to find one.
  const firearm = items.find((f) => /^BER\d{6}Z$/.test(f.serialNumber.asWritten ?? '')) ?? items.find((f) => (f.serialNumber.asWritten ?? '').length >= 7);
  if (!firearm) throw new Error('the demo register has no firearm with a searchable serial');
  return { id: firearm.id, serial: firearm.serialNumber.asWritten! };
}

/** What an officer would type from a worn marking: the middle of the serial. */
export function fragmentOf(serial: string): string {
  return serial.length > 6 ? serial.slice(2, -1) : serial;
}

/** Ends a user's sessions as their expiry would: the next request and the refresh are both refused. */
export async function endSessionsOf(username: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(`UPDATE user_session SET expires_at = now() - interval '1 second' WHERE user_id = (SELECT id FROM app_user WHERE username = $1) AND expires_at > now()`, [username]);
  } finally {
    await client.end();
  }
}
