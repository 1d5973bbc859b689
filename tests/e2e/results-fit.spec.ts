// The results fit a phone (issue 16): for every reference patient of content/cases.toml who gets
// results, on a 390 × 844 screen, "What to do next" starts within the first two screens and the
// results, before anything is opened, end within four (from the top of the page to the end of
// the results: the guide's footer, the same on every page, comes after). No sentence is shown
// twice on the screen, before or after every part is opened. The figures are printed for the
// issue's note.
import type { Page } from '@playwright/test';
import { openEveryDetails } from './support/a11y';
import { referenceCases, shareCode } from './support/content';
import { expect, pageHeading, test, UI } from './support/guide';

const SCREEN = { width: 390, height: 844 };
const PATIENTS = referenceCases().filter((c) => c.outcome === 'results');

test.use({ viewport: SCREEN });

/** The sentences of the screen's visible text that occur more than once. */
async function repeatedSentences(page: Page): Promise<string[]> {
  const text = await page.getByRole('main').innerText();
  // A sentence ends at . ? or ! before a space or the end of a line; headings, labels and
  // list items without an ending are not sentences.
  const found = text
    .split('\n')
    .flatMap((line) => line.match(/[^.?!]+[.?!]+(?=\s|$)/g) ?? [])
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.split(/\s+/).length >= 3);
  return [...new Set(found.filter((sentence, at) => found.indexOf(sentence) !== at))];
}

test('there are reference patients with results to measure', () => {
  expect(PATIENTS.length).toBeGreaterThan(5);
});

for (const patient of PATIENTS) {
  test(`${patient.name}: the next step within two screens, the page within four, no sentence twice`, async ({ page }) => {
    await page.goto(`/#share=${shareCode(patient.answers)}`);
    const heading = patient.sections.length === 0 ? UI.results_none_heading : UI.results_heading;
    await expect(pageHeading(page)).toHaveText(heading);

    const next = page.getByRole('heading', { level: 2, name: UI.next_heading, exact: true });
    const top = await next.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
    const end = await page.getByRole('main').evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(
      `${patient.name}: results end at ${Math.round(end)} px (${(end / SCREEN.height).toFixed(1)} screens), page ${height} px, "${UI.next_heading}" at ${Math.round(top)} px`,
    );
    expect(top, '"What to do next" starts within the first two screens').toBeLessThan(2 * SCREEN.height);
    expect(end, 'the results before anything is opened').toBeLessThanOrEqual(4 * SCREEN.height);

    expect(await repeatedSentences(page)).toEqual([]);
    await openEveryDetails(page);
    expect(await repeatedSentences(page), 'with every part opened').toEqual([]);
  });
}
