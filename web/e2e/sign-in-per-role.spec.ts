import { expect, test } from '@playwright/test';
import { checkPage, signIn, t, watchCsp } from './support';

// What each demo role may do (see src/common/auth/permissions.ts): the administrator
// manages, but does not search by serial; administration and the audit trail are read by the auditor too.
// The alerts link carries the count of open alerts when there are some: its name starts with the label.
const ALERTS = new RegExp(`^${t('en', 'nav.alerts')}`);
const CASEWORK = [ALERTS, t('en', 'nav.tracing'), t('en', 'nav.trade')];
const ADMINISTRATION = [t('en', 'nav.users'), t('en', 'nav.agencies'), t('en', 'nav.reference'), t('en', 'nav.retention'), t('en', 'nav.audit')];
const NAVIGATION: Record<string, (string | RegExp)[]> = {
  'demo.admin': [t('en', 'nav.firearms'), t('en', 'nav.holders'), ...CASEWORK, ...ADMINISTRATION],
  'demo.officer': [t('en', 'nav.search'), t('en', 'nav.firearms'), t('en', 'nav.holders'), ...CASEWORK],
  'demo.investigator': [t('en', 'nav.search'), t('en', 'nav.firearms'), t('en', 'nav.holders'), ...CASEWORK],
  'demo.auditor': [t('en', 'nav.search'), t('en', 'nav.firearms'), t('en', 'nav.holders'), ...CASEWORK, ...ADMINISTRATION],
};

test('the sign-in page is the first thing a new user sees', async ({ page }) => {
  const refusals = watchCsp(page);
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole('heading', { name: t('en', 'signIn.title') })).toBeVisible();
  await checkPage(page, 'sign-in');
  expect(refusals).toEqual([]);
});

for (const [username, expected] of Object.entries(NAVIGATION)) {
  test(`${username} signs in and sees only the navigation of the role`, async ({ page }) => {
    const refusals = watchCsp(page);
    await page.goto('/');
    await signIn(page, username);
    const navigation = page.getByRole('navigation', { name: t('en', 'shell.navigation') });
    await expect(navigation.getByRole('link')).toHaveText(expected);
    await expect(page.getByRole('button', { name: t('en', 'shell.signOut') })).toBeVisible();
    await checkPage(page, `home-${username}`);
    expect(refusals).toEqual([]);
  });
}

test('a wrong password is refused with a message, and the user stays on the sign-in page', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel(t('en', 'signIn.username')).fill('demo.officer');
  await page.getByLabel(t('en', 'signIn.password')).and(page.locator('input[type="password"]')).fill('not-the-password');
  await page.getByRole('button', { name: t('en', 'signIn.submit') }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
  await checkPage(page, 'sign-in-refused');
});
