import { expect, test } from '@playwright/test';
import { bearer, tokenOf } from './admin-support';
import { actionsOf, checkPage, historyOf, openRecordAs, recordEvent, seedFirearm, t } from './lifecycle-support';
import type { Locale } from './support';

for (const locale of ['en', 'fr', 'es'] as Locale[]) {
  test(`the officer reports a firearm stolen from its record (${locale})`, async ({ page, request }) => {
    test.slow();
    const firearm = await seedFirearm(request);
    const csp = await openRecordAs(page, firearm.id, 'demo.officer', locale);
    await checkPage(page, `lifecycle-record-officer-${locale}`);
    await actionsOf(page, locale).getByRole('button', { name: t(locale, 'lifecycle.action.reported_stolen') }).click();
    const dialog = page.getByRole('dialog', { name: t(locale, 'lifecycle.action.reported_stolen') });
    await dialog.getByLabel(t(locale, 'lifecycle.field.place')).fill('Thiès, marché central');
    await dialog.getByLabel(t(locale, 'lifecycle.field.reference')).fill('PV 2026/118');
    await checkPage(page, `lifecycle-report-stolen-dialog-${locale}`);
    await dialog.getByRole('button', { name: t(locale, 'lifecycle.submit') }).click();
    await expect(dialog).toBeHidden();

    // The record and its history change without a reload.
    await expect(page.getByRole('alert').filter({ hasText: t(locale, 'record.alert.stolen') })).toBeVisible();
    await expect(historyOf(page, locale).getByText(t(locale, 'event.reported_stolen'), { exact: true })).toBeVisible();
    await expect(historyOf(page, locale).getByText('Thiès, marché central', { exact: false })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: t(locale, 'event.reported_stolen') })).toBeVisible();
    const actions = actionsOf(page, locale);
    await expect(actions.getByRole('button', { name: t(locale, 'lifecycle.action.found') })).toBeVisible();
    await expect(actions.getByRole('button', { name: t(locale, 'lifecycle.action.reported_stolen') })).toHaveCount(0);
    await expect(actions.getByRole('button', { name: t(locale, 'lifecycle.action.transferred') })).toHaveCount(0);
    await checkPage(page, `lifecycle-reported-stolen-${locale}`);

    const officer = await tokenOf(request, 'demo.officer');
    const record = await (await request.get(`/api/firearms/${firearm.id}`, { headers: bearer(officer) })).json();
    expect(record.status).toBe('stolen');
    expect(csp).toEqual([]);
  });
}

