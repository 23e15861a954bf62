import { expect, type Locator, type Page } from '@playwright/test';

/** Types into a completion input and picks the option whose name starts with `pick` (the canonical entry), by keyboard. */
export async function complete(page: Page, input: Locator, typed: string, pick: RegExp): Promise<void> {
  await input.fill(typed);
  const option = page.getByRole('option', { name: pick });
  await expect(option).toBeVisible();
  await option.click();
}

/** The error text Mantine puts under an input (its aria-describedby), so a test checks it sits next to that field. */
export function errorOf(input: Locator): Locator {
  return input.locator('xpath=ancestor::div[contains(@class,"mantine-InputWrapper-root")][1]').locator('.mantine-InputWrapper-error');
}

/** Presses Tab until `target` has the focus (keyboard-only tests): fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}
