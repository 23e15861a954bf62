import { expect, test } from '@playwright/test';
import { checkPage, chooseLanguage, signIn, t, watchCsp, type Locale } from './support';
import { apiPost, signInAs, tf, tokenOf, unique } from './tracing-support';

// The "done when": an auditor verifies a record's trail in the browser.
// Seeded through the API as the officer who does the work; read as the auditor and the administrator.
test.describe.configure({ timeout: 120_000 });

/** "Verified, N entries" for the two entries (created, corrected), as each catalogue's plural gives it. */
const VERIFIED_TWO: Record<Locale, string> = { en: 'Verified, 2 entries', fr: 'Vérifié, 2 entrées', es: 'Verificado, 2 entradas' };

async function correctedFirearm(request: Parameters<typeof tokenOf>[0]) {
  const officer = await tokenOf(request, 'demo.officer');
  const serial = unique('AUD');
  const firearm = await apiPost<{ id: string }>(request, officer, '/firearms', { category: 'pistol', make: 'Beretta', model: '92', calibre: '9x19', serialNumber: serial, initialEvent: { type: 'registered', occurredOn: '2024-05-02' } });
  await apiPost(request, officer, `/firearms/${firearm.id}/corrections`, { changes: { model: '92FS' }, reason: 'Model misread at registration; checked on the slide' });
  return { id: firearm.id, serial };
}

for (const locale of ['en', 'fr', 'es'] as Locale[]) {
  test(`an auditor reads a firearm's trail, with its correction as before and after (${locale})`, async ({ page, request }) => {
    const csp = watchCsp(page);
    const firearm = await correctedFirearm(request);
    await signInAs(page, 'demo.auditor', locale);
    await page.goto(`/firearms/${firearm.id}`);
    const trail = page.getByRole('region', { name: t(locale, 'audit.trail.title') });
    await expect(trail).toBeVisible();
    // Newest first: the correction, by the officer, with the reason and the model before -> after in words.
    const rows = trail.getByRole('row');
    await expect(rows).toHaveCount(3);
    const correction = rows.nth(1);
    await expect(correction).toContainText(t(locale, 'audit.action.corrected'));
    await expect(correction).toContainText('demo.officer');
    await expect(correction.getByText(tf(locale, 'audit.change.fromTo', { field: t(locale, 'audit.field.model'), before: '92', after: '92FS' }), { exact: true })).toBeVisible();
    await expect(correction).toContainText('Model misread at registration; checked on the slide');
    await expect(correction).toContainText(/[0-9a-f-]{8,}/); // the request it came with
    await expect(rows.nth(2)).toContainText(t(locale, 'audit.action.created'));
    await expect(trail.getByTestId('trail-verification')).toHaveText(VERIFIED_TWO[locale]);
    await checkPage(page, `audit-firearm-trail-${locale}`);
    expect(csp).toEqual([]);
  });
}

test('an auditor runs a full verification to its result, and the search finds the correction', async ({ page, request }) => {
  const csp = watchCsp(page);
  const firearm = await correctedFirearm(request);
  await signInAs(page, 'demo.auditor', 'en');
  await page.getByRole('navigation', { name: t('en', 'shell.navigation') }).getByRole('link', { name: t('en', 'nav.audit') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('en', 'audit.title') })).toBeVisible();
  await checkPage(page, 'audit-desk');

  // The whole trail, against the signed checkpoints, run by the worker; the URL keeps the run.
  await page.getByRole('button', { name: t('en', 'audit.verification.start') }).click();
  await expect(page).toHaveURL(/verification=[0-9a-f-]{36}/);
  const result = page.getByTestId('verification-result');
  await expect(result).toBeVisible({ timeout: 60_000 });
  await expect(result).toContainText(t('en', 'audit.verification.intactTitle'));
  await expect(page.getByTestId('verification-status')).toHaveText(t('en', 'audit.verification.status.completed'));
  // A reload shows the same run's result.
  await page.reload();
  await expect(page.getByTestId('verification-result')).toContainText(t('en', 'audit.verification.intactTitle'));
  await checkPage(page, 'audit-verification-intact');

  // Filtered by record type and action: the correction is there, with its before and after.
  await page.getByRole('combobox', { name: t('en', 'audit.filter.recordType'), exact: true }).click();
  await page.getByRole('option', { name: t('en', 'audit.recordType.firearm'), exact: true }).click();
  await expect(page).toHaveURL(/recordType=firearm/);
  await page.getByRole('combobox', { name: t('en', 'audit.filter.action'), exact: true }).fill(t('en', 'audit.action.corrected'));
  await page.getByRole('option', { name: t('en', 'audit.action.corrected'), exact: true }).click();
  await expect(page).toHaveURL(/action=corrected/);
  const table = page.getByRole('table', { name: t('en', 'audit.search.results') });
  const row = table.getByRole('row').filter({ hasText: firearm.id });
  await expect(row).toHaveCount(1);
  await expect(row.getByText('Model: 92 → 92FS', { exact: true })).toBeVisible();
  // Every row is a correction of a firearm.
  const actions = await table.locator('tbody tr td:nth-child(4)').allTextContents();
  expect(actions.length).toBeGreaterThan(0);
  expect(new Set(actions)).toEqual(new Set([t('en', 'audit.action.corrected')]));
  await checkPage(page, 'audit-search-filtered');

  // From the entry to the record.
  await row.getByRole('link', { name: t('en', 'audit.recordType.firearm') }).click();
  await expect(page).toHaveURL(new RegExp(`/firearms/${firearm.id}$`));
  expect(csp).toEqual([]);
});

test('an administrator, without the personal-data permission, sees "restricted" where a person’s name would be (fr)', async ({ page, request }) => {
  const officer = await tokenOf(request, 'demo.officer');
  const family = unique('Ndiaye');
  const holder = await apiPost<{ id: string }>(request, officer, '/holders', { kind: 'person', familyName: family, givenNames: 'Awa', birthDate: '1985-02-11', idDocumentNumber: unique('SN-') });

  await signInAs(page, 'demo.admin', 'fr');
  await page.goto(`/holders/${holder.id}`);
  const trail = page.getByRole('region', { name: t('fr', 'audit.trail.title') });
  const created = trail.getByRole('row').filter({ hasText: t('fr', 'audit.action.created') });
  await expect(created.getByText(tf('fr', 'audit.change.set', { field: t('fr', 'audit.field.familyName'), after: t('fr', 'audit.word.restricted') }), { exact: true })).toBeVisible();
  await expect(trail).not.toContainText(family);
  await checkPage(page, 'audit-holder-trail-admin-fr');

  // The auditor holds the permission: the same entry in full.
  await page.getByRole('button', { name: t('fr', 'shell.signOut') }).click();
  await signIn(page, 'demo.auditor', 'fr');
  await chooseLanguage(page, 'fr', 'es');
  await page.goto(`/holders/${holder.id}`);
  const full = page.getByRole('region', { name: t('es', 'audit.trail.title') });
  await expect(full.getByText(tf('es', 'audit.change.set', { field: t('es', 'audit.field.familyName'), after: family }), { exact: true })).toBeVisible();
  await checkPage(page, 'audit-holder-trail-auditor-es');
});
