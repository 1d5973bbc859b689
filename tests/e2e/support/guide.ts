// Shared helpers for the browser tests: the guide's words (copied from content/en/*.toml, the
// way a patient reads them), the agreed journeys, and small steps such as "answer the current
// question with these options and Continue".
//
// Every test that imports `test` from here fails if the page logged a console error or threw
// an uncaught error (see the `problems` fixture).
import { test as base, expect, type BrowserContext, type FrameLocator, type Locator, type Page } from '@playwright/test';

export { expect };

// --- Words -----------------------------------------------------------------------------------

/** content/en/ui.toml */
export const UI = {
  appName: 'Relief Guide',
  startHeading: 'Find the parts of our pain article that fit you',
  startButton: 'Start now',
  continue: 'Continue',
  back: 'Back',
  errorSummary: 'There is a problem',
  errorChooseOne: 'Choose one answer to go on.',
  errorChooseMany: 'Choose at least one answer to go on.',
  checkHeading: 'Check your answers',
  checkSubmit: 'See my results',
  resultsHeading: 'Parts of the article that fit your answers',
  why: 'Why you are seeing this',
  reasonArticle: 'The article says:',
  others: 'Other parts of the article',
  noticeHeading: 'This is education, not a diagnosis',
  noticeText:
    'This guide shares general information from our clinic’s article. It cannot tell what causes your pain or which treatment is right for you. Only a doctor who examines you can do that.',
  nextHeading: 'What to do next',
  nextText:
    'Talk to a pain management specialist about your pain. You can take these results with you to help you ask questions.',
  yourAnswers: 'Your answers',
  shareButton: 'Copy a link to these results',
  shareCopied:
    'Link copied. Anyone with this link can see your answers, so only share it with people you trust.',
  shareManual: 'Copy this link. Anyone with it can see your answers.',
  startAgain: 'Start again',
  changeAnswers: 'Change your answers',
  urgentHeading: 'Get medical help now',
  urgentWhy: 'You told us:',
  urgentMistake: 'I chose this by mistake',
  problemLinkHeading: 'This link did not work',
  problemLinkText:
    'The link may be cut short, or changed by mistake. We have not loaded any answers from it.',
  answerAgainHeading: 'Please answer some questions again',
  answerAgainText:
    'This link was made with an older version of this guide, and some questions have changed since then. We kept your other answers. Please answer these again:',
  problemPageHeading: 'We could not find that page',
  problemPageText: 'The address may be wrong or out of date.',
  problemStart: 'Go to the start of the guide',
  problemResume: 'Go back to your answers',
} as const;

/** content/en/questions.toml: each question as shown in its <h1>, and its short name. */
export const Q = {
  warningSigns: 'Do you have any of these problems right now?',
  where: 'Where do you feel the pain?',
  duration: 'How long have you had this pain?',
  feel: 'How does the pain feel?',
  severity: 'How bad is the pain on most days?',
  diagnoses: 'Has a doctor told you that you have any of these?',
  treatments: 'Which of these have you tried for this pain?',
  treatmentResult: 'Did these treatments ease your pain?',
} as const;

/** The short names on "Check your answers", in question order. */
export const SHORT = {
  warningSigns: 'Warning signs',
  where: 'Where it hurts',
  duration: 'How long',
  feel: 'How it feels',
  severity: 'How bad',
  diagnoses: 'What a doctor said',
  treatments: 'Treatments tried',
  treatmentResult: 'Did they help',
} as const;

/** Answer options, as labelled on screen. */
export const A = {
  bladderBowel: 'You have lost control of your bladder or bowels, and this is new',
  fever: 'A fever as well as back pain',
  noWarningSigns: 'None of these',
  lowerBack: 'Lower back',
  neck: 'Neck or upper back',
  leg: 'Pain that spreads down one or both legs',
  under3Months: 'Less than 3 months',
  threeTo12Months: '3 to 12 months',
  overAYear: 'More than a year',
  dullAche: 'A dull ache',
  sharp: 'Sharp or stabbing',
  burning: 'Burning',
  mild: 'Mild: I notice it, but I can do most things',
  moderate: 'Moderate: it gets in the way of some things',
  severe: 'Severe: it stops me doing everyday things',
  facetJoint: 'Facet joint pain (pain from the small joints of the spine)',
  sacroiliacJoint: 'Sacroiliac joint pain (where the spine meets the pelvis)',
  herniatedDisc: 'Herniated disc (also called a slipped or bulging disc)',
  noDiagnosis: 'None of these, or I am not sure',
  medicine: 'Pain medicine',
  physicalTherapy: 'Physical therapy or exercises from a therapist',
  injections: 'Injections for pain',
  backSurgery: 'Surgery on your back or neck',
  noTreatment: 'None of these yet',
  helpedALittle: 'They helped a little',
  notHelped: 'No, the pain is still there',
} as const;

