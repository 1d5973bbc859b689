// Screenshots for a person to look at (issue note): start, a question, results and the urgent
// page, in light and dark, in English and Spanish. Written to tests/e2e/screenshots/
// (git-ignored). They are not compared with anything; the axe, reflow and keyboard specs test.
import { join } from 'node:path';
import { LANGS, SCREENS, heading } from './support/a11y';
import { expect, test, watch } from './support/guide';

const SCREENSHOTS = join(__dirname, 'screenshots');
const PICTURED = ['start', 'question diagnoses', 'results', 'urgent'];

for (const lang of LANGS) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`screenshots in ${lang}, ${colorScheme}`, async ({ browser, problems }) => {
      const context = await browser.newContext({ colorScheme, viewport: { width: 800, height: 900 } });
      for (const screen of SCREENS.filter((screen) => PICTURED.includes(screen.name))) {
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
