// Moving around the guide: browser Back/Forward, the Back link, Change links on "Check your
// answers", reloads, deep links, page titles and "Start again".
import type { Page } from '@playwright/test';
import { pageTitle, progress, questionTitle } from './support/content';
import {
  answer,
  answerAll,
  answersOf,
  changeLinkName,
  expect,
  expectAnswerRows,
  expectResults,
  journey,
  label,
  openStart,
  option,
  pageHeading,
  q,
  reachCheck,
  reachResults,
  sessionStorageEntries,
  startGuide,
  STORAGE_KEY,
  test,
  UI,
} from './support/guide';

const historyLength = (page: Page) => page.evaluate(() => history.length);
const backLink = (page: Page) => page.getByRole('link', { name: new RegExp(`^\\W*${UI.back}$`) });

/** The answers to the first three questions (warning signs, history, where), leaving the
 * patient on question 4, "How long". */
const FIRST_THREE = [
  ['warning-signs', ['none']],
  ['history', ['none']],
  ['where', ['lower-back', 'one-leg']],
] as const;

test.describe('Back and Forward', () => {
  test('browser Back from question 4 shows question 3 with its answers still ticked; Forward returns', async ({ page }) => {
    await startGuide(page);
    await answerAll(page, FIRST_THREE);
    await expect(pageHeading(page)).toHaveText(q('duration'));

    await page.goBack();
    await expect(page).toHaveURL(/\/#q\/where$/);
    await expect(pageHeading(page)).toHaveText(q('where'));
    await expect(pageHeading(page)).toBeFocused();
    await expect(option(page, 'where.lower-back')).toBeChecked();
    await expect(option(page, 'where.one-leg')).toBeChecked();
    await expect(option(page, 'where.neck')).not.toBeChecked();

    await page.goForward();
    await expect(page).toHaveURL(/\/#q\/duration$/);
    await expect(pageHeading(page)).toHaveText(q('duration'));
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  });

  test('the Back link shows the previous question with its answers ticked, as one new history entry', async ({ page }) => {
    await startGuide(page);
    await answerAll(page, FIRST_THREE);
    const before = await historyLength(page);

    await backLink(page).click();
    await expect(page).toHaveURL(/\/#q\/where$/);
    await expect(pageHeading(page)).toHaveText(q('where'));
    await expect(option(page, 'where.lower-back')).toBeChecked();
    await expect(option(page, 'where.one-leg')).toBeChecked();
    expect(await historyLength(page)).toBe(before + 1);

    // Continue walks forward one page again, keeping the answer.
    await answer(page, []);
    await expect(pageHeading(page)).toHaveText(q('duration'));
    await backLink(page).click();
    await backLink(page).click();
    await expect(pageHeading(page)).toHaveText(q('history'));
    await expect(option(page, 'history.none')).toBeChecked();
    await backLink(page).click();
    await expect(pageHeading(page)).toHaveText(q('warning-signs'));
    await expect(option(page, 'warning-signs.none')).toBeChecked();
    await backLink(page).click();
    await expect(pageHeading(page)).toHaveText(UI.start_heading);
  });

  test('each screen is one history entry: Back five times walks the journey in reverse to the start', async ({ page }) => {
    await openStart(page);
    const atStart = await historyLength(page);
    await page.getByRole('link', { name: UI.start_button }).click();
    await answerAll(page, [...FIRST_THREE, ['duration', ['over-a-year']]]);
    await expect(pageHeading(page)).toHaveText(q('feel'));
    expect(await historyLength(page)).toBe(atStart + 5);

    const reverse = [
      ['duration', 'duration.over-a-year'],
      ['where', 'where.lower-back'],
      ['history', 'history.none'],
      ['warning-signs', 'warning-signs.none'],
    ] as const;
    for (const [question, ticked] of reverse) {
      await page.goBack();
      await expect(pageHeading(page)).toHaveText(q(question));
      await expect(option(page, ticked)).toBeChecked();
    }
    await page.goBack();
    await expect(pageHeading(page)).toHaveText(UI.start_heading);
    await expect(page).toHaveURL(/\/$/);
  });
});

test.describe('Change from "Check your answers"', () => {
  const JOINT_ROWS = journey('joint-pain').steps;

  test('"Change How long" opens the question with the current answer, and Continue returns to Check with the new one', async ({ page }) => {
    await reachCheck(page, journey('joint-pain'));
    await expectAnswerRows(page.getByRole('main'), JOINT_ROWS);

    await page.getByRole('link', { name: changeLinkName('duration'), exact: true }).click();
    await expect(page).toHaveURL(/\/#q\/duration$/);
    await expect(pageHeading(page)).toHaveText(q('duration'));
    await expect(page.getByRole('radio', { name: label('duration.3-to-12-months') })).toBeChecked();
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);

    await answer(page, ['duration.over-a-year']);
    await expect(page).toHaveURL(/\/#check$/);
    await expect(pageHeading(page)).toHaveText(UI.check_heading);
    await expectAnswerRows(
      page.getByRole('main'),
      JOINT_ROWS.map(([key, value]) => (key === 'duration' ? [key, ['over-a-year']] : [key, value])),
    );
  });

  test('changing treatments from "None of these yet" asks the follow-up question before returning to Check', async ({ page }) => {
    await reachCheck(page, journey('joint-pain'));
    await page.getByRole('link', { name: changeLinkName('treatments'), exact: true }).click();
    await expect(pageHeading(page)).toHaveText(q('treatments'));
    await expect(option(page, 'treatments.none')).toBeChecked();

    await option(page, 'treatments.medicine').check();
    // Ticking a treatment clears "None of these yet".
    await expect(option(page, 'treatments.none')).not.toBeChecked();
    await answer(page, []);

    await expect(page).toHaveURL(/\/#q\/treatment-result$/);
    await expect(pageHeading(page)).toHaveText(q('treatment-result'));
    await expect(page).toHaveTitle(questionTitle('en', 'treatment-result', ['treatments.medicine']));
    await answer(page, ['treatment-result.helped-a-little']);

    await expect(pageHeading(page)).toHaveText(UI.check_heading);
    await expectAnswerRows(page.getByRole('main'), [
      ...JOINT_ROWS.filter(([key]) => key !== 'treatments'),
      ['treatments', ['medicine']],
      ['treatment-result', ['helped-a-little']],
    ]);
  });
});

test.describe('Reload', () => {
  test('a reload mid-journey keeps the question and the answers, in sessionStorage only', async ({ page, context }) => {
    await startGuide(page);
    await answerAll(page, [...FIRST_THREE, ['duration', ['over-a-year']]]);
    await expect(pageHeading(page)).toHaveText(q('feel'));

    await page.reload();
    await expect(page).toHaveURL(/\/#q\/feel$/);
    await expect(pageHeading(page)).toHaveText(q('feel'));
    await expect(page).toHaveTitle(questionTitle('en', 'feel', answersOf(FIRST_THREE)));

    expect(await sessionStorageEntries(page)).toEqual({ [STORAGE_KEY]: '1~w.n~h.nn~p.lb.l1~d.y1' });
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(await context.cookies()).toEqual([]);

    await backLink(page).click();
    await expect(pageHeading(page)).toHaveText(q('duration'));
    await expect(page.getByRole('radio', { name: label('duration.over-a-year') })).toBeChecked();
    await backLink(page).click();
    await expect(option(page, 'where.lower-back')).toBeChecked();
    await expect(option(page, 'where.one-leg')).toBeChecked();
  });

  test('a reload of the results page shows the same results', async ({ page }) => {
    const herniated = journey('herniated-disc');
    await reachResults(page, herniated);
    await page.reload();
    await expect(page).toHaveURL(/\/#results$/);
    await expectResults(page, herniated.sections);
  });
});

test.describe('Addresses', () => {
  test('an address for a later question or the results opens the first question still to answer', async ({ page }) => {
    await page.goto('/#q/severity');
    await expect(pageHeading(page)).toHaveText(q('warning-signs'));
    await expect(page).toHaveURL(/\/#q\/warning-signs$/);

    await answer(page, ['warning-signs.none']);
    await page.goto('/#results');
    await expect(pageHeading(page)).toHaveText(q('history'));
    await expect(page).toHaveURL(/\/#q\/history$/);
  });

  test('page titles follow "Question N – question – Relief Guide", N up by one a page and the same after a Change', async ({ page }) => {
    await openStart(page);
    await expect(page).toHaveTitle(pageTitle('en', UI.start_heading));
    await page.getByRole('link', { name: UI.start_button }).click();

    const steps = journey('herniated-disc').steps;
    for (const [index, step] of steps.entries()) {
      const shown = progress('en', index + 1);
      await expect(pageHeading(page)).toHaveText(q(step[0]));
      await expect(page).toHaveTitle(pageTitle('en', `${shown} – ${q(step[0])}`));
      await expect(page.getByText(shown, { exact: true })).toBeVisible();
      await answer(page, answersOf([step]));
    }
    await expect(page).toHaveTitle(pageTitle('en', UI.check_heading));
    // A Change shows the number the page had on the way.
    const duration = steps.findIndex((step) => step[0] === 'duration');
    await page.getByRole('link', { name: changeLinkName('duration'), exact: true }).click();
    await expect(page.getByText(progress('en', duration + 1), { exact: true })).toBeVisible();
  });
});

test('"Start again" asks first; "No" keeps every answer', async ({ page }) => {
  await reachResults(page, journey('joint-pain'));
  await page.getByRole('button', { name: UI.start_again }).click();
  await expect(pageHeading(page)).toHaveText(UI.start_again_heading);
  await expect(page).toHaveTitle(pageTitle('en', UI.start_again_heading));
  await page.getByRole('link', { name: UI.start_again_cancel }).click();
  await expectResults(page, journey('joint-pain').sections);
  expect(await sessionStorageEntries(page)).toEqual({ [STORAGE_KEY]: journey('joint-pain').code });
});

test('"Start again" clears the answers: no answer kept, nothing ticked, and Back says they were cleared, after a reload too', async ({ page }) => {
  await reachResults(page, journey('joint-pain'));
  expect(await sessionStorageEntries(page)).toEqual({ [STORAGE_KEY]: journey('joint-pain').code });

  await page.getByRole('button', { name: UI.start_again }).click();
  await page.getByRole('button', { name: UI.start_again_confirm }).click();
  await expect(pageHeading(page)).toHaveText(UI.start_heading);
  await expect(page.getByRole('main').getByRole('status')).toHaveText(UI.answers_cleared);
  await expect(page).toHaveURL(/\/#start$/);
  // The tab keeps only that the answers were cleared: the share code's version, no answer.
  const kept = await sessionStorageEntries(page);
  expect(Object.keys(kept)).toEqual([STORAGE_KEY]);
  expect(kept[STORAGE_KEY]).toMatch(/^\d+$/);

  // Browser Back shows the start page saying the answers were cleared, never an empty
  // question as if they were lost, nor the question "Start again" asked; a reload first
  // changes nothing.
  await page.reload();
  await expect(page.getByRole('main').getByRole('status')).toHaveText(UI.answers_cleared);
  for (let step = 0; step < 2; step++) {
    await page.goBack();
    await expect(pageHeading(page)).toHaveText(UI.start_heading);
    await expect(page.getByRole('main').getByRole('status')).toHaveText(UI.answers_cleared);
  }

  await page.getByRole('link', { name: UI.start_button }).click();
  await expect(pageHeading(page)).toHaveText(q('warning-signs'));
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await answer(page, ['warning-signs.none']);
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  expect(await sessionStorageEntries(page)).toEqual({ [STORAGE_KEY]: '1~w.n' });
});

test('a warning sign added by a Change and undone on its card returns to "Check your answers"', async ({ page }) => {
  const calm = journey('joint-pain');
  await reachCheck(page, calm);
  await page.getByRole('link', { name: changeLinkName('warning-signs'), exact: true }).click();
  await option(page, 'warning-signs.numb-saddle').check();
  await page.getByRole('button', { name: UI.continue_button }).click();
  await expect(pageHeading(page)).toHaveText(UI.card_emergency_heading);

  await page.getByRole('link', { name: UI.urgent_mistake }).click();
  await expect(pageHeading(page)).toHaveText(q('warning-signs'));
  await option(page, 'warning-signs.none').check();
  await page.getByRole('button', { name: UI.continue_button }).click();
  await expect(pageHeading(page)).toHaveText(UI.check_heading);
  await expectAnswerRows(page.getByRole('main'), calm.steps);
});
