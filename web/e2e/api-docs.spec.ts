import { expect, test } from '@playwright/test';
import { watchCsp } from './support';

test('Swagger UI still works at /api/docs under its own policy', async ({ page }) => {
  const refusals = watchCsp(page);
  await page.goto('/api/docs');
  await expect(page.getByRole('heading', { name: /National Firearms Registry API/ })).toBeVisible();
  expect(refusals).toEqual([]);
});
