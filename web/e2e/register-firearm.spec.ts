import { expect, test } from '@playwright/test';
import { bearer, stamp, tokenOf } from './admin-support';
import { complete, errorOf } from './register-support';
import { checkPage, signIn, t, type Locale } from './support';

const CANONICAL = { make: /^Kalashnikov Concern/, calibre: /^9×19mm Parabellum/ };

for (const locale of ['en', 'fr', 'es'] as Locale[]) {
  test(`the officer registers a firearm with its markings, in ${locale}: aliases completed, a field problem shown, a duplicate saved anyway`, async ({ page, request }) => {
    // A whole workflow with an accessibility check per screen.
    test.slow();
    const serial = `IZ-${stamp()} 7`;
    // The same serial and manufacturer already on the register (written otherwise), for the warning.
    const officer = await tokenOf(request, 'demo.officer');
    const earlier = await request.post('/api/firearms', { headers: bearer(officer), data: { category: 'pistol', make: 'Izhevsk Arms Plant', serialNumber: serial.replace(/[- ]/g, '').toLowerCase() } });
    expect(earlier.status()).toBe(201);
    const earlierId = (await earlier.json()).id as string;

    await page.goto('/firearms');
    await signIn(page, 'demo.officer');
    if (locale !== 'en') await page.getByLabel(t('en', 'shell.language')).selectOption(locale);
    await expect(page.getByRole('heading', { level: 1, name: t(locale, 'firearms.title') })).toBeVisible();
    await page.getByRole('link', { name: t(locale, 'register.action') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t(locale, 'register.firearm.title') })).toBeVisible();

    const form = page.getByRole('form', { name: t(locale, 'register.firearm.title') });
    // Alias completion: a category, a manufacturer, a calibre and a country typed as registers write them.
    await complete(page, form.getByLabel(t(locale, 'register.field.category')), 'handgun', /^Pistol/);
    await complete(page, form.getByRole('combobox', { name: t(locale, 'register.field.make') }), 'IZHMASH', CANONICAL.make);
    await expect(form.getByRole('combobox', { name: t(locale, 'register.field.make') })).toHaveValue('Kalashnikov Concern');
    await expect(form.getByText(t(locale, 'register.alias.known')).first()).toBeVisible();
    await complete(page, form.getByRole('combobox', { name: t(locale, 'register.field.calibre') }), '9mm Luger', CANONICAL.calibre);
    await complete(page, form.getByLabel(t(locale, 'register.field.countryOfManufacture')), 'USSR', /(Russia|Russie|Rusia)/);
    await form.getByLabel(t(locale, 'register.field.model')).fill('PM');
    await form.getByLabel(t(locale, 'register.field.serialNumber')).fill(serial);
    const year = form.getByLabel(t(locale, 'register.field.yearOfManufacture'));
    await year.fill(String(new Date().getUTCFullYear() + 3));
    await checkPage(page, `register-firearm-form-${locale}`);

    // Before saving: the record with the same serial and make, linked; "Save anyway" is one click.
    await form.getByRole('button', { name: t(locale, 'register.submit'), exact: true }).click();
    const warning = page.getByRole('alert').filter({ hasText: t(locale, 'register.duplicates.title') });
    await expect(warning).toBeVisible();
    await expect(warning.getByRole('link')).toHaveAttribute('href', `/firearms/${earlierId}`);
    await checkPage(page, `register-firearm-duplicates-${locale}`);
    await warning.getByRole('button', { name: t(locale, 'register.duplicates.saveAnyway') }).click();

    // The API's refusal, worded in the user's language under the field it names; the choice to save anyway holds.
    await expect(errorOf(year)).toHaveText(t(locale, 'register.problem.afterThisYear'));
    await checkPage(page, `register-firearm-field-problem-${locale}`);
    await year.fill('1987');
    await form.getByRole('button', { name: t(locale, 'register.submit'), exact: true }).click();

    // The new record opens, its make resolved to the manufacturer, the earlier one listed as a possible duplicate.
    await expect(page).toHaveURL(/\/firearms\/[0-9a-f-]{36}$/);
    expect(page.url()).not.toContain(earlierId);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(serial);
    await expect(page.getByText('Kalashnikov Concern (izhmash)')).toBeVisible();
    await expect(page.getByRole('region', { name: t(locale, 'record.duplicates') }).getByRole('link')).toHaveAttribute('href', `/firearms/${earlierId}`);

    // Its markings: a manufacture mark, then an import mark the API asks to complete.
    const markings = page.getByRole('region', { name: t(locale, 'record.markings') });
    await markings.getByRole('button', { name: t(locale, 'markings.add') }).click();
    let dialog = page.getByRole('dialog', { name: t(locale, 'markings.add.title') });
    await dialog.getByLabel(t(locale, 'markings.field.text')).fill(serial);
    await dialog.getByLabel(t(locale, 'markings.field.location')).fill('left side of frame');
    await dialog.getByRole('combobox', { name: t(locale, 'markings.field.method') }).click();
    await page.getByRole('option', { name: t(locale, 'markings.method.stamped') }).click();
    await checkPage(page, `markings-add-${locale}`);
    await dialog.getByRole('button', { name: t(locale, 'markings.add.submit') }).click();
    await expect(dialog).toBeHidden();
    await expect(markings.getByRole('row').filter({ hasText: serial })).toContainText(t(locale, 'markings.method.stamped'));

    await markings.getByRole('button', { name: t(locale, 'markings.add') }).click();
    dialog = page.getByRole('dialog', { name: t(locale, 'markings.add.title') });
    await dialog.getByRole('combobox', { name: t(locale, 'markings.field.type') }).click();
    await page.getByRole('option', { name: t(locale, 'marking.type.import') }).click();
    await dialog.getByLabel(t(locale, 'markings.field.text')).fill('SN 24');
    await complete(page, dialog.getByLabel(t(locale, 'markings.field.importCountry')), 'SN', /^(Senegal|Sénégal)/);
    await dialog.getByRole('button', { name: t(locale, 'markings.add.submit') }).click();
    const importYear = dialog.getByLabel(t(locale, 'markings.field.importYear'));
    await expect(errorOf(importYear)).toHaveText(t(locale, 'register.problem.intactImport'));
    await checkPage(page, `markings-import-problem-${locale}`);
    await importYear.fill('2024');
    await dialog.getByRole('button', { name: t(locale, 'markings.add.submit') }).click();
    await expect(dialog).toBeHidden();
    await expect(markings.getByRole('row').filter({ hasText: 'SN 24' })).toContainText('SN 2024');
    await checkPage(page, `register-firearm-record-${locale}`);
  });
}