/** content/en/article.toml: every section in article order, with words from its text. */
export const SECTIONS = [
  {
    title: 'Targeted Relief: How Interventional Procedures Can Alleviate Persistent Pain',
    opening: 'Persistent pain can have a profound impact on daily life',
  },
  { title: 'Understanding Persistent Pain', opening: 'Persistent pain, also known as chronic pain, is defined' },
  { title: 'The Role of Interventional Procedures', opening: 'Interventional procedures are minimally invasive techniques' },
  { title: 'Nerve Blocks', opening: 'Nerve blocks involve the injection of medication' },
  { title: 'Epidural Steroid Injections', opening: 'Epidural steroid injections deliver corticosteroids' },
  { title: 'Radiofrequency Ablation', opening: 'Radiofrequency ablation uses heat generated by radiofrequency energy' },
  { title: 'Spinal Cord Stimulation', opening: 'Spinal cord stimulation involves the implantation of a device' },
  { title: 'Intrathecal Drug Delivery', opening: 'Intrathecal drug delivery involves the implantation of a pump' },
  { title: 'Benefits of Interventional Procedures', opening: 'Interventional procedures target the source of pain directly' },
  {
    title: 'Conclusion: Finding Relief with Interventional Procedures',
    opening: 'In conclusion, interventional procedures offer a targeted approach',
  },
] as const;

export const SECTION_TITLES: readonly string[] = SECTIONS.map((s) => s.title);

/** Article sentences that rules quote as evidence ("The article says: …"). */
export const QUOTE = {
  epidural:
    'These injections are commonly used to treat conditions such as herniated discs, spinal stenosis, or radiculopathy.',
  nerveBlocks:
    'Nerve blocks can provide temporary or long-term relief for conditions such as sciatica, neuropathy, or facet joint pain.',
  ablation:
    'This procedure is often used to treat chronic pain conditions involving the facet joints, sacroiliac joints, or peripheral nerves.',
  stimulation:
    'This technique is particularly effective for individuals with neuropathic pain or failed back surgery syndrome.',
  intrathecal: 'This approach is often used for severe, refractory pain that does not respond to other treatments.',
  duration:
    'Persistent pain, also known as chronic pain, is defined as pain that lasts for an extended period, typically longer than three months.',
  feel: 'Chronic pain may manifest in different forms, including dull aches, sharp stabbing pains, or burning sensations, and can significantly impact quality of life.',
  conclusion:
    'If you’re struggling with persistent pain that has not responded to traditional treatments, consider consulting with a pain management specialist to explore the potential benefits of interventional procedures for your unique needs.',
} as const;

export const doctorSaid = (answer: string) => `You told us a doctor said you have: ${answer}.`;
export const youToldUs = (...answers: string[]) => `You told us: ${answers.join('; ')}.`;

// --- Journeys (the orders are defined by the engine tests in tests/engine.rs) ------------------

/** One question page: its <h1> and the options to choose on it. */
export type Step = readonly [question: string, answers: readonly string[]];

export interface Reason {
  answer: string;
  quote: string;
}

export interface ExpectedSection {
  title: string;
  /** "Why you are seeing this", strongest reason first. */
  reasons: Reason[];
}

export interface Journey {
  name: string;
  steps: Step[];
  /** The share code the answers encode to (codec version 1). */
  code: string;
  sections: ExpectedSection[];
}

const CALM: Step = [Q.warningSigns, [A.noWarningSigns]];

