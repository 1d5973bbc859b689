// Clinical safety in the browser (issue 12, "Tests"): the warning-sign card of each level in
// English and Spanish, reached by answering as a patient, with the clinic's numbers to call;
// the highest level wins; a translation awaiting review shows the checked English advice beside
// its own; the card for pain the guide is not about; who the guide is for; safety-netting, the
// next step and what the article does not cover on the results; governance in the footer; the
// due-for-review notice with a fixed clock; and all of it on paper.
//
// Every word comes from content/ (support/content.ts): a clinic editor's change to the words
// changes no test.
import type { Locator, Page } from '@playwright/test';
import {
  type AnswerId,
  type Lang,
  clinic,
  fill,
  governance,
  note,
  optionLabel,
  questionIds,
  questionText,
  translation,
  ui,
  withClinic,
} from './support/content';
import { type Journey, type Step, answerAll, expect, journey, pageHeading, reachCheck, reachResults, test } from './support/guide';
import { pdfLines } from './support/pdf-text';

const LANGS: readonly Lang[] = ['en', 'es'];
const NAMES: Record<string, string> = { en: 'English', es: 'Spanish' };

/** A number as a `tel:` link dials it: digits and a leading `+` only. */
const dialable = (number: string) => number.replace(/[^\d+]/g, '');

/** The words of `text` with runs of white space made one space (as the PDF's text reads). */
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every line of a multi-line [ui] entry (safety-net signs, questions to ask). */
const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

/** The address of the guide in `lang` (the English page, or the Spanish one by `?lang=`). */
const address = (lang: Lang, fragment = '') => `/${lang === 'en' ? '' : `?lang=${lang}`}${fragment ? `#${fragment}` : ''}`;

/** Opens the start page in `lang` and taps Start, as a patient does. */
async function start(page: Page, lang: Lang): Promise<void> {
  await page.goto(address(lang));
  await expect(pageHeading(page)).toHaveText(ui(lang).start_heading);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await page.getByRole('link', { name: ui(lang).start_button }).click();
  await expect(pageHeading(page)).toHaveText(questionText(lang, questionIds()[0]));
}

/** One question page per step, answered as a patient: [question id, option ids]. */
const steps = (...pairs: Step[]): Step[] => pairs;

// How a patient reaches each card. The emergency card comes as soon as an emergency sign is
// chosen; the urgent and soon cards once every warning-sign question is answered.
const EMERGENCY_STEPS = steps(['warning-signs', ['numb-saddle', 'bladder-retention']]);
const URGENT_STEPS = steps(['warning-signs', ['night-pain']], ['history', ['none']], ['where', ['lower-back']]);
const SOON_STEPS = steps(['warning-signs', ['worse-over-time']], ['history', ['none']], ['where', ['lower-back']]);

function answerIdsOf(list: readonly Step[]): AnswerId[] {
  return list.flatMap(([questionId, optionIds]) => optionIds.map((o) => `${questionId}.${o}`));
}

/** The card: the guide's <main>. */
const main = (page: Page) => page.getByRole('main');

/**
 * The card of one level: its heading, its one action first, a call link to `number`, the detail,
 * and the signs chosen (exactly `signs`, in question order).
 */
async function expectCard(
  page: Page,
  lang: Lang,
  level: 'emergency' | 'urgent' | 'soon',
  number: string,
  signs: readonly AnswerId[],
): Promise<void> {
  const words = ui(lang);
  await expect(page).toHaveURL(new RegExp(`#${level}$`));
  await expect(pageHeading(page)).toHaveText(words[`card_${level}_heading`]);
  // The action leads, before any explanation.
  await expect(main(page).getByRole('paragraph').first()).toHaveText(withClinic(words[`card_${level}_action`]));
  const call = main(page).getByRole('link', { name: withClinic(words[`card_${level}_call`]), exact: true });
  await expect(call).toHaveAttribute('href', `tel:${dialable(number)}`);
  await expect(main(page)).toContainText(withClinic(words[`card_${level}_detail`]));
  // The signs the patient chose, in their words.
  await expect(main(page).getByRole('list').first().getByRole('listitem')).toHaveText(signs.map((s) => optionLabel(lang, s)));
  await expect(main(page).getByText(words.card_signs, { exact: true })).toBeVisible();
}

