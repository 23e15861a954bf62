import { expect, test } from '@playwright/test';
import { checkPage, signIn, t } from './support';

test('a serial pattern too broad to search is refused, and the screen says why and how to fix it', async ({ page }) => {
  await page.goto('/');
  await signIn(page, 'demo.investigator');
  const serial = page.getByLabel(t('en', 'search.serial'));
  await serial.fill('A*');
  await page.getByRole('button', { name: t('en', 'search.submit'), exact: true }).click();
  await expect(page.getByText(t('en', 'search.refused.too_broad'))).toBeVisible();
  await expect(serial).toHaveAttribute('aria-invalid', 'true');
  // What was typed stays, to be corrected.
  await expect(serial).toHaveValue('A*');
  await checkPage(page, 'search-refused');
});
