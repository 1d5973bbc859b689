// Automated accessibility checks (axe-core, WCAG 2.2 A and AA rules) on every kind of screen,
// in the light and the dark colour scheme, plus what axe cannot judge: names read aloud.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  A,
  JOURNEYS,
  Q,
  UI,
  answer,
  expect,
  openStart,
  option,
  otherPart,
  pageHeading,
  SECTIONS,
  startGuide,
  test,
} from './support/guide';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const found = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(found).toEqual([]);
}

const RESULTS = `/#share=${JOURNEYS.herniatedDisc.code}`;

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });

    test('the start page and a question page pass axe', async ({ page }) => {
      await openStart(page);
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: UI.startButton }).click();
      await expect(pageHeading(page)).toHaveText(Q.warningSigns);
      // With a box ticked: ticks and focus rings are drawn by CSS.
      await option(page, A.bladderBowel).check();
      await expectNoAxeViolations(page);
    });

    test('a question with its error summary passes axe', async ({ page }) => {
      await startGuide(page);
      await page.getByRole('button', { name: UI.continue }).click();
      await expect(page.getByRole('alert')).toBeFocused();
      await expectNoAxeViolations(page);
    });

    test('the results (with another part opened) and "Check your answers" pass axe', async ({ page }) => {
      await page.goto(RESULTS);
      await expect(pageHeading(page)).toHaveText(UI.resultsHeading);
      const part = otherPart(page, SECTIONS[8].title);
      await part.getByText(SECTIONS[8].title, { exact: true }).click();
      await expect(part.getByText(SECTIONS[8].opening)).toBeVisible();
      await expectNoAxeViolations(page);

      await page.getByRole('link', { name: UI.changeAnswers }).click();
      await expect(pageHeading(page)).toHaveText(UI.checkHeading);
      await expectNoAxeViolations(page);
    });

    test('the urgent-care page and the problem page pass axe', async ({ page }) => {
      await startGuide(page);
      await answer(page, [A.bladderBowel]);
      await expect(pageHeading(page)).toHaveText(UI.urgentHeading);
      await expectNoAxeViolations(page);

      await page.goto('/#share=garbage');
      await expect(pageHeading(page)).toHaveText(UI.problemLinkHeading);
      await expectNoAxeViolations(page);
    });
  });
}

test('the Back link is read as "Back", without the drawn chevron', async ({ page }) => {
  await startGuide(page);
  await answer(page, [A.noWarningSigns]);
  // The chevron is decoration; a screen reader should not read out "‹".
  await expect(page.getByRole('link', { name: /Back$/ })).toHaveAccessibleName(UI.back);
});
