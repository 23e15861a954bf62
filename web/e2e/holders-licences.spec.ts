import { expect, test } from '@playwright/test';
import { bearer, stamp, tokenOf } from './admin-support';
import { checkPage, signIn, t } from './support';

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

test('the officer registers a person, issues a licence, sees it expire soon, and suspends it with a reason', async ({ page }) => {
  // A whole workflow with an accessibility check per screen: more than 30 s on a loaded CI machine.
  test.slow();
  const family = `Diallo${stamp()}`;
  const number = `PL-${stamp()}`;
  await page.goto('/');
  await signIn(page, 'demo.officer');
  await page.getByRole('navigation', { name: t('en', 'shell.navigation') }).getByRole('link', { name: t('en', 'nav.holders') }).click();
  await expect(page.getByRole('heading', { name: t('en', 'holders.title') })).toBeVisible();
  await checkPage(page, 'holders-list-officer');

  await page.getByRole('button', { name: t('en', 'holders.newPerson') }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel(t('en', 'holders.field.familyName')).fill(family);
  await form.getByLabel(t('en', 'holders.field.givenNames')).fill('Aminata');
  await form.getByLabel(t('en', 'holders.field.birthDate')).fill('1979-06-14');
  await form.getByLabel(t('en', 'holders.field.idDocumentNumber')).fill(`SN-${stamp()}`);
  await checkPage(page, 'holders-person-form');
  await form.getByRole('button', { name: t('en', 'holders.form.submit') }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Aminata ${family}`);
  await expect(page.getByText(/June 14, 1979|14 June 1979/)).toBeVisible();
  await page.getByRole('button', { name: t('en', 'licences.issue') }).click();
  const licenceForm = page.getByRole('dialog');
  await licenceForm.getByLabel(t('en', 'licences.field.number')).fill(number);
  await licenceForm.getByLabel(t('en', 'licences.field.issuedOn')).fill(isoDay(-300));
  await licenceForm.getByLabel(t('en', 'licences.field.expiresOn')).fill(isoDay(30));
  await checkPage(page, 'holders-licence-form');
  await licenceForm.getByRole('button', { name: t('en', 'licences.issue.submit') }).click();
  await expect(licenceForm).toBeHidden();

  const row = page.getByRole('row').filter({ hasText: number });
  await expect(row).toContainText(t('en', 'licences.status.active'));
  await expect(row).toContainText('Expires in 30 days');
  await expect(row).toContainText(t('en', 'licences.allCategories'));
  await checkPage(page, 'holders-person-page-officer');

  await row.getByRole('button', { name: `${t('en', 'licences.suspend')} ${number}` }).click();
  const reason = page.getByRole('dialog');
  await reason.getByLabel(t('en', 'common.reason')).fill('Holder under investigation');
  await reason.getByRole('button', { name: t('en', 'licences.suspend') }).click();
  await expect(row).toContainText(t('en', 'licences.status.suspended'));
  await expect(row).toContainText('Holder under investigation');
  await expect(row).not.toContainText('Expires in');
  await expect(row.getByRole('button', { name: `${t('en', 'licences.reinstate')} ${number}` })).toBeVisible();
});

test('a licence number already used is refused next to the field, in French', async ({ page, request }) => {
  const officer = await tokenOf(request, 'demo.officer');
  const holder = await (await request.post('/api/holders', { headers: bearer(officer), data: { kind: 'organisation', organisationType: 'dealer', legalName: `Armurerie ${stamp()}` } })).json();
  const number = `DL-${stamp()}`;
  expect((await request.post('/api/licences', { headers: bearer(officer), data: { number, kind: 'dealer', holderId: holder.id, issuedOn: isoDay(-10), expiresOn: isoDay(900) } })).status()).toBe(201);
  await page.goto(`/holders/${holder.id}`);
  await signIn(page, 'demo.officer');
  await page.getByLabel(t('en', 'shell.language')).selectOption('fr');
  await page.getByRole('button', { name: t('fr', 'licences.issue') }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel(t('fr', 'licences.field.number')).fill(number);
  await form.getByRole('button', { name: t('fr', 'licences.issue.submit') }).click();
  await expect(form.getByText(t('fr', 'field.taken'))).toBeVisible();
  await checkPage(page, 'holders-licence-refused-fr');
});

test('the administrator sees "restricted" for a person the officer sees in full', async ({ page, request }) => {
  const officer = await tokenOf(request, 'demo.officer');
  const family = `Ndour${stamp()}`;
  const created = await request.post('/api/holders', { headers: bearer(officer), data: { kind: 'person', familyName: family, givenNames: 'Ousmane', idDocumentNumber: `ID-${stamp()}` } });
  expect(created.status()).toBe(201);
  const { id } = await created.json();

  await page.goto(`/holders/${id}`);
  await signIn(page, 'demo.admin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('en', 'holder.restricted'));
  await expect(page.getByText(t('en', 'holders.restricted.title'), { exact: true })).toBeVisible();
  await expect(page.getByText(family)).toHaveCount(0);
  await expect(page.getByRole('button', { name: t('en', 'licences.issue') })).toHaveCount(0);
  await checkPage(page, 'holders-person-restricted-admin');
  // A name search without personal-data access never says a person of that name exists.
  await page.goto(`/holders?q=${family}`);
  await expect(page.getByText(t('en', 'holders.organisationsOnly'))).toBeVisible();
  await expect(page.getByText(t('en', 'holders.none'))).toBeVisible();

  await page.getByRole('button', { name: t('en', 'shell.signOut') }).click();
  await page.goto(`/holders/${id}`);
  await signIn(page, 'demo.officer');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Ousmane ${family}`);
  await page.goto(`/holders?q=${family}`);
  await expect(page.getByRole('link', { name: `Ousmane ${family}` })).toBeVisible();
  await checkPage(page, 'holders-search-officer');
});

test('the auditor reads a holder but is shown no licence action, and the API refuses one forced', async ({ page, request }) => {
  const officer = await tokenOf(request, 'demo.officer');
  const holder = await (await request.post('/api/holders', { headers: bearer(officer), data: { kind: 'organisation', organisationType: 'shooting_club', legalName: `Club de tir ${stamp()}` } })).json();
  const licence = await (await request.post('/api/licences', { headers: bearer(officer), data: { number: `SC-${stamp()}`, kind: 'possession', holderId: holder.id, issuedOn: isoDay(-10), expiresOn: isoDay(700) } })).json();

  await page.goto(`/holders/${holder.id}`);
  await signIn(page, 'demo.auditor');
  await expect(page.getByRole('row').filter({ hasText: licence.number })).toBeVisible();
  await expect(page.getByRole('button', { name: t('en', 'licences.issue') })).toHaveCount(0);
  await expect(page.getByRole('button', { name: new RegExp(t('en', 'licences.suspend')) })).toHaveCount(0);
  await expect(page.getByRole('button', { name: t('en', 'holders.newPerson') })).toHaveCount(0);
  await checkPage(page, 'holders-organisation-auditor');

  const auditor = await tokenOf(request, 'demo.auditor');
  const forced = await request.post(`/api/licences/${licence.id}/state`, { headers: bearer(auditor), data: { state: 'revoked', reason: 'forced by hand' } });
  expect(forced.status()).toBe(403);
  expect((await forced.json()).code).toBe('PERMISSION_DENIED');
  const issued = await request.post('/api/licences', { headers: bearer(auditor), data: { number: `X-${stamp()}`, kind: 'possession', holderId: holder.id, issuedOn: isoDay(0), expiresOn: isoDay(10) } });
  expect(issued.status()).toBe(403);
  const after = await (await request.get(`/api/licences/${licence.id}`, { headers: bearer(officer) })).json();
  expect(after.status).toBe('active');
});
