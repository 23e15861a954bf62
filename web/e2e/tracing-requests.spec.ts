import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { checkPage, t, type Locale } from './support';
import { apiPost, pick, signInAs, tf, tokenOf, unique } from './tracing-support';

// The "done when": an investigator sends an outgoing tracing request for a
// seized item and records the answer; an incoming request is matched against the
// register and answered; both in English, French and Spanish.
// Long flows on a shared two-core machine: each step waits on the API and axe runs on every screen.
test.describe.configure({ timeout: 120_000 });

for (const locale of ['en', 'fr', 'es'] as Locale[]) {
  test(`investigator traces a seized pistol abroad and records the answer (${locale})`, async ({ page, request }) => {
    const token = await tokenOf(request, 'demo.investigator');
    const serial = unique('ZC-');
    const seizure = await apiPost<{ id: string; items: { id: string }[] }>(request, token, '/seizures', {
      reference: unique(`E2E/TRACE/${locale}/`),
      type: 'seized',
      context: 'trafficking',
      occurredAt: '2026-11-20T14:30:00Z',
      region: 'Dakar',
      locality: 'Port autonome',
      seizingOfficer: 'Insp. A. Diop',
      items: [{ kind: 'firearm', serialLegibility: 'partial', markingsText: `${serial} / crest on the slide`, unregistered: { category: 'pistol', make: 'Zastava', model: 'M57', calibre: '7.62x25', serialNumber: serial, countryOfManufacture: 'RS' } }],
    });
    const itemId = seizure.items[0].id;

    await signInAs(page, 'demo.investigator', locale);
    // The link the seizure's item carries.
    await page.goto(`/tracing/new?seizureItemId=${itemId}`);
    await expect(page.getByRole('heading', { level: 1, name: t(locale, 'tracing.new.outgoingTitle') })).toBeVisible();
    await expect(page.getByText(serial, { exact: true })).toBeVisible();
    // The state of manufacture is proposed as the one to ask.
    await expect(page.getByRole('combobox', { name: t(locale, 'tracing.field.requestedCountry'), exact: true })).not.toHaveValue('');
    await checkPage(page, `tracing-new-from-seizure-${locale}`);
    await page.getByRole('button', { name: t(locale, 'tracing.new.createDraft') }).click();

    await expect(page).toHaveURL(/\/tracing\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('trace-status')).toHaveText(t(locale, 'tracing.status.draft'));
    await expect(page.getByText(serial, { exact: true })).toBeVisible();
    await checkPage(page, `tracing-draft-${locale}`);

    // Edited as a draft: the requested agency added.
    await page.getByRole('button', { name: t(locale, 'tracing.request.edit') }).click();
    await page.getByLabel(t(locale, 'tracing.field.requestedAgency'), { exact: true }).fill('Ministry of Interior, Belgrade');
    await checkPage(page, `tracing-draft-edit-${locale}`);
    await page.getByRole('button', { name: t(locale, 'tracing.edit.save') }).click();
    await expect(page.getByText('Ministry of Interior, Belgrade', { exact: false })).toBeVisible();

    await page.getByRole('button', { name: t(locale, 'tracing.send.submit') }).click();
    await expect(page.getByTestId('trace-status')).toHaveText(t(locale, 'tracing.status.sent'));

    // Their answer arrives: recorded with its outcome.
    await pick(page, t(locale, 'tracing.answer.outcomeField'), t(locale, 'tracing.outcome.traced_to_point_of_diversion'));
    await page.getByLabel(t(locale, 'tracing.answer.theirSummary')).fill('Exported 1991 to a state armoury; reported stolen 2019.');
    await checkPage(page, `tracing-sent-${locale}`);
    await page.getByRole('button', { name: t(locale, 'tracing.answer.record'), exact: true }).click();
    const answer = page.getByRole('region', { name: t(locale, 'tracing.answer.received') });
    await expect(answer).toBeVisible();
    await expect(answer.getByText(t(locale, 'tracing.outcome.traced_to_point_of_diversion'))).toBeVisible();
    await expect(answer.getByText('Exported 1991 to a state armoury; reported stolen 2019.')).toBeVisible();
    await expect(page.getByTestId('trace-status')).toHaveText(t(locale, 'tracing.status.answered'));
    await checkPage(page, `tracing-answered-outgoing-${locale}`);

    // In the outbox, answered, with its outcome.
    await page.getByRole('link', { name: t(locale, 'tracing.request.backOutbox') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t(locale, 'tracing.title') })).toBeVisible();
    await page.getByRole('textbox', { name: t(locale, 'tracing.filter.seizure') }).fill(seizure.id);
    await page.getByRole('button', { name: t(locale, 'tracing.filter.apply') }).click();
    await expect(page).toHaveURL(new RegExp(`seizureId=${seizure.id}`));
    await expect(page.getByRole('cell', { name: t(locale, 'tracing.outcome.traced_to_point_of_diversion') })).toBeVisible();
    await checkPage(page, `tracing-outbox-${locale}`);
  });

  test(`investigator matches an incoming request to the register and answers it (${locale})`, async ({ page, request }) => {
    const officer = await tokenOf(request, 'demo.officer');
    const serial = unique('GLK');
    await apiPost(request, officer, '/firearms', { category: 'pistol', make: 'Glock', model: '17', calibre: '9x19', serialNumber: serial, countryOfManufacture: 'AT', yearOfManufacture: 2015, initialEvent: { type: 'imported', occurredOn: '2016-03-01', details: { country: 'AT' } } });
    const reference = unique(`GH-POL/${locale}/`);

    await signInAs(page, 'demo.investigator', locale);
    await page.getByRole('navigation', { name: t(locale, 'shell.navigation') }).getByRole('link', { name: t(locale, 'nav.tracing') }).click();
    await page.getByRole('link', { name: t(locale, 'tracing.list.receive') }).click();
    await expect(page.getByRole('heading', { level: 1, name: t(locale, 'tracing.new.incomingTitle') })).toBeVisible();

    await page.getByLabel(t(locale, 'tracing.field.theirReference')).fill(reference);
    await pick(page, t(locale, 'tracing.field.requestingCountry'), 'Ghana', true);
    await page.getByLabel(t(locale, 'tracing.field.requestingAgency')).fill('Ghana Police Service, CID');
    await page.getByLabel(t(locale, 'tracing.item.make')).fill('Glock');
    // Read off the weapon with the dash as a space and lower case: the register still finds it.
    await page.getByLabel(t(locale, 'tracing.item.serial')).fill(serial.toLowerCase());
    await page.getByRole('button', { name: t(locale, 'tracing.marking.add') }).click();
    await page.getByLabel(tf(locale, 'tracing.marking.text', { n: 1 })).fill(`GLOCK ${serial}`);
    await page.getByLabel(t(locale, 'tracing.field.foundPlace')).fill('Tema port, container TGHU 771');
    await checkPage(page, `tracing-receive-${locale}`);
    await page.getByRole('button', { name: t(locale, 'tracing.new.record') }).click();

    await expect(page.getByRole('heading', { level: 1 })).toContainText(reference);
    const candidates = page.getByRole('region', { name: t(locale, 'tracing.match.title') });
    await expect(candidates.getByRole('link', { name: serial, exact: true })).toBeVisible();
    await checkPage(page, `tracing-candidates-${locale}`);
    await candidates.getByRole('button', { name: tf(locale, 'tracing.match.confirm', { serial }) }).click();
    await expect(candidates.getByText(t(locale, 'tracing.match.confirmed'))).toBeVisible();

    const preview = page.getByRole('region', { name: t(locale, 'tracing.preview.title') });
    await expect(preview.getByRole('heading', { name: t(locale, 'tracing.answer.chain') })).toBeVisible();
    await expect(preview.getByRole('cell', { name: t(locale, 'event.imported') })).toBeVisible();
    await checkPage(page, `tracing-preview-${locale}`);
    await preview.getByLabel(t(locale, 'tracing.answer.summaryField')).fill('Imported from Austria in 2016.');
    await preview.getByRole('button', { name: t(locale, 'tracing.answer.submit') }).click();

    const answer = page.getByRole('region', { name: t(locale, 'tracing.answer.ourAnswer') });
    await expect(answer).toBeVisible();
    await expect(answer.getByRole('cell', { name: t(locale, 'event.imported') })).toBeVisible();
    await expect(page.getByTestId('trace-status')).toHaveText(t(locale, 'tracing.status.answered'));

    // A reply with its references, then closed.
    await page.getByLabel(t(locale, 'tracing.replies.body')).fill('Thank you; the case is closed on our side.');
    await page.getByLabel(t(locale, 'tracing.replies.attachments')).fill('GH-CID/2026/88');
    await page.getByRole('button', { name: t(locale, 'tracing.replies.submit') }).click();
    await expect(page.getByText(tf(locale, 'tracing.replies.references', { list: 'GH-CID/2026/88' }))).toBeVisible();
    await checkPage(page, `tracing-answered-incoming-${locale}`);
    await page.getByRole('button', { name: t(locale, 'tracing.close.submit'), exact: true }).click();
    await expect(page.getByTestId('trace-status')).toHaveText(t(locale, 'tracing.status.closed'));
  });
}

