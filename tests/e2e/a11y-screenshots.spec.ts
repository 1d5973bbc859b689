// Screenshots for a person to look at (issue note): start, a question, results, each level's
// warning-sign card and the card for pain the guide does not cover, in light and dark, in
// every language. Written to tests/e2e/screenshots/
// (git-ignored). They are not compared with anything; the axe, reflow and keyboard specs test.
import { join } from 'node:path';
import { LANGS, SCREENS, heading } from './support/a11y';
import { expect, test, watch } from './support/guide';

const SCREENSHOTS = join(__dirname, 'screenshots');
const PICTURED = ['start', 'question diagnoses', 'results', 'emergency card', 'urgent card', 'soon card', 'not covered'];

for (const lang of LANGS) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`screenshots in ${lang}, ${colorScheme}`, async ({ browser, problems }) => {
      // Every screen, each loaded afresh and photographed: about 26 s alone, more on a busy machine.
      test.setTimeout(120_000);
      const context = await browser.newContext({ colorScheme, viewport: { width: 800, height: 900 } });
      const pictured = SCREENS.filter((screen) => PICTURED.includes(screen.name));
      // A renamed screen must not silently drop out of the pictures.
      expect(pictured.map((screen) => screen.name).sort()).toEqual([...PICTURED].sort());
      for (const screen of pictured) {
        const page = await context.newPage();
        watch(page, problems);
        await screen.open(page, lang);
        await expect(heading(page)).toBeVisible();
        const name = `${screen.name.replace(/ /g, '-')}-${lang}-${colorScheme}.png`;
        await page.screenshot({ path: join(SCREENSHOTS, name), fullPage: true });
        await page.close();
      }
      await context.close();
    });
  }
}
