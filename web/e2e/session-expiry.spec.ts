import { expect, test } from '@playwright/test';
import { checkPage, demoFirearm, endSessionsOf, fragmentOf, signIn, t } from './support';

test('when the session expires, the app asks to sign in again and keeps what was typed', async ({ page, request }) => {
  const firearm = await demoFirearm(request);
  await page.goto('/');
  await signIn(page, 'demo.officer');
  const serial = page.getByLabel(t('en', 'search.serial'));
  await expect(serial).toBeVisible();

  await endSessionsOf('demo.officer');
  await serial.fill(fragmentOf(firearm.serial));
  await page.getByRole('button', { name: t('en', 'search.submit'), exact: true }).click();

  const dialog = page.getByRole('dialog', { name: t('en', 'session.expired.title') });
  await expect(dialog).toBeVisible();
  await checkPage(page, 'session-expired');
  await expect(serial).toHaveValue(fragmentOf(firearm.serial));

  // Signing in again in the dialog resumes the screen.
  await dialog.getByLabel(t('en', 'signIn.password')).and(page.locator('input[type="password"]')).fill('Demo-Registry-2026!');
  await dialog.getByRole('button', { name: t('en', 'signIn.submit') }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: t('en', 'search.submit'), exact: true }).click();
  await expect(page.getByRole('link', { name: firearm.serial, exact: true })).toBeVisible();
});
