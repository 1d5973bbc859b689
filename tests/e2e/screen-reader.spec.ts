// What a screen reader says, simulated (support/screen-reader.ts): a whole journey to the
// results, the error summary, each warning-sign card. After each step the new heading is what is
// spoken (the app moves focus to it); reading on, the screen says the question's answers, the
// error with its field, the card's level and action, each result with its summary and why. Every phrase looked
// for is built from content/; the transcripts are kept in target/engines/screen-reader/.
import { EMERGENCY_ANSWERS, NOT_COVERED_ANSWERS, SOON_ANSWERS, URGENT_ANSWERS, guideAddress } from './support/a11y';
import { optionLabel, question, withClinic } from './support/content';
import { UI, answersOf, expect, expectedTopics, journey, label, pageHeading, q, test, watch } from './support/guide';
import { ScreenReader, headingPhrase } from './support/screen-reader';

const norm = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Whether some phrase contains `text` (phrases are spoken whole: role, name, state). */
function said(phrases: string[], text: string): boolean {
  return phrases.some((phrase) => norm(phrase).includes(norm(text)));
}

function expectSaid(phrases: string[], texts: string[], where: string): void {
  const missing = texts.filter((text) => !said(phrases, text));
  expect(missing, `not spoken on ${where}:\n${phrases.join('\n')}`).toEqual([]);
}

test('a whole journey: each new heading spoken after each step, the answers, check, and each result with why', async ({ page, problems }) => {
  watch(page, problems);
  const sr = await ScreenReader.on(page);
  const j = journey('herniated-disc');
  await page.goto('/');
  await expect(pageHeading(page)).toHaveText(UI.start_heading);
  await sr.start();
  expectSaid(await sr.readOn(), [headingPhrase(UI.start_heading), `link, ${UI.start_button}`], 'the start page');

  let spoken = await sr.during(() => page.getByRole('link', { name: UI.start_button }).click());
  for (const [questionId, optionIds] of j.steps) {
    await expect(pageHeading(page)).toHaveText(q(questionId));
    expect(spoken.at(-1), `after the step before ${questionId}: ${spoken.join(' | ')}`).toBe(headingPhrase(q(questionId)));
    // Reading on: every answer, with its kind and state.
    const kind = question(questionId).choose === 'many' ? 'checkbox' : 'radio';
    const options = question(questionId).option.map((o) => `${kind}, ${optionLabel('en', `${questionId}.${o.id}`)}, not checked`);
    expectSaid(await sr.readOn(), options, `question ${questionId}`);
    for (const chosen of answersOf([[questionId, optionIds]])) {
      await page.getByLabel(label(chosen), { exact: true }).check();
    }
    spoken = await sr.during(() => page.getByRole('button', { name: UI.continue_button }).click());
  }
  await expect(pageHeading(page)).toHaveText(UI.check_heading);
  expect(spoken.at(-1)).toBe(headingPhrase(UI.check_heading));
  const check = await sr.readOn();
  expectSaid(check, answersOf(j.steps).map(label), 'check your answers');

  spoken = await sr.during(() => page.getByRole('button', { name: UI.check_submit }).click());
  await expect(pageHeading(page)).toHaveText(UI.results_heading);
  expect(spoken.at(-1)).toBe(headingPhrase(UI.results_heading));
  const results = await sr.readOn();
  const expected = expectedTopics(j.sections).flatMap((topic) => [headingPhrase(topic.title, 2), topic.summary, topic.because]);
  expectSaid(results, [...expected, headingPhrase(UI.next_heading, 2)], 'the results');
  await sr.keep('journey-herniated-disc');
  await sr.stop();
});

test('the error summary: announced, its link names the error and leads to the field', async ({ page, problems }) => {
  watch(page, problems);
  const sr = await ScreenReader.on(page);
  const first = question('warning-signs');
  const error = first.choose === 'many' ? UI.error_choose_many : UI.error_choose_one;
  await page.goto(guideAddress('en', `q/${first.id}`));
  await expect(pageHeading(page)).toHaveText(q(first.id));
  await sr.start();
  const announced = await sr.during(() => page.getByRole('button', { name: UI.continue_button }).click());
  expectSaid(announced, [`alert, ${UI.error_summary_heading}`], 'pressing Continue with nothing chosen');
  // Reading on from the summary: the error as its link, then the question with the error by it.
  const read = await sr.readOn();
  expectSaid(read, [`link, ${error}`], 'the error summary');
  // The field, as the screen reader enters it: the question's group, its name and the error.
  const group = read.find((phrase) => phrase.startsWith(`group, ${q(first.id)}`));
  expect(group, `no group named by the question:\n${read.join('\n')}`).toBeDefined();
  expect(norm(group!)).toContain(norm(`${UI.error_prefix} ${error}`));
  const link = page.locator('#error-summary').getByRole('link', { name: error });
  const landed = await sr.during(() => link.click());
  const kind = first.choose === 'many' ? 'checkbox' : 'radio';
  expect(landed.at(-1)).toBe(`${kind}, ${optionLabel('en', `${first.id}.${first.option[0].id}`)}, not checked`);
  await sr.keep('error-summary');
  await sr.stop();
});

const CARDS = [
  { name: 'emergency', answers: EMERGENCY_ANSWERS, heading: UI.card_emergency_heading, action: UI.card_emergency_action, call: UI.card_emergency_call },
  { name: 'urgent', answers: URGENT_ANSWERS, heading: UI.card_urgent_heading, action: UI.card_urgent_action, call: UI.card_urgent_call },
  { name: 'soon', answers: SOON_ANSWERS, heading: UI.card_soon_heading, action: UI.card_soon_action, call: UI.card_soon_call, at: 'soon' },
  { name: 'not covered', answers: NOT_COVERED_ANSWERS, heading: UI.scope_heading, action: UI.scope_text },
];

for (const card of CARDS) {
  test(`the ${card.name} card: its level's heading, the action, the call and the signs given`, async ({ page, problems }) => {
    watch(page, problems);
    const sr = await ScreenReader.on(page);
    await page.goto(guideAddress('en', `share=${card.answers}`));
    if (card.at) await page.evaluate((at) => (window.location.hash = at), card.at);
    await expect(pageHeading(page)).toHaveText(card.heading);
    await sr.start();
    const read = await sr.readOn(1500);
    const expected = [headingPhrase(card.heading), withClinic(card.action)];
    if (card.call) expected.push(`link, ${withClinic(card.call)}`);
    // The warning signs the patient gave, said back to them (the scope card has none).
    if (card.name !== 'not covered') expected.push(headingPhrase(UI.card_signs, 2));
    expectSaid(read, expected, `the ${card.name} card`);
    await sr.keep(`card-${card.name.replace(' ', '-')}`);
    await sr.stop();
  });
}
