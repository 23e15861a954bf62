import { expect, test } from '@playwright/test';
import { checkPage, chooseLanguage, demoFirearm, fragmentOf, signIn, t, watchCsp, type Locale } from './support';

// The "done when": an investigator finds a demo firearm from part of its
// serial and reads its history, in English, and after switching to French or Spanish.
for (const locale of ['en', 'fr', 'es'] as Locale[]) {
  test(`investigator finds a demo firearm from part of its serial and reads its history (${locale})`, async ({ page, request }) => {
    const refusals = watchCsp(page);
    const firearm = await demoFirearm(request);
    await page.goto('/');
    await signIn(page, 'demo.investigator');
    if (locale !== 'en') await chooseLanguage(page, 'en', locale);

    await page.getByLabel(t(locale, 'search.serial')).fill(fragmentOf(firearm.serial));
    await page.getByRole('button', { name: t(locale, 'search.submit'), exact: true }).click();
    const candidates = page.getByRole('region', { name: t(locale, 'search.results') });
    const link = candidates.getByRole('link', { name: firearm.serial, exact: true });
    await expect(link).toBeVisible();
    await checkPage(page, `search-results-${locale}`);

    await link.click();
    await expect(page).toHaveURL(new RegExp(`/firearms/${firearm.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(firearm.serial);
    const history = page.getByRole('heading', { name: t(locale, 'record.history') });
    await expect(history).toBeVisible();
    await checkPage(page, `firearm-record-${locale}`);

    // A reload of the record (a deep link) keeps the screen, the session and the language.
    await page.reload();
    await expect(page.getByRole('heading', { name: t(locale, 'record.history') })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', new RegExp(`^${locale}`));
    expect(refusals).toEqual([]);
  });
}

test('investigator opens the firearms list', async ({ page }) => {
  await page.goto('/');
  await signIn(page, 'demo.investigator');
  await page.getByRole('navigation', { name: t('en', 'shell.navigation') }).getByRole('link', { name: t('en', 'nav.firearms') }).click();
  await expect(page.getByRole('heading', { name: t('en', 'firearms.title'), level: 1 })).toBeVisible();
  await checkPage(page, 'firearms-list');
});

// Sorting is the server's (the whole register, not the page on screen) and lives in the URL.
test('investigator sorts the firearms list by serial, by mouse and by keyboard, and the order survives a reload', async ({ page }) => {
  await page.goto('/firearms');
  await signIn(page, 'demo.investigator');
  const table = page.getByRole('table', { name: t('en', 'firearms.title') });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  const serials = async () => (await table.locator('tbody tr td:first-child').allInnerTexts()).map((s) => s.trim());
  const header = table.getByRole('columnheader').getByRole('button', { name: t('en', 'firearm.serial'), exact: true });

  await header.click();
  await expect(page).toHaveURL(/sort=serial/);
  await expect(header).toHaveAccessibleDescription(t('en', 'common.sort.ascending'));
  await expect.poll(async () => { const s = await serials(); return s.length > 1 && s.join() === [...s].sort().join(); }).toBe(true);
  const ascending = await serials();

  // Enter on the focused header reverses the order, as a keyboard user would.
  await header.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sort=-serial/);
  await expect.poll(async () => (await serials())[0]).not.toBe(ascending[0]);
  const descending = await serials();
  expect(descending.join()).toBe([...descending].sort().reverse().join());
  await checkPage(page, 'firearms-list-sorted');

  await page.reload();
  await expect.poll(async () => (await serials()).join()).toBe(descending.join());
});