test('the printable request and answer download as PDF', async ({ page, request }) => {
  const officer = await tokenOf(request, 'demo.officer');
  const investigator = await tokenOf(request, 'demo.investigator');
  const serial = unique('PDF');
  const firearm = await apiPost<{ id: string }>(request, officer, '/firearms', { category: 'rifle', make: 'Beretta', serialNumber: serial, initialEvent: { type: 'registered', occurredOn: '2020-01-01' } });
  const incoming = await apiPost<{ id: string; reference: string }>(request, investigator, '/tracing/requests', { direction: 'incoming', requestingCountry: 'GH', priority: 'routine', item: { category: 'rifle', make: 'Beretta', serialNumber: serial } });
  await apiPost(request, investigator, `/tracing/requests/${incoming.id}/match`, { firearmId: firearm.id });
  await apiPost(request, investigator, `/tracing/requests/${incoming.id}/answer`, {});

  await signInAs(page, 'demo.investigator', 'en');
  await page.goto(`/tracing/${incoming.id}`);
  for (const [which, label] of [['request', 'tracing.pdf.request'], ['answer', 'tracing.pdf.answer']] as const) {
    const response = page.waitForResponse((r) => r.url().endsWith(`/tracing/requests/${incoming.id}/${which}.pdf`));
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: t('en', label) }).click();
    expect((await response).headers()['content-type']).toMatch(/^application\/pdf/);
    const file = await download;
    expect(file.suggestedFilename()).toBe(`trace-${which}-${incoming.reference.replace(/[^A-Za-z0-9._-]/g, '_')}.pdf`);
    const bytes = readFileSync((await file.path())!);
    expect(bytes.length).toBeGreaterThan(500);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
  }
});