test('the officer reports a firearm stolen with the keyboard only', async ({ page, request }) => {
  test.slow();
  const firearm = await seedFirearm(request);
  const csp = await openRecordAs(page, firearm.id, 'demo.officer', 'en');
  const button = actionsOf(page, 'en').getByRole('button', { name: t('en', 'lifecycle.action.reported_stolen') });
  await expect(button).toBeVisible();
  // Tab through the page until the action has the focus, as a keyboard user would.
  for (let i = 0; i < 80 && !(await button.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: t('en', 'lifecycle.action.reported_stolen') });
  await expect(dialog.getByLabel(t('en', 'lifecycle.field.occurredOn'))).toBeFocused();
  // Tab walks through the date's day, month and year before the next field.
  const place = dialog.getByLabel(t('en', 'lifecycle.field.place'));
  for (let i = 0; i < 5 && !(await place.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(place).toBeFocused();
  await page.keyboard.type('Kaolack, gare routière');
  const submit = dialog.getByRole('button', { name: t('en', 'lifecycle.submit') });
  for (let i = 0; i < 10 && !(await submit.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(submit).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('alert').filter({ hasText: t('en', 'record.alert.stolen') })).toBeVisible();
  await expect(historyOf(page, 'en').getByText('Kaolack, gare routière', { exact: false })).toBeVisible();
  expect(csp).toEqual([]);
});

test('a step the firearm no longer allows is refused and explained, with the events that are allowed', async ({ page, request }) => {
  const firearm = await seedFirearm(request);
  await openRecordAs(page, firearm.id, 'demo.officer', 'en');
  await actionsOf(page, 'en').getByRole('button', { name: t('en', 'lifecycle.action.reported_lost') }).click();
  const dialog = page.getByRole('dialog', { name: t('en', 'lifecycle.action.reported_lost') });
  // Meanwhile another officer records the theft: this page is now stale.
  await recordEvent(request, firearm.id, { type: 'reported_stolen', place: 'Dakar' });
  await dialog.getByRole('button', { name: t('en', 'lifecycle.submit') }).click();
  const refusal = dialog.getByRole('alert');
  await expect(refusal).toContainText('“Reported lost” was refused');
  await expect(refusal).toContainText('The firearm is now recorded as stolen.');
  await expect(refusal).toContainText('a theft is never downgraded to a loss');
  await expect(refusal.getByTestId('allowed-events')).toHaveText('Events that may be recorded now: Found, Surrendered, Seized, and Taken into custody.');
  await checkPage(page, 'lifecycle-refused-transition');
  await dialog.getByRole('button', { name: t('en', 'common.cancel') }).click();
  // The record behind it was refreshed: the stolen alert and the new actions.
  await expect(page.getByRole('alert').filter({ hasText: t('en', 'record.alert.stolen') })).toBeVisible();
  await expect(actionsOf(page, 'en').getByRole('button', { name: t('en', 'lifecycle.action.reported_lost') })).toHaveCount(0);
});

test('the officer records a destruction with its method, place and named witnesses', async ({ page, request }) => {
  test.slow();
  const firearm = await seedFirearm(request, 'rifle');
  await recordEvent(request, firearm.id, { type: 'seized', place: 'Ziguinchor' });
  const csp = await openRecordAs(page, firearm.id, 'demo.officer', 'en');
  await actionsOf(page, 'en').getByRole('button', { name: t('en', 'lifecycle.action.destroyed') }).click();
  const dialog = page.getByRole('dialog', { name: t('en', 'lifecycle.action.destroyed') });
  await dialog.getByRole('button', { name: t('en', 'lifecycle.submit') }).click();
  await expect(dialog.getByText(t('en', 'lifecycle.field.witnessesNeeded'))).toBeVisible();
  await dialog.getByLabel(t('en', 'lifecycle.field.method')).fill('crushing');
  await dialog.getByLabel(t('en', 'lifecycle.field.destructionPlace')).fill('Central armoury, Dakar');
  await dialog.getByLabel(t('en', 'lifecycle.field.witnesses')).fill('Capt. Mamadou Ba\nInsp. Fatou Ndiaye');
  await checkPage(page, 'lifecycle-destruction-dialog');
  await dialog.getByRole('button', { name: t('en', 'lifecycle.submit') }).click();
  await expect(dialog).toBeHidden();
  await expect(historyOf(page, 'en').getByText(t('en', 'event.destroyed'), { exact: true })).toBeVisible();
  await expect(actionsOf(page, 'en')).toContainText(t('en', 'lifecycle.actions.none'));
  await checkPage(page, 'lifecycle-destroyed');

  const officer = await tokenOf(request, 'demo.officer');
  const history = await (await request.get(`/api/firearms/${firearm.id}/history`, { headers: bearer(officer) })).json();
  const destroyed = history.events.find((e: { type: string }) => e.type === 'destroyed');
  expect(destroyed.details).toEqual({ method: 'crushing', witnesses: ['Capt. Mamadou Ba', 'Insp. Fatou Ndiaye'] });
  expect(destroyed.place).toBe('Central armoury, Dakar');
  expect(csp).toEqual([]);
});

test('the auditor reads the record with no action, and an event forced through the API is refused', async ({ page, request }) => {
  const firearm = await seedFirearm(request);
  await openRecordAs(page, firearm.id, 'demo.auditor', 'en');
  await expect(historyOf(page, 'en').getByText(t('en', 'event.registered'), { exact: true })).toBeVisible();
  await expect(actionsOf(page, 'en')).toHaveCount(0);
  await expect(page.getByRole('button', { name: t('en', 'lifecycle.action.reported_stolen') })).toHaveCount(0);
  await checkPage(page, 'lifecycle-record-auditor');

  const auditor = await tokenOf(request, 'demo.auditor');
  const forced = await request.post(`/api/firearms/${firearm.id}/events`, { headers: bearer(auditor), data: { type: 'reported_stolen' } });
  expect(forced.status()).toBe(403);
  expect((await forced.json()).code).toBe('PERMISSION_DENIED');
  const officer = await tokenOf(request, 'demo.officer');
  expect((await (await request.get(`/api/firearms/${firearm.id}`, { headers: bearer(officer) })).json()).status).toBe('registered');
});