/** A translation awaiting review shows the advice as clinicians checked it, in English. */
async function expectCheckedEnglish(page: Page, lang: Lang, level: 'emergency' | 'urgent' | 'soon'): Promise<void> {
  const english = main(page).locator('[lang="en"]');
  if (lang === 'en' || translation(lang).status !== 'awaiting-review') {
    await expect(main(page).getByText(ui('es').card_english)).toHaveCount(0);
    await expect(english).toHaveCount(0);
    return;
  }
  await expect(main(page).getByText(ui(lang).card_english, { exact: true })).toBeVisible();
  await expect(english.filter({ hasText: withClinic(ui('en')[`card_${level}_action`]) })).toBeVisible();
  await expect(english.filter({ hasText: withClinic(ui('en')[`card_${level}_detail`]) })).toBeVisible();
  // The English advice is after the card's own action, not in its place.
  await expect(main(page).getByRole('paragraph').first()).toHaveText(withClinic(ui(lang)[`card_${level}_action`]));
}

for (const lang of LANGS) {
  test.describe(`warning-sign cards in ${NAMES[lang]}`, () => {
    test('an emergency sign: the emergency card, with the emergency number to call', async ({ page }) => {
      await start(page, lang);
      await answerAll(page, EMERGENCY_STEPS, lang);
      await expectCard(page, lang, 'emergency', clinic(undefined).emergency_number, answerIdsOf(EMERGENCY_STEPS));
      await expectCheckedEnglish(page, lang, 'emergency');
      // Getting help matters more: no results, no "go on" from an emergency card.
      await expect(main(page)).toContainText(ui(lang).card_not_results);
      await expect(page.getByRole('button', { name: ui(lang).card_soon_continue })).toHaveCount(0);
      await expect(page.getByRole('button', { name: ui(lang).continue_button })).toHaveCount(0);
    });

    test('an urgent sign: the urgent card, with the urgent line to call', async ({ page }) => {
      await start(page, lang);
      await answerAll(page, URGENT_STEPS, lang);
      await expectCard(page, lang, 'urgent', clinic(undefined).urgent_line, ['warning-signs.night-pain']);
      await expectCheckedEnglish(page, lang, 'urgent');
      await expect(main(page)).toContainText(ui(lang).card_not_results);
      await expect(page.getByRole('button', { name: ui(lang).card_soon_continue })).toHaveCount(0);
    });

    test('a soon sign: the soon card, with the clinic to call, and the patient may go on', async ({ page }) => {
      await start(page, lang);
      await answerAll(page, SOON_STEPS, lang);
      await expectCard(page, lang, 'soon', clinic(undefined).phone, ['warning-signs.worse-over-time']);
      await expectCheckedEnglish(page, lang, 'soon');
      await page.getByRole('button', { name: ui(lang).card_soon_continue }).click();
      await expect(pageHeading(page)).toHaveText(questionText(lang, 'duration'));
    });

    test('the highest level wins: a soon sign with an emergency combination gives the emergency card', async ({ page }) => {
      const chosen = steps(['warning-signs', ['worse-over-time']], ['history', ['bone-weak', 'minor-fall']]);
      await start(page, lang);
      await answerAll(page, chosen, lang);
      // The card lists every sign chosen, whatever its level, in the order the questions list them.
      await expectCard(page, lang, 'emergency', clinic(undefined).emergency_number, [
        'warning-signs.worse-over-time',
        'history.bone-weak',
        'history.minor-fall',
      ]);
      await expect(page.getByRole('link', { name: withClinic(ui(lang).card_soon_call) })).toHaveCount(0);
      await expect(page.getByRole('button', { name: ui(lang).card_soon_continue })).toHaveCount(0);
    });

    test('an urgent and a soon sign together: the urgent card', async ({ page }) => {
      await start(page, lang);
      await answerAll(
        page,
        steps(['warning-signs', ['night-pain', 'worse-over-time']], ['history', ['none']], ['where', ['lower-back']]),
        lang,
      );
      await expectCard(page, lang, 'urgent', clinic(undefined).urgent_line, [
        'warning-signs.night-pain',
        'warning-signs.worse-over-time',
      ]);
    });

    test('pain only where the guide does not cover: the scope card, with the clinic to call', async ({ page }) => {
      await start(page, lang);
      await answerAll(page, steps(['warning-signs', ['none']], ['history', ['none']], ['where', ['head', 'belly']]), lang);
      await expect(page).toHaveURL(/#not-covered$/);
      await expect(pageHeading(page)).toHaveText(ui(lang).scope_heading);
      await expect(main(page)).toContainText(ui(lang).scope_text);
      const call = main(page).getByRole('link', { name: withClinic(ui(lang).card_soon_call), exact: true });
      await expect(call).toHaveAttribute('href', `tel:${dialable(clinic(undefined).phone)}`);
      // No further questions as if the pain were spinal.
      await expect(page.getByRole('button', { name: ui(lang).continue_button })).toHaveCount(0);
    });

    test('pain in the back and somewhere else is still in scope', async ({ page }) => {
      await start(page, lang);
      await answerAll(page, steps(['warning-signs', ['none']], ['history', ['none']], ['where', ['lower-back', 'elsewhere']]), lang);
      await expect(pageHeading(page)).toHaveText(questionText(lang, 'duration'));
    });

    test('the start page says who the guide is for', async ({ page }) => {
      await page.goto(address(lang));
      await expect(pageHeading(page)).toHaveText(ui(lang).start_heading);
      await expect(main(page).getByText(ui(lang).scope_who_for, { exact: true })).toBeVisible();
    });
  });
}

// --- Results ----------------------------------------------------------------------------------

/** A journey with some answers replaced: `change(['duration', ['under-3-months']])`. */
function withSteps(base: Journey, ...changes: Step[]): Journey {
  const replaced = base.steps.map((step) => changes.find(([id]) => id === step[0]) ?? step);
  return { ...base, steps: replaced };
}

/** The results page's regions, by their headings in `lang`. */
const region = (page: Page, name: string): Locator => page.getByRole('region', { name, exact: true });

async function expectSafetyNet(page: Page, lang: Lang): Promise<void> {
  const words = ui(lang);
  const safety = region(page, words.safety_net_heading);
  await expect(safety).toContainText(withClinic(words.safety_net_emergency));
  await expect(safety.getByRole('listitem')).toHaveText(lines(words.safety_net_signs));
  await expect(safety.getByRole('link', { name: withClinic(words.card_emergency_call), exact: true })).toHaveAttribute(
    'href',
    `tel:${dialable(clinic(undefined).emergency_number)}`,
  );
  await expect(safety).toContainText(withClinic(words.safety_net_urgent));
}

async function expectNotCovered(page: Page, lang: Lang): Promise<void> {
  const words = ui(lang);
  const notCovered = region(page, words.not_covered_heading);
  await expect(notCovered).toContainText(words.not_covered_text);
  // The questions to ask are one tap away.
  const ask = notCovered.getByText(words.ask_heading, { exact: true });
  await expect(ask).toBeVisible();
  await ask.click();
  await expect(notCovered.getByRole('listitem')).toHaveText(lines(words.ask_questions));
}

test.describe('the results inform, with safety-netting', () => {
  test('a journey: next step to a specialist, safety-netting and what the article does not cover', async ({ page }) => {
    await reachResults(page, journey('herniated-disc'));
    const next = region(page, ui('en').next_heading);
    await expect(next).toContainText(note('en', 'next-specialist'));
    await expect(next).toContainText(withClinic(ui('en').clinic_contact));
    await expect(next).not.toContainText(note('en', 'next-recent'));
    await expectSafetyNet(page, 'en');
    await expectNotCovered(page, 'en');
  });

  test('recent pain: the next step is to wait and see a doctor if it does not settle', async ({ page }) => {
    await reachCheck(page, withSteps(journey('herniated-disc'), ['duration', ['under-3-months']]));
    await page.getByRole('button', { name: ui('en').check_submit }).click();
    // No procedure relates to pain under 3 months, so there may be no part that relates.
    await expect(pageHeading(page)).toHaveText(new RegExp(`^(${escape(ui('en').results_heading)}|${escape(ui('en').results_none_heading)})$`));
    const next = region(page, ui('en').next_heading);
    await expect(next).toContainText(note('en', 'next-recent'));
    await expect(next).not.toContainText(note('en', 'next-specialist'));
    // The honest note about the article being about longer pain.
    await expect(main(page)).toContainText(note('en', 'recent-pain'));
    await expectSafetyNet(page, 'en');
    await expectNotCovered(page, 'en');
  });

  test('a treatment that helped a lot: keep going, no referral', async ({ page }) => {
    await reachResults(page, withSteps(journey('herniated-disc'), ['treatment-result', ['helped-a-lot']]));
    const next = region(page, ui('en').next_heading);
    await expect(next).toContainText(note('en', 'next-helped'));
    await expect(next).not.toContainText(note('en', 'next-specialist'));
    await expectSafetyNet(page, 'en');
  });

  test('in Spanish: next step, safety-netting and what the article does not cover', async ({ page }) => {
    const herniated = journey('herniated-disc');
    await start(page, 'es');
    await answerAll(page, herniated.steps, 'es');
    await expect(pageHeading(page)).toHaveText(ui('es').check_heading);
    await page.getByRole('button', { name: ui('es').check_submit }).click();
    await expect(pageHeading(page)).toHaveText(ui('es').results_heading);
    await expect(region(page, ui('es').next_heading)).toContainText(note('es', 'next-specialist'));
    await expectSafetyNet(page, 'es');
    await expectNotCovered(page, 'es');
  });
});

// --- Governance ---------------------------------------------------------------------------------

for (const lang of LANGS) {
  test(`the footer says who wrote the words, when they were reviewed, the version and sources (${NAMES[lang]})`, async ({ page }) => {
    const words = ui(lang);
    const g = governance(lang);
    await page.goto(address(lang));
    await expect(pageHeading(page)).toHaveText(words.start_heading);
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('heading', { name: words.about_heading })).toBeVisible();
    await expect(footer).toContainText(withClinic(words.clinic_contact));
    await expect(footer).toContainText(fill(words.about_written_by, { name: g.written_by }));
    await expect(footer).toContainText(fill(words.about_dates, { last: g.last_reviewed, next: g.next_review }));
    await expect(footer).toContainText(fill(words.about_version, { version: g.version }));
    if (g.signed_off_by) {
      await expect(footer).toContainText(fill(words.about_signed_off, { name: g.signed_off_by }));
      await expect(footer).not.toContainText(words.about_not_signed_off);
    } else {
      // No one has signed the review pack: the page must not pretend someone did.
      await expect(footer).toContainText(words.about_not_signed_off);
    }
    // The sources, one click away.
    const sources = footer.locator('details').filter({ has: page.getByText(words.about_sources, { exact: true }) });
    await expect(sources).toHaveCount(1);
    await sources.getByText(words.about_sources, { exact: true }).click();
    await expect(sources.getByRole('listitem').first()).toBeVisible();
    expect(await sources.getByRole('link').count()).toBeGreaterThan(0);
  });
}