test('the inbox shows an overdue request at a glance, and only the overdue ones on demand', async ({ page, request }) => {
  const investigator = await tokenOf(request, 'demo.investigator');
  const received = new Date(Date.now() - 9 * 86_400_000).toISOString();
  const late = await apiPost<{ reference: string; overdue: boolean }>(request, investigator, '/tracing/requests', {
    direction: 'incoming',
    reference: unique('ML-URG-'),
    requestingCountry: 'ML',
    priority: 'urgent',
    urgencyJustification: 'Suspect in custody',
    receivedAt: received,
    item: { category: 'pistol', make: 'Taurus', serialNumber: unique('TX') },
  });
  expect(late.overdue).toBe(true);
  const soon = await apiPost<{ reference: string }>(request, investigator, '/tracing/requests', { direction: 'incoming', reference: unique('ML-NEW-'), requestingCountry: 'ML', priority: 'urgent', urgencyJustification: 'Hearing on Friday', item: { category: 'pistol', make: 'Taurus' } });

  await signInAs(page, 'demo.investigator', 'en');
  await page.getByRole('navigation', { name: t('en', 'shell.navigation') }).getByRole('link', { name: t('en', 'nav.tracing') }).click();
  await page.locator('label', { hasText: t('en', 'tracing.list.inbox') }).click();
  await expect(page).toHaveURL(/direction=incoming/);
  const table = page.getByRole('table');
  const lateRow = table.getByRole('row').filter({ hasText: late.reference });
  await expect(lateRow.getByText(/Overdue by 7 days/)).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: soon.reference }).getByText('Due in 2 days')).toBeVisible();
  // Overdue requests come first: the first row of the inbox is overdue.
  await expect(table.getByRole('row').nth(1).getByText(/^Overdue/)).toBeVisible();
  await checkPage(page, 'tracing-inbox');

  await page.getByRole('checkbox', { name: t('en', 'tracing.filter.overdue') }).check();
  await expect(page).toHaveURL(/overdue=true/);
  await expect(table.getByRole('row').filter({ hasText: late.reference })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: soon.reference })).toHaveCount(0);
});
