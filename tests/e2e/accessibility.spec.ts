// Automated accessibility checks: axe-core's WCAG 2.2 A and AA rules on every screen, in light
// and dark, in every language of content/: each must have no violation (the count per screen
// is printed for the issue note). Plus what axe cannot judge: structure, target sizes, and
// names read aloud.
import type { Page } from '@playwright/test';
import { LANGS, SCREENS, describeViolations, wcagViolations } from './support/a11y';
import { UI, answer, expect, option, startGuide, test, watch } from './support/guide';

const BACKGROUNDS = { light: 'rgb(255, 255, 255)', dark: 'rgb(17, 19, 20)' };

/**
 * What axe's WCAG rules leave to best practice: one h1, the header, main and footer
 * landmarks, and every control comfortably large to hit (44 px tall; WCAG 2.5.8 asks 24).
 */
async function expectStructure(page: Page) {
  await expect(page.locator('h1')).toHaveCount(1);
  for (const landmark of ['banner', 'main', 'contentinfo'] as const) {
    await expect(page.getByRole(landmark)).toHaveCount(1);
  }
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('a[href], button, input, summary')]
      .filter((control) => control.getClientRects().length > 0)
      .map((control) => ({ control, box: control.getBoundingClientRect() }))
      .filter(({ box }) => box.height < 44 || box.width < 24)
      .map(({ control, box }) => `${control.outerHTML.slice(0, 80)} is ${Math.round(box.width)}×${Math.round(box.height)}`),
  );
  expect.soft(small, 'controls smaller than 24×44 px').toEqual([]);
}

for (const lang of LANGS) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`every screen in ${lang}, ${colorScheme}: no WCAG 2.2 AA violations`, async ({ browser, problems }) => {
      // Every screen (about twenty), each loaded afresh: far longer than one journey, and several
      // times longer on a machine busy with other builds (a limit, not a speed measurement).
      test.setTimeout(300_000);
      const context = await browser.newContext({ colorScheme });
      const counts: Record<string, number> = {};
      for (const screen of SCREENS) {
        // A new tab for each screen: nothing saved by the last one (sessionStorage).
        const page = await context.newPage();
        watch(page, problems);
        await screen.open(page, lang);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        // The theme really is the one being checked (assets/style.css, --background).
        await expect(page.locator('body')).toHaveCSS('background-color', BACKGROUNDS[colorScheme]);
        await expectStructure(page);
        const violations = await wcagViolations(page);
        counts[screen.name] = violations.length;
        expect.soft(violations, `${screen.name}:\n${describeViolations(violations)}`).toEqual([]);
        await page.close();
      }
      console.log(`axe WCAG 2.2 A/AA violations, ${lang}, ${colorScheme}:`);
      console.table(counts);
      await context.close();
    });
  }
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    test('a question with a box ticked passes axe (ticks and focus rings are drawn by CSS)', async ({ page }) => {
      await startGuide(page);
      await option(page, 'warning-signs.bladder-bowel').check();
      const violations = await wcagViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    });
  });
}

test('the Back link is read as its words, without the drawn chevron', async ({ page }) => {
  await startGuide(page);
  await answer(page, ['warning-signs.none']);
  // The chevron is decoration; a screen reader should not read out "‹".
  await expect(page.getByRole('link', { name: new RegExp(`${UI.back}$`) })).toHaveAccessibleName(UI.back);
});