export const JOURNEYS = {
  herniatedDisc: {
    name: 'leg pain with a herniated disc',
    steps: [
      CALM,
      [Q.where, [A.leg, A.lowerBack]],
      [Q.duration, [A.overAYear]],
      [Q.feel, [A.sharp]],
      [Q.severity, [A.moderate]],
      [Q.diagnoses, [A.herniatedDisc]],
      [Q.treatments, [A.medicine]],
      [Q.treatmentResult, [A.helpedALittle]],
    ],
    code: '1~w.n~p.lb.lg~d.y1~f.ss~s.mo~dx.hd~t.md~r.sm',
    sections: [
      { title: 'Epidural Steroid Injections', reasons: [{ answer: doctorSaid(A.herniatedDisc), quote: QUOTE.epidural }] },
      { title: 'Nerve Blocks', reasons: [{ answer: youToldUs(A.leg), quote: QUOTE.nerveBlocks }] },
      {
        title: 'Understanding Persistent Pain',
        reasons: [
          { answer: youToldUs(A.overAYear), quote: QUOTE.duration },
          { answer: youToldUs(A.sharp), quote: QUOTE.feel },
        ],
      },
    ],
  },
  afterBackSurgery: {
    name: 'burning pain that surgery did not help',
    steps: [
      CALM,
      [Q.where, [A.lowerBack]],
      [Q.duration, [A.overAYear]],
      [Q.feel, [A.burning]],
      [Q.severity, [A.moderate]],
      [Q.diagnoses, [A.noDiagnosis]],
      [Q.treatments, [A.backSurgery]],
      [Q.treatmentResult, [A.notHelped]],
    ],
    code: '1~w.n~p.lb~d.y1~f.bu~s.mo~dx.n~t.bs~r.no',
    sections: [
      {
        title: 'Spinal Cord Stimulation',
        reasons: [{ answer: youToldUs(A.backSurgery, A.notHelped), quote: QUOTE.stimulation }],
      },
      {
        title: 'Understanding Persistent Pain',
        reasons: [
          { answer: youToldUs(A.overAYear), quote: QUOTE.duration },
          { answer: youToldUs(A.burning), quote: QUOTE.feel },
        ],
      },
      {
        title: 'Conclusion: Finding Relief with Interventional Procedures',
        reasons: [{ answer: youToldUs(A.notHelped), quote: QUOTE.conclusion }],
      },
    ],
  },
  jointPain: {
    name: 'facet and sacroiliac joint pain, no treatment yet',
    steps: [
      CALM,
      [Q.where, [A.lowerBack]],
      [Q.duration, [A.threeTo12Months]],
      [Q.feel, [A.dullAche]],
      [Q.severity, [A.moderate]],
      [Q.diagnoses, [A.facetJoint, A.sacroiliacJoint]],
      [Q.treatments, [A.noTreatment]],
    ],
    code: '1~w.n~p.lb~d.m3~f.da~s.mo~dx.fj.sj~t.n',
    sections: [
      {
        title: 'Radiofrequency Ablation',
        reasons: [
          { answer: doctorSaid(A.facetJoint), quote: QUOTE.ablation },
          { answer: doctorSaid(A.sacroiliacJoint), quote: QUOTE.ablation },
        ],
      },
      { title: 'Nerve Blocks', reasons: [{ answer: doctorSaid(A.facetJoint), quote: QUOTE.nerveBlocks }] },
      {
        title: 'Understanding Persistent Pain',
        reasons: [
          { answer: youToldUs(A.threeTo12Months), quote: QUOTE.duration },
          { answer: youToldUs(A.dullAche), quote: QUOTE.feel },
        ],
      },
    ],
  },
  severeNothingHelped: {
    name: 'severe pain that no treatment helped',
    steps: [
      CALM,
      [Q.where, [A.lowerBack]],
      [Q.duration, [A.overAYear]],
      [Q.feel, [A.burning]],
      [Q.severity, [A.severe]],
      [Q.diagnoses, [A.noDiagnosis]],
      [Q.treatments, [A.medicine, A.physicalTherapy, A.injections]],
      [Q.treatmentResult, [A.notHelped]],
    ],
    code: '1~w.n~p.lb~d.y1~f.bu~s.sv~dx.n~t.md.pt.ij~r.no',
    sections: [
      {
        title: 'Intrathecal Drug Delivery',
        reasons: [{ answer: youToldUs(A.severe, A.notHelped), quote: QUOTE.intrathecal }],
      },
      {
        title: 'Understanding Persistent Pain',
        reasons: [
          { answer: youToldUs(A.overAYear), quote: QUOTE.duration },
          { answer: youToldUs(A.burning), quote: QUOTE.feel },
        ],
      },
      {
        title: 'Conclusion: Finding Relief with Interventional Procedures',
        reasons: [{ answer: youToldUs(A.notHelped), quote: QUOTE.conclusion }],
      },
    ],
  },
} satisfies Record<string, Journey>;

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
  await expect(pageHeading(page)).toHaveText(UI.startHeading);
}

/** Opens the start page and presses "Start now". */
export async function startGuide(page: Page): Promise<void> {
  await openStart(page);
  await page.getByRole('button', { name: UI.startButton }).click();
  await expect(pageHeading(page)).toHaveText(Q.warningSigns);
}

/** The tick box or radio button labelled `label` on the current question page. */
export function option(page: Guide, label: string): Locator {
  return page.getByLabel(label, { exact: true });
}

/**
 * Answers the current question: ticks these options, presses Continue and waits for the next
 * screen. With no labels, it continues with whatever is already ticked.
 */
export async function answer(page: Page, labels: readonly string[]): Promise<void> {
  for (const label of labels) {
    await option(page, label).check();
  }
  const before = page.url();
  await page.getByRole('button', { name: UI.continue }).click();
  await expect(page).not.toHaveURL(before);
}

