// Shared helpers for the browser tests: the guide's words (read from content/, see
// content.ts), the agreed journeys (tests/journeys.toml), and small steps such as "answer the
// current question with these options and Continue". Questions, options and sections are named
// by their ids, so a clinic editor's change to the words in content/ changes no test.
//
// Every test that imports `test` from here fails if the page logged a console error or threw
// an uncaught error (see the `problems` fixture).
import { test as base, expect, type BrowserContext, type CDPSession, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';
import {
  type AnswerId,
  type Lang,
  evidence,
  fill,
  note,
  optionLabel,
  question,
  questionIds,
  questionText,
  quotedSentence,
  becauseText,
  ruleFor,
  section,
  sectionTitles,
  sentences,
  shortName,
  ui,
  withClinic,
} from './content';

export { expect };

// --- Words (English; content.ts has every language) ------------------------------------------

/** content/en/ui.toml [ui], by its keys: UI.start_button. */
export const UI = ui('en');

/** A question as its page's <h1> shows it: q('duration'). */
export const q = (questionId: string): string => questionText('en', questionId);

/** A question's short name on "Check your answers". */
export const short = (questionId: string): string => shortName('en', questionId);

/** An answer option's label: label('where.leg'). */
export const label = (answer: AnswerId): string => optionLabel('en', answer);

/** The English article's section titles, in order. */
export const SECTION_TITLES: readonly string[] = sectionTitles('en');

/** The first sentence of a section (or of its first item), shown once it is opened. */
export function opening(lang: Lang, sectionId: string): string {
  const { text, item } = section(lang, sectionId);
  return sentences(text)[0] ?? sentences(item[0].text)[0];
}

// --- Journeys (tests/journeys.toml; the orders are defined by tests/engine.rs) -----------------

/** One question page: its id and the ids of the options to choose on it. */
export type Step = readonly [questionId: string, optionIds: readonly string[]];

export interface ExpectedSection {
  /** A section id of content/<lang>/article.toml. */
  section: string;
  /** "Why you are seeing this", strongest reason first: the answers behind each reason. */
  reasons: AnswerId[][];
}

export interface Journey {
  id: string;
  name: string;
  steps: Step[];
  /** The share code the answers encode to (codec version 1). */
  code: string;
  sections: ExpectedSection[];
}

interface JourneyToml {
  journey: { id: string; name: string; steps: [string, string[]][]; code: string; result: ExpectedSection[] }[];
}

const journeysToml = parse(
  readFileSync(join(__dirname, '..', '..', 'journeys.toml'), 'utf8'),
) as unknown as JourneyToml;

/** The agreed journeys of tests/journeys.toml, by id. */
export const JOURNEYS: Readonly<Record<string, Journey>> = Object.fromEntries(
  journeysToml.journey.map((j) => [
    j.id,
    { id: j.id, name: j.name, steps: j.steps, code: j.code, sections: j.result.map((r) => ({ ...r })) },
  ]),
);

/** One journey of tests/journeys.toml; a missing id fails loudly. */
export function journey(id: string): Journey {
  const found = JOURNEYS[id];
  if (!found) throw new Error(`tests/journeys.toml has no journey "${id}"`);
  return found;
}

/** The answers a list of steps gives, as "question-id.option-id". */
export function answersOf(steps: readonly Step[]): AnswerId[] {
  return steps.flatMap(([questionId, optionIds]) => optionIds.map((o) => `${questionId}.${o}`));
}

// --- Console errors and uncaught page errors ----------------------------------------------------

/** Records console errors and uncaught exceptions of `page` into `problems`. */
export function watch(page: Page, problems: string[]): void {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Nothing is ignored: not even a 404 for /favicon.ico (index.html declares an empty icon
    // precisely so that browsers do not ask for one).
    problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught page error: ${error.message}`));
}

export const test = base.extend<{ problems: string[] }>({
  // Every page a test opens (the default one, and any passed to `watch`) must stay clean.
  problems: async ({}, use) => {
    const problems: string[] = [];
    await use(problems);
    expect(problems, 'console errors or uncaught page errors').toEqual([]);
  },
  page: async ({ page, problems }, use) => {
    watch(page, problems);
    await use(page);
  },
});

// --- Steps -------------------------------------------------------------------------------------

/** Where the guide is: the page itself, or a partner's frame that embeds it (embed.spec.ts). */
export type Guide = Page | FrameLocator;

export function pageHeading(page: Guide): Locator {
  return page.getByRole('heading', { level: 1 });
}

/** Opens the start page (the address with no fragment) and waits for the app to render it. */
export async function openStart(page: Page): Promise<void> {
  await page.goto('/');
  await expect(pageHeading(page)).toHaveText(UI.start_heading);
}

/** Opens the start page and presses "Start now". */
export async function startGuide(page: Page): Promise<void> {
  await openStart(page);
  await page.getByRole('link', { name: UI.start_button }).click();
  await expect(pageHeading(page)).toHaveText(q(firstQuestion()));
}

/** The first question the guide asks. */
export function firstQuestion(): string {
  return questionIds()[0];
}

/** The tick box or radio button of `answer` ("question-id.option-id") on the current page. */
export function option(page: Guide, answer: AnswerId, lang: Lang = 'en'): Locator {
  return page.getByLabel(optionLabel(lang, answer), { exact: true });
}

/**
 * Answers the current question: ticks these answers ("question-id.option-id"), presses
 * Continue and waits for the next screen. With none, it continues with whatever is ticked.
 */
export async function answer(page: Page, answers: readonly AnswerId[], lang: Lang = 'en'): Promise<void> {
  for (const chosen of answers) {
    await option(page, chosen, lang).check();
  }
  const before = page.url();
  await page.getByRole('button', { name: ui(lang).continue_button }).click();
  await expect(page).not.toHaveURL(before);
}

/** Answers each step's question, checking first that it is the question on screen. */
export async function answerAll(page: Page, steps: readonly Step[], lang: Lang = 'en'): Promise<void> {
  for (const step of steps) {
    await expect(pageHeading(page)).toHaveText(questionText(lang, step[0]));
    await answer(page, answersOf([step]), lang);
  }
}

/** From the start page through every step to "Check your answers". */
export async function reachCheck(page: Page, journey: Journey): Promise<void> {
  await startGuide(page);
  await answerAll(page, journey.steps);
  await expect(pageHeading(page)).toHaveText(UI.check_heading);
}

/** From the start page to the results of `journey`, answering every question. */
export async function reachResults(page: Page, journey: Journey): Promise<void> {
  await reachCheck(page, journey);
  await page.getByRole('button', { name: UI.check_submit }).click();
  await expect(pageHeading(page)).toHaveText(UI.results_heading);
}

// --- The results page -----------------------------------------------------------------------

/** The list of related parts, each in plain words: the list named by the page's heading. */
export function resultsList(page: Guide, lang: Lang = 'en'): Locator {
  return page.getByRole('main').getByRole('list', { name: ui(lang).results_heading, exact: true });
}

/**
 * "What the article says": one <details> group holding each related part's own words, found by
 * its summary's text (Playwright's role engine gives the group no name from its <summary>).
 */
export function articleWordsRegion(page: Guide, lang: Lang = 'en'): Locator {
  return page
    .getByRole('main')
    .getByRole('group')
    .filter({ has: page.getByText(ui(lang).article_words_heading, { exact: true }) });
}

/** One related part's own words under "What the article says": its heading and text. */
export function articlePart(page: Guide, title: string, lang: Lang = 'en'): Locator {
  return articleWordsRegion(page, lang)
    .locator('.article-part')
    .filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true, includeHidden: true }) });
}

/**
 * "Other parts of the article": one <details> group holding the rest of the article. Playwright's
 * role engine gives the group no name from its <summary>, so it is found by the summary's text.
 */
export function othersRegion(page: Guide, lang: Lang = 'en'): Locator {
  return page
    .getByRole('main')
    .getByRole('group')
    .filter({ has: page.getByText(ui(lang).others_heading, { exact: true }) });
}

/** "Other parts of the article" holds exactly the parts titled `titles`, in that order. */
export async function expectOtherParts(page: Guide, titles: readonly string[], lang: Lang = 'en'): Promise<void> {
  const region = othersRegion(page, lang);
  await expect(region).toHaveCount(1);
  // Closed until the patient opens it: its headings are in the page, not yet shown.
  await expect(region.getByRole('heading', { level: 2, includeHidden: true })).toHaveText(titles);
}

/** A related part as the results' summary shows it: its title, plain summary and "because" line. */
export interface Topic {
  title: string;
  summary: string;
  because: string;
}

/**
 * The results' summary for `sections`, in order. The same answers behind a second part are said
 * once, then pointed to ("the same answers as …"). One source for every engine's suite.
 */
export function expectedTopics(sections: readonly ExpectedSection[], lang: Lang = 'en'): Topic[] {
  const titles = sections.map((s) => section(lang, s.section).title);
  const reasons = sections.map((shown) => becauseText(lang, shown.reasons));
  return sections.map((shown, at) => {
    const first = reasons.indexOf(reasons[at]);
    return {
      title: titles[at],
      summary: section(lang, shown.section).summary,
      because: first < at ? fill(ui(lang).because_same, { part: titles[first] }) : reasons[at],
    };
  });
}

/**
 * The results page shows exactly `sections`, in that order, each with its plain summary and
 * the answers it relates to; each one's own words one tap away, with the sentence behind each
 * reason marked (not quoted again); every other part of the article under "Other parts of the
 * article", in article order; and the notice, the next step and the safety-netting.
 */
export async function expectResults(page: Guide, sections: readonly ExpectedSection[], lang: Lang = 'en'): Promise<void> {
  const words = ui(lang);
  await expect(pageHeading(page)).toHaveText(words.results_heading);
  const expected = expectedTopics(sections, lang);
  const titles = expected.map((topic) => topic.title);
  // The <h2> of each related part, in order, and nothing else.
  await expect(resultsList(page, lang)).toHaveCount(1);
  await expect(resultsList(page, lang).getByRole('heading', { level: 2 })).toHaveText(titles);
  const topics = resultsList(page, lang).getByRole('listitem');
  await expect(topics).toHaveCount(sections.length);
  for (const [at, topic] of expected.entries()) {
    await expect(topics.nth(at).getByRole('paragraph')).toHaveText([topic.summary, topic.because]);
  }

  // Each part's own words, closed until one tap opens them all, with each reason's sentence
  // marked.
  const article = articleWordsRegion(page, lang);
  await expect(article.locator('mark').first()).toBeHidden();
  await article.getByText(words.article_words_heading, { exact: true }).click();
  await expect(article.getByRole('heading', { level: 2 })).toHaveText(titles);
  for (const [at, shown] of sections.entries()) {
    const marks = articlePart(page, titles[at], lang).locator('mark');
    await expect(marks).toHaveText(markedSentences(shown, lang));
    if (lang === 'en') {
      for (const answers of shown.reasons) await expect(marks).toContainText([ruleFor(shown.section, answers).evidence]);
    }
  }
  await article.getByText(words.article_words_heading, { exact: true }).click();

  // Nothing is hidden: the other parts are every section not shown above, in article order.
  const all = sectionTitles(lang);
  const others = all.filter((t) => !titles.includes(t));
  await expectOtherParts(page, others, lang);
  expect(titles.length + others.length).toBe(all.length);

  await expect(page.getByRole('note', { name: words.notice_heading })).toContainText(words.notice_text);
  // Every agreed journey has tried treatment that did not help a lot, for more than 3 months.
  await expect(page.getByRole('region', { name: words.next_heading })).toContainText(note(lang, 'next-specialist'));
  // Safety-netting: what to do, and the signs to act on, if a warning sign appears later.
  const safetyNet = page.getByRole('region', { name: words.safety_net_heading });
  await expect(safetyNet).toContainText(withClinic(words.safety_net_emergency));
  await expect(safetyNet.getByRole('listitem')).toHaveText(lines(words.safety_net_signs));
  await expect(safetyNet).toContainText(withClinic(words.safety_net_urgent));
  // What the article does not cover (risks, side effects, other options), with the questions
  // to ask a specialist.
  const notCovered = page.getByRole('region', { name: words.not_covered_heading });
  await expect(notCovered).toContainText(words.not_covered_text);
  await expect(notCovered.getByText(words.ask_heading, { exact: true })).toBeVisible();
  await expect(notCovered.getByRole('listitem', { includeHidden: true })).toHaveText(lines(words.ask_questions));
}

/**
 * The sentences marked in a related part's own words: the one behind each reason, once each, in
 * the order the section has them.
 */
export function markedSentences(shown: ExpectedSection, lang: Lang = 'en'): string[] {
  const wanted = shown.reasons.map((answers) => {
    const rule = ruleFor(shown.section, answers);
    // The rule's evidence words are the English article's; a translation marks the sentence in
    // the same place.
    expect(evidence(shown.section)).toContain(rule.evidence);
    return quotedSentence(lang, rule);
  });
  return sentences(section(lang, shown.section).text).filter((s) => wanted.includes(s));
}

/** The lines of a multi-line entry of ui.toml ("one sign per line"), without blank ones. */
function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

// --- "Check your answers" ---------------------------------------------------------------------

/**
 * The summary list in `scope` shows these steps: each question's short name and its answers,
 * in the order the question lists its options (whatever order they were ticked in). The
 * answer cells are the <dd>s without a Change link.
 */
export async function expectAnswerRows(scope: Locator, steps: readonly Step[], lang: Lang = 'en'): Promise<void> {
  await expect(scope.getByRole('term')).toHaveText(steps.map(([questionId]) => shortName(lang, questionId)));
  const values = scope.getByRole('definition').filter({ hasNot: scope.page().getByRole('link') });
  await expect(values).toHaveCount(steps.length);
  for (const [index, [questionId, optionIds]] of steps.entries()) {
    const inOrder = question(questionId)
      .option.map((o) => o.id)
      .filter((id) => optionIds.includes(id));
    await expect(values.nth(index).getByRole('listitem')).toHaveText(inOrder.map((o) => optionLabel(lang, `${questionId}.${o}`)));
  }
}

/** The accessible name of a Change link on "Check your answers" ("Change How long"). */
export function changeLinkName(questionId: string, lang: Lang = 'en'): string {
  return `${ui(lang).check_change} ${shortName(lang, questionId)}`;
}

// --- Storage, focus, keyboard -----------------------------------------------------------------

export const STORAGE_KEY = 'relief-guide:answers';

export async function sessionStorageEntries(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => Object.fromEntries(Object.entries(sessionStorage)));
}

/** Focus is on the page's <h1> (id "page-heading"), whose text is `text`. */
export async function expectHeadingFocused(page: Page, text: string): Promise<void> {
  const heading = pageHeading(page);
  await expect(heading).toHaveText(text);
  await expect(heading).toBeFocused();
  expect(await page.evaluate(() => [document.activeElement?.tagName, document.activeElement?.id])).toEqual([
    'H1',
    'page-heading',
  ]);
}

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((element) => element === document.activeElement);
}

/**
 * A slow phone, through the Chrome DevTools Protocol, for the tests of what happens before the
 * app runs: 150 ms latency, 20 KB/s down (less than a slow phone's 1.6 Mbit/s, so the page's code
 * takes over four seconds to arrive whatever the machine; at 40 KB/s a loaded machine painted
 * the Start link only after the whole page had arrived), the CPU slowed 4×. Frames of the
 * partner's page share it. `fullSpeed(cdp)` gives the CPU its speed back.
 */
export async function slowPhone(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 20_000, uploadThroughput: 90_000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  return cdp;
}

export async function fullSpeed(cdp: CDPSession): Promise<void> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
}

/**
 * Presses `key` (Tab or Shift+Tab) until `target` has focus; fails after `max` presses.
 * Returns how many presses it took.
 */
export async function pressUntilFocused(page: Page, key: 'Tab' | 'Shift+Tab', target: Locator, max = 20): Promise<number> {
  await expect(target).toBeAttached();
  for (let presses = 0; presses <= max; presses++) {
    if (await isFocused(target)) return presses;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} ×${max} never reached ${target}`);
}

/**
 * Makes the browser refuse clipboard writes for this context (as after a patient says "Block"
 * to the permission prompt), through the Chrome DevTools Protocol.
 */
export async function denyClipboard(context: BrowserContext, page: Page, origin: string): Promise<void> {
  const pageSession = await context.newCDPSession(page);
  const { targetInfo } = await pageSession.send('Target.getTargetInfo');
  const browserSession = await context.browser()!.newBrowserCDPSession();
  for (const name of ['clipboard-write', 'clipboard-read']) {
    await browserSession.send('Browser.setPermission', {
      permission: { name },
      setting: 'denied',
      origin,
      browserContextId: targetInfo.browserContextId,
    });
  }
  // Chromium drops the override when the session that set it detaches: both stay attached
  // until the context closes.
}
