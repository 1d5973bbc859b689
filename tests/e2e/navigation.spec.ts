// Moving around the guide: browser Back/Forward, the Back link, Change links on "Check your
// answers", reloads, deep links, page titles and "Start again".
import type { Page } from '@playwright/test';
import {
  A,
  JOURNEYS,
  Q,
  SHORT,
  STORAGE_KEY,
  UI,
  answer,
  answerAll,
  expect,
  expectAnswerRows,
  expectResults,
  openStart,
  option,
  pageHeading,
  reachCheck,
  reachResults,
  sessionStorageEntries,
  startGuide,
  test,
} from './support/guide';

const historyLength = (page: Page) => page.evaluate(() => history.length);
const backLink = (page: Page) => page.getByRole('link', { name: /^\W*Back$/ });

/** The answers to the first two questions, leaving the patient on question 3. */
const FIRST_TWO = [
  [Q.warningSigns, [A.noWarningSigns]],
  [Q.where, [A.lowerBack, A.leg]],
] as const;

test.describe('Back and Forward', () => {
  test('browser Back from question 3 shows question 2 with its answers still ticked; Forward returns', async ({ page }) => {
    await startGuide(page);
    await answerAll(page, FIRST_TWO);
    await expect(pageHeading(page)).toHaveText(Q.duration);

    await page.goBack();
    await expect(page).toHaveURL(/\/#q\/where$/);
    await expect(pageHeading(page)).toHaveText(Q.where);
    await expect(pageHeading(page)).toBeFocused();
    await expect(option(page, A.lowerBack)).toBeChecked();
    await expect(option(page, A.leg)).toBeChecked();
    await expect(option(page, A.neck)).not.toBeChecked();

    await page.goForward();
    await expect(page).toHaveURL(/\/#q\/duration$/);
    await expect(pageHeading(page)).toHaveText(Q.duration);
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  });

  test('the Back link shows the previous question with its answers ticked, as one new history entry', async ({ page }) => {
    await startGuide(page);
    await answerAll(page, FIRST_TWO);
    const before = await historyLength(page);

    await backLink(page).click();
    await expect(page).toHaveURL(/\/#q\/where$/);
    await expect(pageHeading(page)).toHaveText(Q.where);
    await expect(option(page, A.lowerBack)).toBeChecked();
    await expect(option(page, A.leg)).toBeChecked();
    expect(await historyLength(page)).toBe(before + 1);

    // Continue walks forward one page again, keeping the answer.
    await answer(page, []);
    await expect(pageHeading(page)).toHaveText(Q.duration);
    await backLink(page).click();
    await backLink(page).click();
    await expect(pageHeading(page)).toHaveText(Q.warningSigns);
    await expect(option(page, A.noWarningSigns)).toBeChecked();
    await backLink(page).click();
    await expect(pageHeading(page)).toHaveText(UI.startHeading);
  });

  test('each screen is one history entry: Back four times walks the journey in reverse to the start', async ({ page }) => {
    await openStart(page);
    const atStart = await historyLength(page);
    await page.getByRole('button', { name: UI.startButton }).click();
    await answerAll(page, [...FIRST_TWO, [Q.duration, [A.overAYear]]]);
    await expect(pageHeading(page)).toHaveText(Q.feel);
    expect(await historyLength(page)).toBe(atStart + 4);

    const reverse = [
      [Q.duration, A.overAYear],
      [Q.where, A.lowerBack],
      [Q.warningSigns, A.noWarningSigns],
    ] as const;
    for (const [question, ticked] of reverse) {
      await page.goBack();
      await expect(pageHeading(page)).toHaveText(question);
      await expect(option(page, ticked)).toBeChecked();
    }
    await page.goBack();
    await expect(pageHeading(page)).toHaveText(UI.startHeading);
    await expect(page).toHaveURL(/\/$/);
  });
});

test.describe('Change from "Check your answers"', () => {
  const JOINT_ROWS = [
    [SHORT.warningSigns, [A.noWarningSigns]],
    [SHORT.where, [A.lowerBack]],
    [SHORT.duration, [A.threeTo12Months]],
    [SHORT.feel, [A.dullAche]],
    [SHORT.severity, [A.moderate]],
    [SHORT.diagnoses, [A.facetJoint, A.sacroiliacJoint]],
    [SHORT.treatments, [A.noTreatment]],
  ] as const;

  test('"Change How long" opens the question with the current answer, and Continue returns to Check with the new one', async ({ page }) => {
    await reachCheck(page, JOURNEYS.jointPain);
    await expectAnswerRows(page.getByRole('main'), JOINT_ROWS);

    await page.getByRole('link', { name: 'Change How long', exact: true }).click();
    await expect(page).toHaveURL(/\/#q\/duration$/);
    await expect(pageHeading(page)).toHaveText(Q.duration);
    await expect(page.getByRole('radio', { name: A.threeTo12Months })).toBeChecked();
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);

    await answer(page, [A.overAYear]);
    await expect(page).toHaveURL(/\/#check$/);
    await expect(pageHeading(page)).toHaveText(UI.checkHeading);
    await expectAnswerRows(
      page.getByRole('main'),
      JOINT_ROWS.map(([key, value]) => (key === SHORT.duration ? [key, [A.overAYear]] : [key, value]) as const),
    );
  });

  test('changing treatments from "None of these yet" asks the follow-up question before returning to Check', async ({ page }) => {
    await reachCheck(page, JOURNEYS.jointPain);
    await page.getByRole('link', { name: 'Change Treatments tried', exact: true }).click();
    await expect(pageHeading(page)).toHaveText(Q.treatments);
    await expect(option(page, A.noTreatment)).toBeChecked();

    await option(page, A.medicine).check();
    // Ticking a treatment clears "None of these yet".
    await expect(option(page, A.noTreatment)).not.toBeChecked();
    await answer(page, []);

    await expect(page).toHaveURL(/\/#q\/treatment-result$/);
    await expect(pageHeading(page)).toHaveText(Q.treatmentResult);
    await expect(page).toHaveTitle(`Question 8 of 8 – ${Q.treatmentResult} – Relief Guide`);
    await answer(page, [A.helpedALittle]);

    await expect(pageHeading(page)).toHaveText(UI.checkHeading);
    await expectAnswerRows(page.getByRole('main'), [
      ...JOINT_ROWS.slice(0, 6),
      [SHORT.treatments, [A.medicine]],
      [SHORT.treatmentResult, [A.helpedALittle]],
    ]);
  });
});

test.describe('Reload', () => {
  test('a reload mid-journey keeps the question and the answers, in sessionStorage only', async ({ page, context }) => {
    await startGuide(page);
    await answerAll(page, [...FIRST_TWO, [Q.duration, [A.overAYear]]]);
    await expect(pageHeading(page)).toHaveText(Q.feel);

    await page.reload();
    await expect(page).toHaveURL(/\/#q\/feel$/);
    await expect(pageHeading(page)).toHaveText(Q.feel);
    await expect(page).toHaveTitle(`Question 4 of 7 – ${Q.feel} – Relief Guide`);

    expect(await sessionStorageEntries(page)).toEqual({ [STORAGE_KEY]: '1~w.n~p.lb.lg~d.y1' });
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(await context.cookies()).toEqual([]);

    await backLink(page).click();
    await expect(pageHeading(page)).toHaveText(Q.duration);
    await expect(page.getByRole('radio', { name: A.overAYear })).toBeChecked();
    await backLink(page).click();
    await expect(option(page, A.lowerBack)).toBeChecked();
    await expect(option(page, A.leg)).toBeChecked();
  });

  test('a reload of the results page shows the same results', async ({ page }) => {
    const journey = JOURNEYS.herniatedDisc;
    await reachResults(page, journey);
    await page.reload();
    await expect(page).toHaveURL(/\/#results$/);
    await expectResults(page, journey.sections);
  });
});

test.describe('Addresses', () => {
  test('an address for a later question or the results opens the first question still to answer', async ({ page }) => {
    await page.goto('/#q/severity');
    await expect(pageHeading(page)).toHaveText(Q.warningSigns);
    await expect(page).toHaveURL(/\/#q\/warning-signs$/);

    await answer(page, [A.noWarningSigns]);
    await page.goto('/#results');
    await expect(pageHeading(page)).toHaveText(Q.where);
    await expect(page).toHaveURL(/\/#q\/where$/);
  });

  test('page titles follow "Question N of M – question – Relief Guide"', async ({ page }) => {
    await openStart(page);
    await expect(page).toHaveTitle(`${UI.startHeading} – Relief Guide`);
    await page.getByRole('button', { name: UI.startButton }).click();

    const steps = JOURNEYS.herniatedDisc.steps;
    for (const [index, [question, labels]] of steps.entries()) {
      // The follow-up question counts once a treatment is chosen.
      const total = index < 7 ? 7 : 8;
      const progress = `Question ${index + 1} of ${total}`;
      await expect(pageHeading(page)).toHaveText(question);
      await expect(page).toHaveTitle(`${progress} – ${question} – Relief Guide`);
      await expect(page.getByText(progress, { exact: true })).toBeVisible();
      await answer(page, labels);
    }
    await expect(page).toHaveTitle(`${UI.checkHeading} – Relief Guide`);
    // Going back after choosing a treatment, the count includes the follow-up.
    await page.getByRole('link', { name: 'Change How long', exact: true }).click();
    await expect(page).toHaveTitle(`Question 3 of 8 – ${Q.duration} – Relief Guide`);
  });
});

test('"Start again" clears the answers: nothing saved, nothing ticked, old results gone', async ({ page }) => {
  await reachResults(page, JOURNEYS.jointPain);
  expect(await sessionStorageEntries(page)).toEqual({ [STORAGE_KEY]: JOURNEYS.jointPain.code });

  await page.getByRole('button', { name: UI.startAgain }).click();
  await expect(pageHeading(page)).toHaveText(UI.startHeading);
  await expect(page).toHaveURL(/\/#start$/);
  expect(await sessionStorageEntries(page)).toEqual({});

  // Browser Back does not bring the previous answers' results back.
  await page.goBack();
  await expect(pageHeading(page)).toHaveText(Q.warningSigns);
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);

  await openStart(page);
  await page.getByRole('button', { name: UI.startButton }).click();
  await expect(pageHeading(page)).toHaveText(Q.warningSigns);
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await answer(page, [A.noWarningSigns]);
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  expect(await sessionStorageEntries(page)).toEqual({ [STORAGE_KEY]: '1~w.n' });
});
