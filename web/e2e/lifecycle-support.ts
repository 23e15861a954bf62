import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { bearer, stamp, tokenOf } from './admin-support';
import { checkPage, signIn, t, watchCsp, chooseLanguage, type Locale } from './support';

export const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** A registered firearm of the officer's agency, with a serial unique to this run. */
export async function seedFirearm(request: APIRequestContext, category = 'pistol', serial = `LC-${stamp()}`): Promise<{ id: string; serial: string }> {
  const officer = await tokenOf(request, 'demo.officer');
  const created = await request.post('/api/firearms', { headers: bearer(officer), data: { category, make: 'Beretta', model: '92FS', calibre: '9mm Luger', serialNumber: serial } });
  expect(created.status(), await created.text()).toBe(201);
  return { id: (await created.json()).id, serial };
}

export async function recordEvent(request: APIRequestContext, firearmId: string, data: Record<string, unknown>): Promise<void> {
  const officer = await tokenOf(request, 'demo.officer');
  const answer = await request.post(`/api/firearms/${firearmId}/events`, { headers: bearer(officer), data });
  expect(answer.status(), await answer.text()).toBe(201);
}

/** A person with a licence expired ten days ago and one valid for pistols (plus a rifle-only one). */
export async function seedLicensedPerson(request: APIRequestContext, familyName = `Sarr${stamp()}`) {
  const officer = await tokenOf(request, 'demo.officer');
  const holder = await request.post('/api/holders', { headers: bearer(officer), data: { kind: 'person', familyName, givenNames: 'Awa', idDocumentNumber: `SN-${stamp()}` } });
  expect(holder.status(), await holder.text()).toBe(201);
  const { id } = await holder.json();
  const licence = async (prefix: string, issuedOn: string, expiresOn: string, categories: string[]) => {
    const created = await request.post('/api/licences', { headers: bearer(officer), data: { number: `${prefix}-${stamp()}`, kind: 'possession', holderId: id, issuedOn, expiresOn, categories } });
    expect(created.status(), await created.text()).toBe(201);
    return (await created.json()) as { id: string; number: string; expiresOn: string };
  };
  const expired = await licence('EXP', isoDay(-1800), isoDay(-10), []);
  const valid = await licence('VAL', isoDay(-30), isoDay(1500), ['pistol']);
  const rifleOnly = await licence('RIF', isoDay(-30), isoDay(1500), ['rifle']);
  return { id, name: `Awa ${familyName}`, familyName, expired, valid, rifleOnly };
}

/** Opens a record as the officer, in the language asked, watching for CSP refusals. */
export async function openRecordAs(page: Page, firearmId: string, username: string, locale: Locale): Promise<string[]> {
  const csp = watchCsp(page);
  await page.goto(`/firearms/${firearmId}`);
  await signIn(page, username);
  if (locale !== 'en') await chooseLanguage(page, 'en', locale);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(t(locale, 'record.title').split('{')[0].trim());
  return csp;
}

export const historyOf = (page: Page, locale: Locale) => page.getByRole('region', { name: t(locale, 'record.history') });
export const actionsOf = (page: Page, locale: Locale) => page.getByRole('region', { name: t(locale, 'lifecycle.actions.title') });

export { checkPage, t };