/** One day after (or before) a YYYY-MM-DD date, at noon UTC. */
function dayFrom(date: string, days: number): Date {
  const at = new Date(`${date}T12:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at;
}

for (const lang of LANGS) {
  test.describe(`due for review (${NAMES[lang]})`, () => {
    const dueNotice = (page: Page) =>
      page.getByRole('note').filter({ hasText: fill(ui(lang).due_for_review, { date: governance(lang).next_review }) });

    test('after the next review date, every page says the content is due for review', async ({ page }) => {
      await page.clock.setFixedTime(dayFrom(governance(lang).next_review, 1));
      await page.goto(address(lang));
      await expect(pageHeading(page)).toHaveText(ui(lang).start_heading);
      await expect(dueNotice(page)).toBeVisible();
      // Still there on a warning-sign card, where it matters most.
      await page.getByRole('link', { name: ui(lang).start_button }).click();
      await answerAll(page, EMERGENCY_STEPS, lang);
      await expect(pageHeading(page)).toHaveText(ui(lang).card_emergency_heading);
      await expect(dueNotice(page)).toBeVisible();
    });

    test('before the next review date, no notice', async ({ page }) => {
      await page.clock.setFixedTime(dayFrom(governance(lang).next_review, -1));
      await page.goto(address(lang));
      await expect(pageHeading(page)).toHaveText(ui(lang).start_heading);
      // The app has run (the footer is its own) before the notice is looked for.
      await expect(page.getByRole('contentinfo').getByRole('heading', { name: ui(lang).about_heading })).toBeVisible();
      await expect(dueNotice(page)).toHaveCount(0);
      await expect(page.getByText(ui(lang).due_for_review.split('{date}')[0].trim())).toHaveCount(0);
    });
  });
}

// --- Print --------------------------------------------------------------------------------------

for (const lang of LANGS) {
  test(`the printed results carry safety-netting, the clinic's phone and the governance dates (${NAMES[lang]})`, async ({ page }) => {
    const words = ui(lang);
    const g = governance(lang);
    await page.goto(address(lang, `share=${journey('herniated-disc').code}`));
    await expect(pageHeading(page)).toHaveText(words.results_heading);
    const text = (await pdfLines(await page.pdf())).join(' ');
    for (const expected of [
      words.safety_net_heading,
      withClinic(words.safety_net_emergency),
      ...lines(words.safety_net_signs),
      withClinic(words.safety_net_urgent),
      withClinic(words.clinic_contact),
      words.about_heading,
      fill(words.about_dates, { last: g.last_reviewed, next: g.next_review }),
      fill(words.about_version, { version: g.version }),
      words.next_heading,
      words.not_covered_heading,
    ]) {
      expect(text, expected).toContain(oneLine(expected));
    }
    expect(text).toContain(clinic(undefined).phone);
    expect(text).toContain(clinic(undefined).emergency_number);
  });
}

