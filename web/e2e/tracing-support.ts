import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { chooseLanguage, DEMO_PASSWORD, signIn, t, type Locale } from './support';

/** A bearer token for a demo account, for test setup through the API. */
export async function tokenOf(request: APIRequestContext, username: string): Promise<string> {
  const response = await request.post('/api/auth/sign-in', { data: { username, password: DEMO_PASSWORD } });
  expect(response.status()).toBe(200);
  return (await response.json()).accessToken as string;
}

export async function apiPost<T = Record<string, unknown>>(request: APIRequestContext, token: string, path: string, data: object): Promise<T> {
  const response = await request.post(`/api${path}`, { data, headers: { Authorization: `Bearer ${token}` } });
  expect(response.status(), `${path}: ${await response.text()}`).toBeLessThan(300);
  return (await response.json()) as T;
}

/** A catalogue message with its arguments put in (simple {name} arguments only). */
export function tf(locale: Locale, id: string, values: Record<string, string | number>): string {
  return t(locale, id).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** Picks an option of a Mantine select by its label; typing first when the list is searchable. */
export async function pick(page: Page, label: string, option: string, type = false): Promise<void> {
  const input = page.getByRole('combobox', { name: label, exact: true });
  await input.click();
  if (type) await input.fill(option);
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Signs in and waits for the shell, so a page loaded next finds the session to restore. */
export async function signInAs(page: Page, username: string, locale: Locale): Promise<void> {
  await page.goto('/');
  await signIn(page, username);
  await expect(page.getByRole('navigation', { name: t('en', 'shell.navigation') })).toBeVisible();
  if (locale !== 'en') await chooseLanguage(page, 'en', locale);
}

/** A serial no other test run has used. */
export const unique = (prefix: string) => `${prefix}${Date.now().toString(36).toUpperCase()}${Math.floor(Math.random() * 1000)}`;
