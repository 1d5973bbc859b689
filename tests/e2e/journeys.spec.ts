// Patient journeys from the start page to the results: which parts of the article are shown,
// in which order, and why. The expected orders are the ones tests/engine.rs defines.
import {
  A,
  JOURNEYS,
  Q,
  SECTIONS,
  SECTION_TITLES,
  SHORT,
  UI,
  answerAll,
  expect,
  expectAnswerRows,
  expectOtherParts,
  expectResults,
  option,
  otherPart,
  pageHeading,
  reachCheck,
  reachResults,
  resultsList,
  startGuide,
  test,
} from './support/guide';

for (const journey of Object.values(JOURNEYS)) {
  const order = journey.sections.map((s) => s.title).join(' → ');
  test(`${journey.name}: the results show ${order}, each with why`, async ({ page }) => {
    await reachResults(page, journey);
    await expect(page).toHaveURL(/\/#results$/);
    await expect(page).toHaveTitle(`${UI.resultsHeading} – Relief Guide`);
    await expectResults(page, journey.sections);
  });
}

test('check your answers lists every answer in question order, in the patient’s words', async ({ page }) => {
  await reachCheck(page, JOURNEYS.herniatedDisc);
  const rows = [
    [SHORT.warningSigns, [A.noWarningSigns]],
    // Options are listed in the order the question shows them, not the order they were ticked.
    [SHORT.where, [A.lowerBack, A.leg]],
    [SHORT.duration, [A.overAYear]],
    [SHORT.feel, [A.sharp]],
    [SHORT.severity, [A.moderate]],
    [SHORT.diagnoses, [A.herniatedDisc]],
    [SHORT.treatments, [A.medicine]],
    [SHORT.treatmentResult, [A.helpedALittle]],
  ] as const;
  await expectAnswerRows(page.getByRole('main'), rows);
  // Each Change link names its question for screen readers ("Change How long").
  const changeLinks = page.getByRole('link', { name: /^Change / });
  await expect(changeLinks).toHaveCount(rows.length);
  for (const [index, [key]] of rows.entries()) {
    await expect(changeLinks.nth(index)).toHaveAccessibleName(`Change ${key}`);
  }
  await page.getByRole('button', { name: UI.checkSubmit }).click();
  // The printed summary repeats them, without Change links.
  const yourAnswers = page.getByRole('region', { name: UI.yourAnswers });
  await expectAnswerRows(yourAnswers, rows);
  await expect(yourAnswers.getByRole('link')).toHaveText([UI.changeAnswers]);
});

test('a warning sign shows only the urgent-care page: no results, no article', async ({ page }) => {
  await startGuide(page);
  await answerAll(page, [[Q.warningSigns, [A.bladderBowel]]]);

  await expect(pageHeading(page)).toHaveText(UI.urgentHeading);
  await expect(page).toHaveURL(/\/#urgent$/);
  await expect(page).toHaveTitle(`${UI.urgentHeading} – Relief Guide`);
  const main = page.getByRole('main');
  await expect(main).toContainText('Call your doctor now, or go to an emergency department today.');
  await expect(main.getByRole('heading', { level: 2 })).toHaveText([UI.urgentWhy]);
  // The chosen sign, and only it, is the one list on the page.
  await expect(main.getByRole('list')).toHaveCount(1);
  await expect(main.getByRole('list').getByRole('listitem')).toHaveText([A.bladderBowel]);

  await expect(resultsList(page)).toHaveCount(0);
  await expect(page.getByText(UI.why)).toHaveCount(0);
  await expect(page.getByRole('region', { name: UI.others })).toHaveCount(0);
  for (const title of SECTION_TITLES) {
    await expect(page.getByRole('heading', { name: title })).toHaveCount(0);
  }
  // The rest of the guide stays closed: asking for the results by address shows this page.
  await page.goto('/#results');
  await expect(pageHeading(page)).toHaveText(UI.urgentHeading);
  await expect(page).toHaveURL(/\/#urgent$/);
});

test('a mistaken warning sign can be undone from the urgent-care page', async ({ page }) => {
  await startGuide(page);
  await answerAll(page, [[Q.warningSigns, [A.fever]]]);
  await expect(pageHeading(page)).toHaveText(UI.urgentHeading);
  await expect(page.getByRole('main').getByRole('listitem')).toHaveText([A.fever]);

  await page.getByRole('link', { name: UI.urgentMistake }).click();
  await expect(pageHeading(page)).toHaveText(Q.warningSigns);
  await expect(page.getByRole('checkbox', { name: A.fever })).toBeChecked();
  // "None of these" clears the other ticks.
  await option(page, A.noWarningSigns).check();
  await expect(page.getByRole('checkbox', { name: A.fever })).not.toBeChecked();
  await page.getByRole('button', { name: UI.continue }).click();
  await expect(pageHeading(page)).toHaveText(Q.where);
});

test('every other part of the article opens with one click on its title and shows its text', async ({ page }) => {
  await reachResults(page, JOURNEYS.jointPain);
  const shown = JOURNEYS.jointPain.sections.map((s) => s.title);
  const others = SECTIONS.filter((s) => !shown.includes(s.title));
  expect(others).toHaveLength(7);
  await expectOtherParts(page, others.map((s) => s.title));
  for (const section of others) {
    const part = otherPart(page, section.title);
    const text = part.getByText(section.opening);
    await expect(text).toBeHidden();
    await part.getByText(section.title, { exact: true }).click();
    await expect(text).toBeVisible();
  }
});

test('answers that match no part say so and list the whole article, with a note about recent pain', async ({ page }) => {
  await startGuide(page);
  await answerAll(page, [
    [Q.warningSigns, [A.noWarningSigns]],
    [Q.where, [A.neck]],
    [Q.duration, [A.under3Months]],
    [Q.feel, ['None of these words fit']],
    [Q.severity, [A.mild]],
    [Q.diagnoses, [A.noDiagnosis]],
    [Q.treatments, [A.noTreatment]],
  ]);
  await page.getByRole('button', { name: UI.checkSubmit }).click();
  await expect(pageHeading(page)).toHaveText(UI.resultsHeading);
  await expect(page.getByText('No part of the article matches your answers closely.')).toBeVisible();
  await expect(page.getByText('You told us your pain started less than 3 months ago.')).toBeVisible();
  await expect(resultsList(page)).toHaveCount(0);
  await expectOtherParts(page, SECTION_TITLES);
  await expect(page.getByRole('note', { name: UI.noticeHeading })).toBeVisible();
});