/** Answers each step's question, checking first that it is the question on screen. */
export async function answerAll(page: Page, steps: readonly Step[]): Promise<void> {
  for (const [question, labels] of steps) {
    await expect(pageHeading(page)).toHaveText(question);
    await answer(page, labels);
  }
}

/** From the start page through every step to "Check your answers". */
export async function reachCheck(page: Page, journey: Journey): Promise<void> {
  await startGuide(page);
  await answerAll(page, journey.steps);
  await expect(pageHeading(page)).toHaveText(UI.checkHeading);
}

/** From the start page to the results of `journey`, answering every question. */
export async function reachResults(page: Page, journey: Journey): Promise<void> {
  await reachCheck(page, journey);
  await page.getByRole('button', { name: UI.checkSubmit }).click();
  await expect(pageHeading(page)).toHaveText(UI.resultsHeading);
}

// --- The results page -----------------------------------------------------------------------

/** The ordered list of matching parts: the only list on the page whose items are regions. */
export function resultsList(page: Guide): Locator {
  return page.getByRole('main').getByRole('list').filter({ has: page.getByRole('region') });
}

/** The "Why you are seeing this" reasons of one matching part (each quotes the article). */
export function reasonsOf(page: Guide, title: string): Locator {
  return resultsList(page)
    .getByRole('region', { name: title, exact: true })
    .getByRole('listitem')
    .filter({ has: page.getByRole('blockquote') });
}

export function othersRegion(page: Guide): Locator {
  return page.getByRole('region', { name: UI.others, exact: true });
}

/**
 * One part under "Other parts of the article": a <details> group. Playwright's role engine
 * gives the group no name from its <summary>, so it is found by the summary's text.
 */
export function otherPart(page: Guide, title: string): Locator {
  return othersRegion(page)
    .getByRole('group')
    .filter({ has: page.getByText(title, { exact: true }) });
}

/** "Other parts of the article" lists exactly `titles`, in that order. */
export async function expectOtherParts(page: Guide, titles: readonly string[]): Promise<void> {
  const parts = othersRegion(page).getByRole('group');
  await expect(parts).toHaveCount(titles.length);
  for (const [index, title] of titles.entries()) {
    await expect(parts.nth(index).getByText(title, { exact: true })).toBeVisible();
  }
}

/**
 * The results page shows exactly `sections`, in that order, each with its reasons; every
 * other part of the article is under "Other parts of the article", in article order; and
 * the notice and the next step are there.
 */
export async function expectResults(page: Guide, sections: readonly ExpectedSection[]): Promise<void> {
  await expect(pageHeading(page)).toHaveText(UI.resultsHeading);
  const titles = sections.map((s) => s.title);
  // The <h2> of each matching part, in order, and nothing else.
  await expect(resultsList(page)).toHaveCount(1);
  await expect(resultsList(page).getByRole('heading', { level: 2 })).toHaveText(titles);

  for (const section of sections) {
    const region = resultsList(page).getByRole('region', { name: section.title, exact: true });
    await expect(region.getByRole('heading', { level: 3 })).toHaveText([UI.why]);
    const reasons = reasonsOf(page, section.title);
    await expect(reasons).toHaveCount(section.reasons.length);
    for (const [index, reason] of section.reasons.entries()) {
      const item = reasons.nth(index);
      await expect(item.getByRole('paragraph').first()).toHaveText(reason.answer);
      await expect(item.getByText(UI.reasonArticle, { exact: true })).toBeVisible();
      await expect(item.getByRole('blockquote')).toHaveText(reason.quote);
    }
  }

  // Nothing is hidden: the other parts are every section not shown above, in article order.
  const others = SECTION_TITLES.filter((t) => !titles.includes(t));
  await expectOtherParts(page, others);
  expect(titles.length + others.length).toBe(SECTION_TITLES.length);

  await expect(page.getByRole('note', { name: UI.noticeHeading })).toContainText(UI.noticeText);
  await expect(page.getByRole('region', { name: UI.nextHeading })).toContainText('pain management specialist');
}

// --- "Check your answers" ---------------------------------------------------------------------

/**
 * The summary list in `scope`: each question's short name and the answers shown for it.
 * The answer cells are the <dd>s without a Change link.
 */
export async function expectAnswerRows(scope: Locator, rows: ReadonlyArray<readonly [string, readonly string[]]>): Promise<void> {
  await expect(scope.getByRole('term')).toHaveText(rows.map(([key]) => key));
  const values = scope.getByRole('definition').filter({ hasNot: scope.page().getByRole('link') });
  await expect(values).toHaveCount(rows.length);
  for (const [index, [, answers]] of rows.entries()) {
    await expect(values.nth(index).getByRole('listitem')).toHaveText([...answers]);
  }
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
