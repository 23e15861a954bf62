import { expect, test } from '@playwright/test';
import { stamp } from './admin-support';
import { checkPage, signIn, t } from './support';

test('the administrator adds an agency and edits it', async ({ page }) => {
  const code = `T-${stamp()}`.slice(0, 20);
  await page.goto('/admin/agencies');
  await signIn(page, 'demo.admin');
  await checkPage(page, 'admin-agencies');
  await page.getByRole('button', { name: t('en', 'admin.agencies.create') }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel(t('en', 'admin.agencies.code')).fill(code.toLowerCase());
  await form.getByLabel(t('en', 'admin.agencies.name')).fill('Brigade de test');
  await form.getByRole('button', { name: t('en', 'common.save') }).click();
  await expect(form.getByText(t('en', 'admin.agencies.codeRule'))).toBeVisible();
  await form.getByLabel(t('en', 'admin.agencies.code')).fill(code);
  await form.getByLabel(t('en', 'admin.agencies.region')).fill('Thiès');
  await form.getByRole('button', { name: t('en', 'common.save') }).click();
  await expect(form).toBeHidden();
  await page.goto(`/admin/agencies?region=Thi%C3%A8s&pageSize=100`);
  const row = page.getByRole('row').filter({ hasText: code });
  await expect(row).toContainText('Brigade de test');
  await row.getByRole('button', { name: `${t('en', 'common.edit')} ${code}` }).click();
  await page.getByRole('dialog').getByLabel(t('en', 'admin.agencies.active')).uncheck();
  await page.getByRole('dialog').getByRole('button', { name: t('en', 'common.save') }).click();
  await expect(row).toContainText(t('en', 'admin.agencies.isInactive'));
});

test('the administrator adds a spelling to a calibre and renames a category, each list searchable from the URL', async ({ page }) => {
  // A whole workflow with an accessibility check per screen: more than 30 s on a loaded CI machine.
  test.slow();
  const spelling = `9 x 19 Test ${stamp()}`;
  await page.goto('/admin/reference?list=calibres&q=9');
  await signIn(page, 'demo.admin');
  await expect(page.getByRole('tab', { name: t('en', 'admin.reference.calibres') })).toHaveAttribute('aria-selected', 'true');
  await checkPage(page, 'admin-reference-calibres');
  const row = page.getByRole('row').filter({ hasText: '9×19' }).first();
  await row.getByRole('button').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(t('en', 'admin.reference.aliases')).fill(spelling);
  await dialog.getByRole('button', { name: t('en', 'admin.reference.addAlias') }).click();
  await expect(dialog.getByRole('status')).toHaveText('1 spelling added.');
  await dialog.getByRole('button', { name: t('en', 'common.close') }).first().click();

  await page.getByRole('tab', { name: t('en', 'admin.reference.categories') }).click();
  await expect(page).toHaveURL(/list=categories/);
  const shotgun = page.getByRole('row').filter({ hasText: 'shotgun' });
  await shotgun.getByRole('button', { name: `${t('en', 'common.edit')} shotgun` }).click();
  const edit = page.getByRole('dialog');
  await expect(edit.getByLabel(t('en', 'admin.reference.nameFr'))).toHaveValue(/fusil/i);
  await edit.getByRole('button', { name: t('en', 'common.save') }).click();
  await expect(edit.getByText('At least 3 characters.')).toBeVisible();
  await checkPage(page, 'admin-reference-category-edit');
  await edit.getByRole('button', { name: t('en', 'common.cancel') }).click();

  for (const list of ['manufacturers', 'actions', 'countries']) {
    await page.goto(`/admin/reference?list=${list}`);
    await expect(page.getByRole('table')).toBeVisible();
    await checkPage(page, `admin-reference-${list}`);
  }
});

test('the retention periods refuse less than the tracing instrument asks, on the field', async ({ page }) => {
  await page.goto('/');
  await signIn(page, 'demo.admin');
  await page.getByRole('navigation', { name: t('en', 'shell.navigation') }).getByRole('link', { name: t('en', 'nav.retention') }).click();
  const card = page.getByRole('region', { name: t('en', 'admin.retention.manufacture') });
  await card.getByLabel(t('en', 'admin.retention.years')).fill('25');
  await card.getByLabel(t('en', 'common.reason')).fill('Trying a shorter period');
  await card.getByRole('button', { name: t('en', 'common.save') }).click();
  await expect(card.getByText(/At least 30 years/)).toBeVisible();
  await checkPage(page, 'admin-retention');
});
