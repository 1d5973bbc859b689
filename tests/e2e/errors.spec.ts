// When something is wrong: a damaged share link, an unknown address, or Continue with nothing
// chosen. Never a blank page, never an uncaught error, always a way on.
import type { Page } from '@playwright/test';
import {
  A,
  Q,
  STORAGE_KEY,
  UI,
  answer,
  answerAll,
  JOURNEYS,
  expect,
  pageHeading,
  reachResults,
  sessionStorageEntries,
  startGuide,
  test,
} from './support/guide';

async function expectWayToStart(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: UI.problemResume })).toHaveCount(0);
  await page.getByRole('button', { name: UI.problemStart }).click();
  await expect(pageHeading(page)).toHaveText(UI.startHeading);
  await expect(page).toHaveURL(/\/#start$/);
  await page.getByRole('button', { name: UI.startButton }).click();
  await expect(pageHeading(page)).toHaveText(Q.warningSigns);
}

test.describe('Damaged links and unknown pages', () => {
  // Not well-formed: a code no version writes (capitals), a code cut to nothing, not a code at all.
  for (const code of ['1~w.Q', '1~w.n~p.', 'garbage']) {
    test(`a damaged share link (#share=${code}) says "This link did not work" and leads to the start`, async ({ page }) => {
      await page.goto(`/#share=${code}`);
      await expect(pageHeading(page)).toHaveText(UI.problemLinkHeading);
      await expect(page.getByRole('main')).toContainText(UI.problemLinkText);
      await expect(page).toHaveTitle(`${UI.problemLinkHeading} – Relief Guide`);
      expect(await sessionStorageEntries(page), 'no answers are loaded from it').toEqual({});
      await expectWayToStart(page);
    });
  }

  for (const fragment of ['#nope', '#q/nope', '#results/extra']) {
    test(`an unknown address (${fragment}) says "We could not find that page" and leads to the start`, async ({ page }) => {
      await page.goto(`/${fragment}`);
      await expect(pageHeading(page)).toHaveText(UI.problemPageHeading);
      await expect(page.getByRole('main')).toContainText(UI.problemPageText);
      await expect(page).toHaveTitle(`${UI.problemPageHeading} – Relief Guide`);
      await expectWayToStart(page);
    });
  }

  test('a damaged link opened mid-journey keeps the answers given in this tab and leads back to them', async ({ page }) => {
    await startGuide(page);
    await answerAll(page, [
      [Q.warningSigns, [A.noWarningSigns]],
      [Q.where, [A.lowerBack]],
    ]);
    await page.goto('/#share=1~w.Q');
    await expect(pageHeading(page)).toHaveText(UI.problemLinkHeading);
    await expect(pageHeading(page)).toBeFocused();
    expect(await sessionStorageEntries(page)).toEqual({ [STORAGE_KEY]: '1~w.n~p.lb' });

    await page.getByRole('button', { name: UI.problemResume }).click();
    await expect(pageHeading(page)).toHaveText(Q.duration);
    await expect(page).toHaveURL(/\/#q\/duration$/);
  });
});

test.describe('Continue with nothing chosen', () => {
  test('shows a focused error summary whose link moves focus to the first tick box without changing the address', async ({ page }) => {
    await startGuide(page);
    const address = page.url();
    const entries = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: UI.continue }).click();

    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    expect(await page.evaluate(() => history.length), 'no new history entry').toBe(entries);
    await expect(summary).toHaveAccessibleName(UI.errorSummary);
    await expect(summary.getByRole('heading', { level: 2 })).toHaveText(UI.errorSummary);
    await expect(page).toHaveTitle(`Error: Question 1 of 7 – ${Q.warningSigns} – Relief Guide`);
    expect(page.url()).toBe(address);

    // The message is tied to the question's fieldset, after its hint.
    const question = page.getByRole('group', { name: Q.warningSigns });
    const describedBy = (await question.getAttribute('aria-describedby'))?.split(' ') ?? [];
    expect(describedBy).toEqual(['warning-signs-hint', 'warning-signs-error']);
    await expect(question).toHaveAccessibleDescription(
      'These can be signs of a problem that needs care today. Choose all that apply. Error: Choose at least one answer to go on.',
    );

    await summary.getByRole('link', { name: UI.errorChooseMany, exact: true }).click();
    await expect(page.getByRole('checkbox', { name: A.bladderBowel })).toBeFocused();
    expect(page.url()).toBe(address);
    await expect(pageHeading(page)).toHaveText(Q.warningSigns);
  });

  test('on a one-answer question the message asks for one answer and points at the first radio button', async ({ page }) => {
    await startGuide(page);
    await answerAll(page, [
      [Q.warningSigns, [A.noWarningSigns]],
      [Q.where, [A.lowerBack]],
    ]);
    await page.getByRole('button', { name: UI.continue }).click();

    await expect(page.getByRole('alert')).toBeFocused();
    await expect(page).toHaveTitle(`Error: Question 3 of 7 – ${Q.duration} – Relief Guide`);
    const question = page.getByRole('group', { name: Q.duration });
    expect(await question.getAttribute('aria-describedby')).toBe('duration-error');
    await expect(question).toHaveAccessibleDescription(`Error: ${UI.errorChooseOne}`);

    await page.getByRole('alert').getByRole('link', { name: UI.errorChooseOne, exact: true }).click();
    await expect(page.getByRole('radio', { name: A.under3Months })).toBeFocused();
    await expect(page).toHaveURL(/\/#q\/duration$/);
  });

  test('the error goes away once an answer is chosen and Continue is pressed', async ({ page }) => {
    await startGuide(page);
    await page.getByRole('button', { name: UI.continue }).click();
    await expect(page.getByRole('alert')).toBeVisible();

    await answer(page, [A.noWarningSigns]);
    await expect(pageHeading(page)).toHaveText(Q.where);
    await expect(page).toHaveTitle(`Question 2 of 7 – ${Q.where} – Relief Guide`);
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('group', { name: Q.where })).toHaveAccessibleDescription('Choose all that apply.');
  });
});

test('every file the guide asks for is served: no failed request on the way to the results', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => failed.push(`${request.failure()?.errorText} ${request.url()}`));
  await reachResults(page, JOURNEYS.herniatedDisc);
  await page.reload();
  await expect(pageHeading(page)).toHaveText(UI.resultsHeading);
  expect(failed).toEqual([]);
});
