import { expect, test } from '@playwright/test';
import { bearer, stamp, tokenOf } from './admin-support';
import { checkPage, signIn, t } from './support';

const INITIAL = 'Premier-Acces-2026!';
const TEMPORARY = 'Provisoire-Reset-2026!';

test('the administrator creates a user, disables and enables them, sees the lock-out and resets the password', async ({ page, request }) => {
  // A whole workflow with an accessibility check per screen: more than 30 s on a loaded CI machine.
  test.slow();
  const username = `agent.${stamp().toLowerCase()}`;
  await page.goto('/');
  await signIn(page, 'demo.admin');
  await page.getByRole('navigation', { name: t('en', 'shell.navigation') }).getByRole('link', { name: t('en', 'nav.users') }).click();
  await expect(page.getByRole('heading', { name: t('en', 'admin.users.title') })).toBeVisible();
  await checkPage(page, 'admin-users');

  await page.getByRole('button', { name: t('en', 'admin.users.create') }).click();
  const form = page.getByRole('dialog');
  await form.getByLabel(t('en', 'admin.users.username')).fill(username);
  await form.getByLabel(t('en', 'admin.users.displayName')).fill('Mariama Sarr');
  await form.getByLabel(t('en', 'admin.users.agency')).click();
  await page.getByRole('listbox', { name: t('en', 'admin.users.agency') }).getByRole('option', { name: 'National Firearms Authority' }).click();
  await form.getByRole('checkbox', { name: t('en', 'admin.role.registry_officer') }).check();
  await form.getByLabel(t('en', 'admin.users.initialPassword')).and(page.locator('input[type="password"]')).fill(INITIAL);
  await checkPage(page, 'admin-users-create');
  await form.getByRole('button', { name: t('en', 'admin.users.createSubmit') }).click();
  await expect(form).toBeHidden();

  // The new user, found by the filter (which the URL keeps).
  await page.getByLabel(t('en', 'admin.users.filter.q')).fill(username);
  await page.getByRole('button', { name: t('en', 'firearms.filter.apply') }).click();
  await expect(page).toHaveURL(new RegExp(`q=${username.replace('.', '\\.')}`));
  const row = page.getByRole('row').filter({ hasText: username });
  await expect(row).toContainText(t('en', 'admin.role.registry_officer'));
  await expect(row).toContainText(t('en', 'admin.users.mustChange'));

  await row.getByRole('button', { name: `${t('en', 'admin.users.disable')} ${username}` }).click();
  await page.getByRole('dialog').getByLabel(t('en', 'common.reason')).fill('Left the agency');
  await page.getByRole('dialog').getByRole('button', { name: t('en', 'admin.users.disable') }).click();
  await expect(row).toContainText(t('en', 'admin.users.state.disabled'));
  const refused = await request.post('/api/auth/sign-in', { data: { username, password: INITIAL } });
  expect((await refused.json()).code).toBe('ACCOUNT_DISABLED');

  await row.getByRole('button', { name: `${t('en', 'admin.users.enable')} ${username}` }).click();
  await page.getByRole('dialog').getByLabel(t('en', 'common.reason')).fill('Back from leave');
  await page.getByRole('dialog').getByRole('button', { name: t('en', 'admin.users.enable') }).click();
  await expect(row).toContainText(t('en', 'admin.users.state.active'));

  // Five wrong passwords lock the account: the list says until when.
  for (let i = 0; i < 5; i++) await request.post('/api/auth/sign-in', { data: { username, password: `wrong-password-${i}` } });
  await page.reload();
  await expect(row).toContainText(/Locked out until \d\d:\d\d/);
  await checkPage(page, 'admin-users-locked');

  await row.getByRole('button', { name: `${t('en', 'admin.users.reset')} ${username}` }).click();
  const reset = page.getByRole('dialog');
  await reset.getByLabel(t('en', 'admin.users.temporaryPassword')).and(page.locator('input[type="password"]')).fill('short');
  await reset.getByRole('button', { name: t('en', 'admin.users.resetSubmit') }).click();
  await expect(reset.getByText('At least 12 characters.')).toBeVisible();
  await reset.getByLabel(t('en', 'admin.users.temporaryPassword')).and(page.locator('input[type="password"]')).fill(TEMPORARY);
  await reset.getByRole('button', { name: t('en', 'admin.users.resetSubmit') }).click();
  await expect(reset).toBeHidden();
  await expect(row).not.toContainText('Locked out');
  // The temporary password must be changed at the next sign-in. (Signing in here would be
  // throttled: five failures from this address just now are what sign-in limits are for.)
  await expect(row).toContainText(t('en', 'admin.users.mustChange'));
});

test('the users list exports what its filter shows as CSV', async ({ page }) => {
  await page.goto('/admin/users?role=admin');
  await signIn(page, 'demo.admin');
  await expect(page.getByRole('row').filter({ hasText: 'demo.admin' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: t('en', 'lists.csv.export') }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('users.csv');
  const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toBe('Username,Full name,E-mail,Agency,Roles,State,Last sign-in');
  expect(lines.some((l) => l.startsWith('demo.admin,'))).toBe(true);
  expect(lines.every((l, i) => i === 0 || l.includes('Administrator'))).toBe(true);
});

test('the auditor reads the administration screens without their actions, and the API refuses a forced write', async ({ page, request }) => {
  // A whole workflow with an accessibility check per screen: more than 30 s on a loaded CI machine.
  test.slow();
  await page.goto('/admin/users');
  await signIn(page, 'demo.auditor');
  await expect(page.getByRole('row').filter({ hasText: 'demo.officer' })).toBeVisible();
  await expect(page.getByRole('button', { name: t('en', 'admin.users.create') })).toHaveCount(0);
  await expect(page.getByRole('button', { name: new RegExp(`^${t('en', 'admin.users.disable')} `) })).toHaveCount(0);
  await checkPage(page, 'admin-users-auditor');
  for (const [path, name] of [
    ['/admin/agencies', 'admin.agencies.create'],
    ['/admin/reference?list=manufacturers', 'admin.reference.newManufacturer'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('table')).toBeVisible();
    await expect(page.getByRole('button', { name: t('en', name) })).toHaveCount(0);
  }
  await page.goto('/admin/retention');
  await expect(page.getByRole('heading', { name: t('en', 'admin.retention.manufacture') })).toBeVisible();
  await expect(page.getByRole('button', { name: t('en', 'common.save') })).toHaveCount(0);
  await checkPage(page, 'admin-retention-auditor');

  const auditor = await tokenOf(request, 'demo.auditor');
  const users = await (await request.get('/api/users?q=demo.officer', { headers: bearer(auditor) })).json();
  for (const [path, data] of [
    ['/api/users', { username: `forced.${stamp().toLowerCase()}`, displayName: 'Forced', agencyId: users.items[0].agencyId, roles: ['admin'], initialPassword: INITIAL }],
    [`/api/users/${users.items[0].id}/disable`, { reason: 'forced by hand' }],
    ['/api/reference/manufacturers/izhmash/aliases', { aliases: [`Forced ${stamp()}`] }],
  ] as const) {
    const forced = await request.post(path, { headers: bearer(auditor), data });
    expect(forced.status(), path).toBe(403);
  }
  const officer = await (await request.get(`/api/users/${users.items[0].id}`, { headers: bearer(auditor) })).json();
  expect(officer.disabled).toBe(false);
});
