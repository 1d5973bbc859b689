// axe-core's WCAG 2.2 A and AA rules on every screen, in light and dark, in English and
// Spanish: each must have no violation. The count per screen is printed for the issue note.
import { test, expect } from '@playwright/test';
import { LANGS, SCREENS, describeViolations, wcagViolations } from './support/a11y';

const BACKGROUNDS = { light: 'rgb(255, 255, 255)', dark: 'rgb(17, 19, 20)' };

for (const lang of LANGS) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`every screen in ${lang}, ${colorScheme}: no WCAG 2.2 AA violations`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme });
      const counts: Record<string, number> = {};
      for (const screen of SCREENS) {
        // A new tab for each screen: nothing saved by the last one (sessionStorage).
        const page = await context.newPage();
        await screen.open(page, lang);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        // The theme really is the one being checked (assets/style.css, --background).
        await expect(page.locator('body')).toHaveCSS('background-color', BACKGROUNDS[colorScheme]);
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
