// Patient journeys from the start page to the results: which parts of the article are shown,
// in which order, and why. The expected orders are the ones tests/engine.rs defines.
import { clinic, note, optionOf, pageTitle, section, sectionTitles, sections, withClinic } from './support/content';
import {
  answerAll,
  changeLinkName,
  expect,
  expectAnswerRows,
  expectOtherParts,
  expectResults,
  journey,
  JOURNEYS,
  label,
  opening,
  option,
  othersRegion,
  pageHeading,
  q,
  reachCheck,
  reachResults,
  resultsList,
  SECTION_TITLES,
  startGuide,
  test,
  UI,
} from './support/guide';

const SECTION_IDS = sections('en').map((s) => s.id);

for (const journey of Object.values(JOURNEYS)) {
  const order = journey.sections.map((s) => s.section).join(' → ');
  test(`${journey.name}: the results show ${order}, each with why`, async ({ page }) => {
    await reachResults(page, journey);
    await expect(page).toHaveURL(/\/#results$/);
    await expect(page).toHaveTitle(pageTitle('en', UI.results_heading));
    await expectResults(page, journey.sections);
  });
}

test('check your answers lists every answer in question order, in the patient’s words', async ({ page }) => {
  const { steps } = journey('herniated-disc');
  await reachCheck(page, journey('herniated-disc'));
  // Options are listed in the order the question shows them, not the order they were ticked.
  await expectAnswerRows(page.getByRole('main'), steps);
  // Each Change link names its question for screen readers ("Change How long").
  const changeLinks = page.getByRole('link', { name: new RegExp(`^${UI.check_change} `) });
  await expect(changeLinks).toHaveCount(steps.length);
  for (const [index, [questionId]] of steps.entries()) {
    await expect(changeLinks.nth(index)).toHaveAccessibleName(changeLinkName(questionId));
  }
  await page.getByRole('button', { name: UI.check_submit }).click();
  // The results repeat them one tap away (and on paper), without Change links; one link
  // after them goes back to change them.
  const yourAnswers = page.getByRole('main').getByRole('group').filter({ has: page.getByText(UI.your_answers_heading, { exact: true }) });
  await yourAnswers.getByText(UI.your_answers_heading, { exact: true }).click();
  await expectAnswerRows(yourAnswers, steps);
  await expect(yourAnswers.getByRole('link')).toHaveCount(0);
  await expect(page.getByRole('main').getByRole('link', { name: UI.change_answers })).toBeVisible();
});

test('an emergency sign shows only the emergency card: one action, a call button, no results', async ({ page }) => {
  await startGuide(page);
  await answerAll(page, [['warning-signs', ['bladder-bowel']]]);

  await expect(pageHeading(page)).toHaveText(UI.card_emergency_heading);
  await expect(page).toHaveURL(/\/#emergency$/);
  await expect(page).toHaveTitle(pageTitle('en', UI.card_emergency_heading));
  const main = page.getByRole('main');
  // The action comes first, then the button that calls the emergency number.
  await expect(main.getByRole('paragraph').first()).toHaveText(withClinic(UI.card_emergency_action));
  const call = main.getByRole('link', { name: withClinic(UI.card_emergency_call) });
  await expect(call).toHaveAttribute('href', `tel:${clinic(undefined).emergency_number}`);
  await expect(main).toContainText(withClinic(UI.card_emergency_detail));
  await expect(main.getByRole('heading', { level: 2 })).toHaveText([UI.card_signs]);
  // The chosen sign, and only it, is the one list on the page.
  await expect(main.getByRole('list')).toHaveCount(1);
  await expect(main.getByRole('list').getByRole('listitem')).toHaveText([label('warning-signs.bladder-bowel')]);

  await expect(resultsList(page)).toHaveCount(0);
  await expect(page.getByText(UI.article_words_heading)).toHaveCount(0);
  await expect(page.getByRole('region', { name: UI.others_heading })).toHaveCount(0);
  for (const title of SECTION_TITLES) {
    await expect(page.getByRole('heading', { name: title })).toHaveCount(0);
  }
  // The rest of the guide stays closed: asking for the results by address shows this card.
  await page.goto('/#results');
  await expect(pageHeading(page)).toHaveText(UI.card_emergency_heading);
  await expect(page).toHaveURL(/\/#emergency$/);
});

test('an urgent sign waits for the other warning-sign questions, then the urgent card calls the urgent line', async ({ page }) => {
  await startGuide(page);
  await answerAll(page, [
    ['warning-signs', ['fever']],
    ['history', ['none']],
    ['where', ['lower-back']],
  ]);
  await expect(pageHeading(page)).toHaveText(UI.card_urgent_heading);
  await expect(page).toHaveURL(/\/#urgent$/);
  const call = page.getByRole('main').getByRole('link', { name: withClinic(UI.card_urgent_call) });
  await expect(call).toHaveAttribute('href', `tel:${clinic(undefined).urgent_line}`);
  await expect(page.getByRole('main').getByRole('list').getByRole('listitem')).toHaveText([label('warning-signs.fever')]);
});

test('a fever after a recent spine injection is an emergency: the highest level wins', async ({ page }) => {
  await startGuide(page);
  await answerAll(page, [
    ['warning-signs', ['fever']],
    ['history', ['recent-spine-procedure']],
  ]);
  await expect(pageHeading(page)).toHaveText(UI.card_emergency_heading);
  await expect(page.getByRole('main').getByRole('list').getByRole('listitem')).toHaveText([
    label('warning-signs.fever'),
    label('history.recent-spine-procedure'),
  ]);
});

test('arm pain asks the neck signs: one alone waits for its answer and is urgent, two together are an emergency', async ({
  page,
}) => {
  await startGuide(page);
  await answerAll(page, [
    ['warning-signs', ['none']],
    ['history', ['none']],
    ['where', ['arm']],
  ]);
  await expect(pageHeading(page)).toHaveText(q('neck-signs'));
  await answerAll(page, [['neck-signs', ['clumsy-hands']]]);
  await expect(pageHeading(page)).toHaveText(UI.card_urgent_heading);
  await expect(page.getByRole('main').getByRole('list').getByRole('listitem')).toHaveText([label('neck-signs.clumsy-hands')]);

  await page.getByRole('link', { name: UI.urgent_mistake }).click();
  await expect(pageHeading(page)).toHaveText(q('neck-signs'));
  await option(page, 'neck-signs.arm-weakness').check();
  await page.getByRole('button', { name: UI.continue_button }).click();
  await expect(pageHeading(page)).toHaveText(UI.card_emergency_heading);
  await expect(page.getByRole('main').getByRole('list').getByRole('listitem')).toHaveText([
    label('neck-signs.clumsy-hands'),
    label('neck-signs.arm-weakness'),
  ]);
});

test('lower-back pain alone does not ask the neck signs', async ({ page }) => {
  await startGuide(page);
  await answerAll(page, [
    ['warning-signs', ['none']],
    ['history', ['none']],
    ['where', ['lower-back']],
  ]);
  await expect(pageHeading(page)).toHaveText(q('duration'));
});

test('a soon sign shows its card, and the patient may go on to the questions', async ({ page }) => {
  await startGuide(page);
  await answerAll(page, [
    ['warning-signs', ['worse-over-time']],
    ['history', ['none']],
    ['where', ['lower-back']],
  ]);
  await expect(pageHeading(page)).toHaveText(UI.card_soon_heading);
  await page.getByRole('button', { name: UI.card_soon_continue }).click();
  await expect(pageHeading(page)).toHaveText(q('duration'));
});

test('pain only where the guide does not reach gets the scope card', async ({ page }) => {
  await startGuide(page);
  await answerAll(page, [
    ['warning-signs', ['none']],
    ['history', ['none']],
    ['where', ['head']],
  ]);
  await expect(pageHeading(page)).toHaveText(UI.scope_heading);
  await expect(page).toHaveURL(/\/#not-covered$/);
  await expect(page.getByRole('main')).toContainText(UI.scope_text);
});

test('a mistaken warning sign can be undone from the emergency card', async ({ page }) => {
  await startGuide(page);
  await answerAll(page, [['warning-signs', ['numb-saddle']]]);
  await expect(pageHeading(page)).toHaveText(UI.card_emergency_heading);
  await expect(page.getByRole('main').getByRole('list').getByRole('listitem')).toHaveText([label('warning-signs.numb-saddle')]);

  await page.getByRole('link', { name: UI.urgent_mistake }).click();
  await expect(pageHeading(page)).toHaveText(q('warning-signs'));
  await expect(page.getByRole('checkbox', { name: label('warning-signs.numb-saddle') })).toBeChecked();
  // "None of these" clears the other ticks.
  await option(page, 'warning-signs.none').check();
  await expect(page.getByRole('checkbox', { name: label('warning-signs.numb-saddle') })).not.toBeChecked();
  await page.getByRole('button', { name: UI.continue_button }).click();
  await expect(pageHeading(page)).toHaveText(q('history'));
});

test('the rest of the article opens with one click and shows every other part with its text', async ({ page }) => {
  await reachResults(page, journey('joint-pain'));
  const shown = journey('joint-pain').sections.map((s) => s.section);
  const others = sectionTitles('en').length - shown.length;
  expect(others).toBeGreaterThan(0);
  const otherIds = SECTION_IDS.filter((id) => !shown.includes(id));
  await expectOtherParts(page, otherIds.map((id) => section('en', id).title));
  const rest = othersRegion(page);
  const texts = otherIds.map((id) => rest.getByText(opening('en', id)));
  for (const text of texts) await expect(text).toBeHidden();
  await rest.getByText(UI.others_heading, { exact: true }).click();
  for (const [at, id] of otherIds.entries()) {
    await expect(rest.getByRole('heading', { level: 2, name: section('en', id).title, exact: true })).toBeVisible();
    await expect(texts[at]).toBeVisible();
  }
});

test('answers that match no part say so and list the whole article, with a note about recent pain', async ({ page }) => {
  await startGuide(page);
  await answerAll(page, [
    ['warning-signs', ['none']],
    ['history', ['none']],
    ['where', ['neck']],
    ['neck-signs', ['none']],
    ['duration', ['under-3-months']],
    ['feel', ['other']],
    ['severity', ['mild']],
    ['diagnoses', ['none']],
    ['treatments', ['none']],
  ]);
  await page.getByRole('button', { name: UI.check_submit }).click();
  await expect(pageHeading(page)).toHaveText(UI.results_none_heading);
  await expect(page.getByText(UI.results_none)).toBeVisible();
  // Pain under 3 months: the honest next step, not a specialist.
  await expect(page.getByRole('region', { name: UI.next_heading })).toContainText(note('en', 'next-recent'));
  await expect(page.getByText(note('en', optionOf('duration.under-3-months').note!))).toBeVisible();
  await expect(resultsList(page)).toHaveCount(0);
  await expectOtherParts(page, SECTION_TITLES);
  await expect(page.getByRole('note', { name: UI.notice_heading })).toBeVisible();
});
