import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, demoFirearm } from './support';

/**
 * Every screen rendered in the pseudo-locale en-XA, where each translated message reads
 * "[Ŝḗḗȧȧřƈħ]": a label, button, heading or message still in plain ASCII letters was
 * written straight into a component instead of going through react-intl. This catches
 * what the static check of the sources cannot (text built in code, a library's default).
 */

/** Accented Latin letters that en-XA puts in place of ASCII ones. */
const PSEUDO = /[\u00C0-\u024F\u1E00-\u1EFF]/;
/** Where interface words live; table cells, inputs and values are the register's data. */
const CHROME = 'button, label, h1, h2, h3, h4, h5, h6, th, legend, [role="tab"], [role="alert"], [role="status"], nav a, .mantine-InputWrapper-description, .mantine-InputWrapper-error, .mantine-Badge-label';
const ATTRIBUTES = ['aria-label', 'placeholder', 'title'];

async function untranslated(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ chrome, attributes, pseudo }) => {
      const pseudoLetters = new RegExp(pseudo);
      // Two ASCII letters in a row is a word; codes and serials inside data cells are skipped by CHROME.
      const asciiWord = /[A-Za-z]{2,}/;
      const found: string[] = [];
      const isData = (element: Element) => element.closest('td, input, textarea, select, option, code, kbd, .mantine-Select-option') !== null;
      for (const element of document.querySelectorAll(chrome)) {
        if (isData(element) || !(element as HTMLElement).checkVisibility?.()) continue;
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent?.trim() ?? '';
          const parent = node.parentElement;
          if (!parent || isData(parent)) continue;
          if (asciiWord.test(text) && !pseudoLetters.test(text)) found.push(`${element.tagName.toLowerCase()}: "${text}"`);
        }
      }
      for (const element of document.querySelectorAll(attributes.map((a) => `[${a}]`).join(', '))) {
        // Hidden helpers (Mantine's autosize measurer) are never read or heard.
        if (element.closest('[aria-hidden="true"]') || !(element as HTMLElement).checkVisibility?.()) continue;
        for (const attribute of attributes) {
          const value = element.getAttribute(attribute)?.trim() ?? '';
          if (asciiWord.test(value) && !pseudoLetters.test(value)) found.push(`${element.tagName.toLowerCase()}[${attribute}]: "${value}"`);
        }
      }
      return [...new Set(found)];
    },
    { chrome: CHROME, attributes: ATTRIBUTES, pseudo: PSEUDO.source },
  );
}

async function signInPseudo(page: Page, username: string): Promise<void> {
  await page.addInitScript(() => {
    localStorage.setItem('registry.locale', 'en');
    localStorage.setItem('registry.pseudoLocale', 'en-XA');
  });
  await page.goto('/sign-in');
  await expect(page.locator('h1, h2').first()).toHaveText(PSEUDO);
  expect(await untranslated(page), 'sign-in page').toEqual([]);
  await page.locator('input[name="username"], input[autocomplete="username"]').first().fill(username);
  await page.locator('input[type="password"]').fill(DEMO_PASSWORD);
  await page.locator('button[type="submit"]').click();
  await expect(page).not.toHaveURL(/sign-in/);
}

/** Every screen the role's navigation offers, plus a firearm's record. */
async function screensOf(page: Page): Promise<string[]> {
  const navigation = page.getByRole('navigation').first();
  await expect(navigation.getByRole('link').first()).toBeVisible();
  return navigation.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? '/'));
}

test('the check finds a word written straight into the page (it can fail)', async ({ page }) => {
  await signInPseudo(page, 'demo.officer');
  await page.evaluate(() => {
    const button = document.createElement('button');
    button.textContent = 'Save now';
    document.body.append(button);
  });
  expect(await untranslated(page)).toContain('button: "Save now"');
});

for (const username of ['demo.officer', 'demo.investigator', 'demo.admin', 'demo.auditor']) {
  test(`every screen ${username} can open says its words through the catalogue`, async ({ page, request }) => {
    test.setTimeout(120_000);
    const firearm = await demoFirearm(request);
    await signInPseudo(page, username);
    const paths = [...(await screensOf(page)), `/firearms/${firearm.id}`];
    const offenders: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('main h1, main h2').first()).toBeVisible();
      offenders.push(...(await untranslated(page)).map((text) => `${path} ${text}`));
    }
    expect(offenders).toEqual([]);
  });
}
