import { expect, test } from '@playwright/test';
import { checkPage, t } from './support';
import { pick, signInAs, tf, unique } from './tracing-support';

// Firearms Protocol art. 10: a registry officer records an export licence (with the
// importing state's import licence), declares a shipment under it, records what arrived
// (50 rounds short), confirms the delivery, reads the reconciliation with its one
// discrepancy, and revokes the licence.
test.describe.configure({ timeout: 120_000 });

test('an export licence with a shipment, a receipt short of 50 rounds and its reconciliation', async ({ page }) => {
  const number = unique('SN-EXP-');
  await signInAs(page, 'demo.officer', 'en');
  await page.getByRole('navigation', { name: t('en', 'shell.navigation') }).getByRole('link', { name: t('en', 'nav.trade') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('en', 'trade.title') })).toBeVisible();
  await checkPage(page, 'trade-licences');
  await page.getByRole('link', { name: t('en', 'trade.list.new') }).click();

  await expect(page.getByRole('heading', { level: 1, name: t('en', 'trade.new.title') })).toBeVisible();
  await page.getByRole('textbox', { name: t('en', 'trade.field.number'), exact: true }).fill(number);
  await page.getByRole('textbox', { name: t('en', 'trade.field.issuingAuthority'), exact: true }).fill('Ministère de l’Intérieur, Direction des armes');
  await pick(page, t('en', 'trade.field.issuingCountry'), 'Senegal', true);
  await page.getByRole('textbox', { name: t('en', 'trade.field.placeOfIssue'), exact: true }).fill('Dakar');
  await page.getByLabel(t('en', 'trade.field.issuedOn')).first().fill('2026-11-01');
  await page.getByLabel(t('en', 'trade.field.expiresOn')).first().fill('2027-10-31');
  await pick(page, t('en', 'trade.field.exportingCountry'), 'Senegal', true);
  await pick(page, t('en', 'trade.field.importingCountry'), 'Ghana', true);
  await page.getByRole('textbox', { name: t('en', 'trade.field.exporter'), exact: true }).fill('Cartoucherie de Thiès SA');
  await page.getByRole('textbox', { name: t('en', 'trade.field.importer'), exact: true }).fill('Accra Arms Ltd');
  await page.getByRole('textbox', { name: t('en', 'trade.field.finalRecipient'), exact: true }).fill('Ghana Police Service');
  await page.getByRole('textbox', { name: t('en', 'trade.field.endUserCertificate'), exact: true }).fill('EUC-GH-2026-118');
  await page.getByRole('textbox', { name: t('en', 'trade.field.importLicenceNumber'), exact: true }).fill('GH-IMP-2026-0042');
  await pick(page, t('en', 'trade.field.importLicenceCountry'), 'Ghana', true);
  const line = page.getByRole('group', { name: tf('en', 'trade.line.title', { n: 1 }) });
  await pick(page, t('en', 'trade.line.kind'), t('en', 'trade.itemKind.ammunition'));
  await line.getByRole('textbox', { name: t('en', 'trade.line.calibre'), exact: true }).fill('9x19');
  await line.getByRole('textbox', { name: t('en', 'trade.line.rounds'), exact: true }).fill('1000');
  await checkPage(page, 'trade-new-licence');
  await page.getByRole('button', { name: t('en', 'trade.new.submit') }).click();

  await expect(page.getByRole('heading', { level: 1 })).toContainText(number);
  await expect(page.getByTestId('licence-status')).toHaveText(t('en', 'trade.status.issued'));
  await page.getByRole('button', { name: t('en', 'trade.shipments.declare') }).click();
  await page.getByRole('textbox', { name: t('en', 'trade.shipment.referenceField'), exact: true }).fill('AWB 176-22814460');
  await page.getByRole('textbox', { name: t('en', 'trade.shipment.carrier'), exact: true }).fill('Bolloré Logistics');
  // The line is proposed from the licence: 1,000 rounds of 9x19.
  await expect(page.getByRole('group', { name: tf('en', 'trade.line.title', { n: 1 }) }).getByRole('textbox', { name: t('en', 'trade.line.rounds'), exact: true })).toHaveValue('1000');
  await checkPage(page, 'trade-declare-shipment');
  await page.getByRole('button', { name: t('en', 'trade.shipment.submit') }).click();

  await page.getByRole('link', { name: 'AWB 176-22814460' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('AWB 176-22814460');
  await page.getByRole('button', { name: t('en', 'trade.receipts.record') }).click();
  await page.getByRole('textbox', { name: t('en', 'trade.receipt.place'), exact: true }).fill('Tema port, customs warehouse');
  await page.getByRole('group', { name: tf('en', 'trade.line.title', { n: 1 }) }).getByRole('textbox', { name: t('en', 'trade.line.rounds'), exact: true }).fill('950');
  await checkPage(page, 'trade-receipt');
  await page.getByRole('button', { name: t('en', 'trade.receipt.submit') }).click();

  const discrepancies = page.getByRole('region', { name: '1 discrepancy' });
  await expect(discrepancies).toBeVisible();
  await expect(discrepancies.getByText(t('en', 'trade.discrepancy.missing'))).toBeVisible();
  await expect(discrepancies.getByText(/50 units — still in transit/)).toBeVisible();

  await page.getByRole('textbox', { name: t('en', 'trade.delivery.reference'), exact: true }).fill('GH/CEPS/2026/311');
  await page.getByRole('textbox', { name: t('en', 'trade.delivery.confirmedBy'), exact: true }).fill('Ghana Revenue Authority, Customs Division');
  await page.getByRole('button', { name: t('en', 'trade.delivery.submit') }).click();
  await expect(page.getByText(/Delivery confirmed on .* \(GH\/CEPS\/2026\/311\)/)).toBeVisible();
  await checkPage(page, 'trade-shipment');

  // The reconciliation: licensed 1,000, shipped 1,000, received 950, one discrepancy.
  await page.getByRole('link', { name: `← ${t('en', 'trade.kind.export')} ${number}` }).click();
  const reconciliation = page.getByRole('region', { name: t('en', 'trade.rec.title') });
  const row = reconciliation.getByRole('row').filter({ hasText: '9x19' });
  await expect(row.getByRole('cell')).toHaveText(['1', /Ammunition · 9x19/, '1,000', '1,000', '950', '0']);
  await expect(reconciliation.getByRole('heading', { name: '1 discrepancy' })).toBeVisible();
  await expect(reconciliation.getByText(/50 units — still in transit/)).toBeVisible();
  await checkPage(page, 'trade-reconciliation');

  await page.getByRole('textbox', { name: t('en', 'trade.revoke.reason'), exact: true }).fill('End-user certificate found to be forged');
  await page.getByRole('button', { name: t('en', 'trade.revoke.submit'), exact: true }).click();
  await expect(page.getByText('Revoked: End-user certificate found to be forged')).toBeVisible();
  await expect(page.getByTestId('licence-status')).toHaveText(t('en', 'trade.status.revoked'));
  await expect(page.getByRole('button', { name: t('en', 'trade.shipments.declare') })).toHaveCount(0);
});
