import { expect, test } from '@playwright/test';
import { firearmMake, firearmWithUnknownMake, stamp } from './admin-support';
import { checkPage, chooseLanguage, signIn, t, type Locale } from './support';

// The administrator resolves a make kept "as written" from the review queue, in each
// language: one click on the manufacturer it names resolves every firearm under it.
for (const locale of ['en', 'fr', 'es'] as Locale[]) {
  test(`the administrator resolves an unknown make from the review queue (${locale})`, async ({ page, request }) => {
    // A whole workflow with an accessibility check per screen: more than 30 s on a loaded CI machine.
    test.slow();
    const make = `Izhevsk Zavod ${stamp()}`;
    const first = await firearmWithUnknownMake(request, make);
    const second = await firearmWithUnknownMake(request, make);

    await page.goto('/');
    await signIn(page, 'demo.admin');
    if (locale !== 'en') await chooseLanguage(page, 'en', locale);
    await page.getByRole('navigation', { name: t(locale, 'shell.navigation') }).getByRole('link', { name: t(locale, 'nav.reference') }).click();
    await expect(page.getByRole('heading', { name: t(locale, 'admin.reference.title') })).toBeVisible();
    // A big page: other tests may leave makes of their own in the queue.
    await page.goto('/admin/reference?pageSize=100');
    const row = page.getByRole('row').filter({ hasText: make });
    await expect(row).toBeVisible();
    await expect(row.getByRole('link')).toHaveText(/2/);
    await checkPage(page, `admin-review-queue-${locale}`);

    await row.getByRole('button').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const select = dialog.getByLabel(t(locale, 'admin.queue.manufacturer'));
    await select.fill('Kalashnikov');
    await page.getByRole('option', { name: 'Kalashnikov Concern' }).click();
    await expect(dialog.getByText(/izhmash/)).toBeVisible();
    await checkPage(page, `admin-review-queue-resolve-${locale}`);
    await dialog.getByRole('button', { name: t(locale, 'admin.queue.addAlias') }).click();

    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: make })).toContainText('Kalashnikov Concern');
    await expect(page.getByRole('row').filter({ hasText: make })).toHaveCount(0);
    for (const id of [first, second]) expect(await firearmMake(request, id)).toMatchObject({ asWritten: make, manufacturerCode: 'izhmash' });
  });
}

test('the administrator keeps a make nobody knows as a new manufacturer, with the name as its spelling', async ({ page, request }) => {
  const make = `Atelier Kaffrine ${stamp()}`;
  const id = await firearmWithUnknownMake(request, make);
  await page.goto('/admin/reference?pageSize=100');
  await signIn(page, 'demo.admin');
  const row = page.getByRole('row').filter({ hasText: make });
  await row.getByRole('button', { name: `Resolve “${make}”` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel(t('en', 'admin.reference.code'))).toHaveValue(make.toLowerCase().replaceAll(' ', '_'));
  await dialog.getByRole('button', { name: t('en', 'admin.queue.createManufacturer') }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: make })).toBeVisible();
  expect((await firearmMake(request, id)).manufacturerCode).toBe(make.toLowerCase().replaceAll(' ', '_'));
});
