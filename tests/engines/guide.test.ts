// The guide in Firefox and WebKit, as a patient uses it: the agreed journeys of
// tests/journeys.toml to their results, each warning-sign card, Back and Forward, reload, the
// keyboard alone, a share link and a damaged one. The words come from content/ through the
// Chromium suite's support (tests/e2e/support), so a journey is written once for all engines.
import { join } from 'node:path';
import {
  clinic,
  optionLabel,
  question,
  questionText,
  translation,
  ui,
  withClinic,
  LANGS,
  type AnswerId,
  type Lang,
} from '../e2e/support/content';
import {
  JOURNEYS,
  answersOf,
  changeLinkName,
  expectedTopics,
  journey,
  label,
  markedSentences,
  q,
  UI,
  type Journey,
  type Step,
  type Topic,
} from '../e2e/support/guide';
import { OFFLINE_FILE, dist, fileUrl } from '../e2e/support/offline';
import { pdfLines } from '../e2e/support/pdf-text';
import { byText, expect, expectFragment, expectHeading, heading, screenshotDir, test, waitOrExplain } from './support/driver';

type Browser = WebdriverIO.Browser;

async function openStart(browser: Browser, baseURL: string): Promise<void> {
  await browser.url(`${baseURL}/`);
  await expectHeading(browser, UI.start_heading);
  // The app has taken over the prerendered start screen once its footer offers the download
  // (the prerender leaves that link out). Before then "Start now" is the prerender's plain link,
  // which works too (languages.spec.ts tests that tap); these tests start from the app.
  await byText(browser, 'footer a', UI.offline_link);
}

/** Ticks each answer by clicking its label. */
async function tick(browser: Browser, answers: readonly AnswerId[], lang: Lang = 'en'): Promise<void> {
  for (const chosen of answers) {
    await (await byText(browser, 'label', optionLabel(lang, chosen))).click();
  }
}

/** Ticks each answer, then Continue, and waits for the next screen. */
async function answer(browser: Browser, answers: readonly AnswerId[], lang: Lang = 'en'): Promise<void> {
  await tick(browser, answers, lang);
  const before = await heading(browser);
  await (await byText(browser, 'button', ui(lang).continue_button)).click();
  await browser.waitUntil(async () => (await heading(browser)) !== before, { timeoutMsg: `still on "${before}"` });
}

async function answerAll(browser: Browser, steps: readonly Step[], shoot?: Shooter, lang: Lang = 'en'): Promise<void> {
  for (const step of steps) {
    await expectHeading(browser, questionText(lang, step[0]));
    await shoot?.(`q-${step[0]}`);
    await answer(browser, answersOf([step]), lang);
  }
}

/** Which of `answers` are ticked on the page, by their labels in `lang`. */
async function ticked(browser: Browser, answers: readonly AnswerId[], lang: Lang): Promise<boolean[]> {
  const labels = answers.map((a) => optionLabel(lang, a));
  return browser.execute((wanted: string[]) => {
    const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
    const inputs = [...document.querySelectorAll('main input')] as HTMLInputElement[];
    return wanted.map((text) => inputs.some((i) => i.checked && [...(i.labels ?? [])].some((l) => norm(l.innerText) === norm(text))));
  }, labels);
}

async function startGuide(browser: Browser, baseURL: string, shoot?: Shooter): Promise<void> {
  await openStart(browser, baseURL);
  await shoot?.('start');
  await (await byText(browser, 'a', UI.start_button)).click();
  await expectHeading(browser, q('warning-signs'));
}

type Shooter = (name: string) => Promise<void>;

/** WebKit keeps a screenshot of each screen at 390 × 844, for a person to look at. */
function shooter(browser: Browser, engine: string, prefix: string): Shooter | undefined {
  if (engine !== 'webkit') return undefined;
  let n = 0;
  return async (name) => {
    n++;
    await browser.saveScreenshot(join(screenshotDir('webkit'), `${prefix}-${String(n).padStart(2, '0')}-${name}.png`));
  };
}

/**
 * What the results page shows: each related part's title, plain summary and "because" line,
 * and the sentences marked in its own words (read from the page, opened or not).
 */
async function resultsShown(browser: Browser): Promise<{ topic: Topic; marked: string[] }[]> {
  return browser.execute(() => {
    const norm = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
    const parts = [...document.querySelectorAll('main .article-part')];
    return [...document.querySelectorAll('main li.topic')].map((li) => {
      const [summary, because] = [...li.querySelectorAll('p')].map((p) => norm(p.textContent));
      const title = norm(li.querySelector('h2')?.textContent);
      const part = parts.find((d) => norm(d.querySelector('h2')?.textContent) === title);
      const marked = [...(part?.querySelectorAll('mark') ?? [])].map((m) => norm(m.textContent));
      return { topic: { title, summary, because }, marked };
    });
  });
}

async function expectResults(browser: Browser, j: Journey, lang: Lang = 'en'): Promise<void> {
  await expectHeading(browser, ui(lang).results_heading);
  const topics = expectedTopics(j.sections, lang);
  const expected = j.sections.map((shown, at) => ({
    topic: { ...topics[at], summary: norm(topics[at].summary), because: norm(topics[at].because) },
    marked: markedSentences(shown, lang).map(norm),
  }));
  expect(await resultsShown(browser)).toEqual(expected);
}

/** The text of the page's <main>. */
async function mainText(browser: Browser): Promise<string> {
  return (await (await browser.$('main')).getText()).replace(/\s+/g, ' ');
}

const norm = (text: string) => text.replace(/\s+/g, ' ').trim();

for (const j of Object.values(JOURNEYS)) {
  test(`journey to results: ${j.name}`, async ({ session: browser, baseURL, engine }) => {
    const shoot = shooter(browser, engine, j.id);
    await startGuide(browser, baseURL!, shoot);
    await answerAll(browser, j.steps, shoot);
    await expectHeading(browser, UI.check_heading);
    await shoot?.('check');
    await (await byText(browser, 'button', UI.check_submit)).click();
    await expectResults(browser, j);
    await expectFragment(browser, '#results');
    await shoot?.('results');
  });
}

test.describe('warning-sign cards', () => {
  test('emergency: the action first, the call button, the sign chosen', async ({ session: browser, baseURL, engine }) => {
    const shoot = shooter(browser, engine, 'card-emergency');
    await startGuide(browser, baseURL!);
    await answerAll(browser, [['warning-signs', ['bladder-bowel']]]);
    await expectHeading(browser, UI.card_emergency_heading);
    await expectFragment(browser, '#emergency');
    await shoot?.('card');
    const call = await byText(browser, 'main a', withClinic(UI.card_emergency_call));
    expect(await call.getAttribute('href')).toBe(`tel:${clinic(undefined).emergency_number}`);
    const text = await mainText(browser);
    expect(text).toContain(norm(withClinic(UI.card_emergency_action)));
    expect(text).toContain(norm(label('warning-signs.bladder-bowel')));
    // The results stay closed.
    await browser.url(`${baseURL}/#results`);
    await expectHeading(browser, UI.card_emergency_heading);
  });

  test('urgent: after the other warning-sign questions, the urgent line', async ({ session: browser, baseURL, engine }) => {
    const shoot = shooter(browser, engine, 'card-urgent');
    await startGuide(browser, baseURL!);
    await answerAll(browser, [
      ['warning-signs', ['fever']],
      ['history', ['none']],
      ['where', ['lower-back']],
    ]);
    await expectHeading(browser, UI.card_urgent_heading);
    await expectFragment(browser, '#urgent');
    await shoot?.('card');
    const call = await byText(browser, 'main a', withClinic(UI.card_urgent_call));
    expect(await call.getAttribute('href')).toBe(`tel:${clinic(undefined).urgent_line}`);
  });

  test('soon: its card, then on to the questions', async ({ session: browser, baseURL, engine }) => {
    const shoot = shooter(browser, engine, 'card-soon');
    await startGuide(browser, baseURL!);
    await answerAll(browser, [
      ['warning-signs', ['worse-over-time']],
      ['history', ['none']],
      ['where', ['lower-back']],
    ]);
    await expectHeading(browser, UI.card_soon_heading);
    await shoot?.('card');
    await (await byText(browser, 'button', UI.card_soon_continue)).click();
    await expectHeading(browser, q('duration'));
  });

  test('scope: pain only where the guide does not reach', async ({ session: browser, baseURL, engine }) => {
    const shoot = shooter(browser, engine, 'card-scope');
    await startGuide(browser, baseURL!);
    await answerAll(browser, [
      ['warning-signs', ['none']],
      ['history', ['none']],
      ['where', ['head']],
    ]);
    await expectHeading(browser, UI.scope_heading);
    await expectFragment(browser, '#not-covered');
    expect(await mainText(browser)).toContain(norm(UI.scope_text));
    await shoot?.('card');
  });
});

test('browser Back and Forward, and the Back link, move between the questions', async ({ session: browser, baseURL }) => {
  await startGuide(browser, baseURL!);
  await answerAll(browser, [
    ['warning-signs', ['none']],
    ['history', ['none']],
  ]);
  await expectHeading(browser, q('where'));
  await browser.back();
  await expectHeading(browser, q('history'));
  await browser.back();
  await expectHeading(browser, q('warning-signs'));
  await browser.forward();
  await expectHeading(browser, q('history'));
  await browser.forward();
  await expectHeading(browser, q('where'));
  await (await byText(browser, 'a, button', UI.back)).click();
  await expectHeading(browser, q('history'));
});

test('a reload keeps the place and the answers', async ({ session: browser, baseURL }) => {
  const j = journey('herniated-disc');
  await startGuide(browser, baseURL!);
  await answerAll(browser, j.steps.slice(0, 3));
  await expectHeading(browser, q(j.steps[3][0]));
  await browser.refresh();
  await expectHeading(browser, q(j.steps[3][0]));
  await answerAll(browser, j.steps.slice(3));
  await (await byText(browser, 'button', UI.check_submit)).click();
  await expectResults(browser, j);
  await browser.refresh();
  await expectResults(browser, j);
});

/** The focused element's text: its label's for a form field. */
async function focusedText(browser: Browser): Promise<{ text: string; type: string; checked: boolean }> {
  return browser.execute(() => {
    const el = document.activeElement as HTMLInputElement | null;
    if (!el) return { text: '', type: '', checked: false };
    const labelled = el.labels?.[0];
    return { text: ((labelled ?? el) as HTMLElement).innerText ?? '', type: el.type ?? '', checked: !!el.checked };
  });
}

/** Presses Tab until the focused element (or its label) reads `text`, at most 40 times. */
async function tabTo(browser: Browser, text: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await browser.keys('Tab');
    if (norm((await focusedText(browser)).text) === norm(text)) return;
  }
  throw new Error(`Tab never reached "${text}"`);
}

/** Chooses answers with the keyboard alone: a tick box is a Tab stop ticked with Space; a radio
 * group is one Tab stop, entered on its first answer, where the arrow keys move and choose. */
async function chooseByKeyboard(browser: Browser, questionId: string, optionIds: readonly string[]): Promise<void> {
  // Down the list, as a person goes: in the order the question shows its answers.
  const answers = question(questionId)
    .option.map((o) => o.id)
    .filter((id) => optionIds.includes(id))
    .map((o) => `${questionId}.${o}`);
  if (question(questionId).choose === 'many') {
    for (const chosen of answers) {
      await tabTo(browser, label(chosen));
      await browser.keys('Space');
      expect((await focusedText(browser)).checked, `${chosen} is ticked`).toBe(true);
    }
    return;
  }
  const first = label(`${questionId}.${question(questionId).option[0].id}`);
  await tabTo(browser, first);
  const target = label(answers[0]);
  for (let i = 0; i < question(questionId).option.length; i++) {
    const focused = await focusedText(browser);
    if (norm(focused.text) === norm(target)) {
      if (!focused.checked) await browser.keys('Space');
      expect((await focusedText(browser)).checked, `${answers[0]} is chosen`).toBe(true);
      return;
    }
    await browser.keys('ArrowDown');
  }
  throw new Error(`the arrow keys never reached "${target}"`);
}

async function focusedIsHeading(browser: Browser): Promise<string> {
  return browser.execute(() => {
    const el = document.activeElement as HTMLElement | null;
    return el && el.tagName === 'H1' ? el.innerText : `(focus on ${el?.tagName})`;
  });
}

async function expectFocusOnHeading(browser: Browser, text: string): Promise<void> {
  await expectHeading(browser, text);
  let last = '';
  await waitOrExplain(
    browser,
    async () => norm((last = await focusedIsHeading(browser))) === norm(text),
    () => `focus is not on the heading "${text}" but ${last}`,
  );
}

test('the keyboard alone: Tab, Space, the arrow keys and Enter through a journey, focus on each new heading', async ({ session: browser, baseURL }) => {
  const j = journey('herniated-disc');
  await openStart(browser, baseURL!);
  await tabTo(browser, UI.start_button);
  await browser.keys('Enter');
  for (const [questionId, optionIds] of j.steps) {
    await expectFocusOnHeading(browser, q(questionId));
    await chooseByKeyboard(browser, questionId, optionIds);
    await tabTo(browser, UI.continue_button);
    await browser.keys('Enter');
  }
  await expectFocusOnHeading(browser, UI.check_heading);
  await tabTo(browser, UI.check_submit);
  await browser.keys('Enter');
  await expectResults(browser, j);
  await expectFocusOnHeading(browser, UI.results_heading);
});

test.describe('before the app runs', () => {
  // Opening a page returns at once, so that the patient can act while it is still arriving.
  test.use({ pageLoadStrategy: 'none' });

  /** How many loading lines the page has: the prerendered markup has one, the app's render none. */
  const loadingLines = (browser: Browser) => browser.execute(() => document.querySelectorAll('.guide-loading').length);

  test('focus on Start, reached while the app’s code was still arriving, stays on Start when the app takes over, and Enter starts', async ({ session: browser, baseURL }) => {
    // nginx.rs sends /slow/… slowly: the start screen is painted long before the app's code has
    // arrived, as on a slow phone (WebDriver cannot slow the network itself).
    await browser.url(`${baseURL}/slow/`);
    await byText(browser, 'a', UI.start_button);
    await tabTo(browser, UI.start_button);
    expect(await loadingLines(browser), 'focus reached Start before the app ran').toBe(1);

    await waitOrExplain(browser, async () => (await loadingLines(browser)) === 0, () => 'the app did not take over the page', 60_000);
    const focused = await browser.execute(() => ({ tag: document.activeElement?.tagName, text: (document.activeElement as HTMLElement | null)?.innerText ?? '' }));
    expect(focused.tag, 'focus is still on a link').toBe('A');
    expect(norm(focused.text), 'focus is still on Start').toBe(norm(UI.start_button));
    await browser.keys('Enter');
    await expectFocusOnHeading(browser, q('warning-signs'));
  });
});

test('Change on "Check your answers" opens the question with its answer, and Continue comes back', async ({ session: browser, baseURL }) => {
  const j = journey('herniated-disc');
  await startGuide(browser, baseURL!);
  await answerAll(browser, j.steps);
  await expectHeading(browser, UI.check_heading);
  const changed = 'severity';
  const [, given] = j.steps.find(([id]) => id === changed)!;
  await (await byText(browser, 'main a', changeLinkName(changed))).click();
  await expectHeading(browser, q(changed));
  expect(await ticked(browser, answersOf([[changed, given]]), 'en')).toEqual([true]);
  const other = question(changed).option.find((o) => !given.includes(o.id))!.id;
  await answer(browser, [`${changed}.${other}`]);
  // Straight back to the check page (not the next question), with the new answer shown.
  await expectHeading(browser, UI.check_heading);
  const text = await mainText(browser);
  expect(text).toContain(norm(label(`${changed}.${other}`)));
  expect(text).not.toContain(norm(label(`${changed}.${given[0]}`)));
});

test('a share link opened in a new session shows the results', async ({ session: browser, baseURL }) => {
  const j = journey('herniated-disc');
  await browser.url(`${baseURL}/#share=${j.code}`);
  await expectResults(browser, j);
  await expectFragment(browser, '#results');
});

test('a damaged share link shows the damaged-link page and leads to the start', async ({ session: browser, baseURL }) => {
  await browser.url(`${baseURL}/#share=garbage`);
  await expectHeading(browser, UI.problem_link_heading);
  expect(await mainText(browser)).toContain(norm(UI.problem_link_text));
  await (await byText(browser, 'button', UI.problem_start)).click();
  await expectHeading(browser, UI.start_heading);
});

test('the downloaded file from disk: a journey with a language switch in it, to the results', async ({ session: browser }) => {
  const j = journey('herniated-disc');
  const url = fileUrl(join(dist, OFFLINE_FILE));
  await browser.url(url);
  await expectHeading(browser, UI.start_heading);
  await (await byText(browser, 'a', UI.start_button)).click();
  await answerAll(browser, j.steps.slice(0, 2));
  const [questionId, optionIds] = j.steps[2];
  await expectHeading(browser, q(questionId));
  const chosen = answersOf([[questionId, optionIds]]);
  await tick(browser, chosen);
  await browser.execute(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  // Another language: the file switches in place, the ticks kept.
  const other = 'es';
  await (await byText(browser, 'nav a', ui(other).language_name)).click();
  await expectHeading(browser, questionText(other, questionId));
  expect(await browser.execute(() => document.documentElement.lang)).toBe(other);
  expect(norm(await (await browser.$('header')).getText())).toContain(norm(translation(other).note));
  expect(await ticked(browser, chosen, other)).toEqual(chosen.map(() => true));
  expect(await browser.execute(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  expect((await browser.getUrl()).split(/[?#]/)[0]).toBe(url);

  // On to the results, in that language.
  const continueButton = await byText(browser, 'button', ui(other).continue_button);
  await continueButton.click();
  await answerAll(browser, j.steps.slice(3), undefined, other);
  await expectHeading(browser, ui(other).check_heading);
  await (await byText(browser, 'button', ui(other).check_submit)).click();
  await expectResults(browser, j, other);
});

test('embedded in a partner page on another origin, the frame follows the content’s height', async ({ session: browser, partnerURL }) => {
  const j = journey('herniated-disc');
  await browser.url(`${partnerURL}/`);
  const frame = await browser.$('iframe[title^="Relief Guide"]');
  await frame.waitForExist({ timeout: 10_000 });
  const frameHeight = () => browser.execute((f: HTMLElement) => f.getBoundingClientRect().height, frame as unknown as HTMLElement);
  /** Inside the frame: the content's height, once the frame (outside) is as tall (±2 px). */
  const fits = async (): Promise<number> => {
    let last = '';
    await waitOrExplain(
      browser,
      async () => {
        await browser.switchFrame(frame);
        const content = await browser.execute(() => {
          const root = document.querySelector('#relief-guide');
          const html = document.documentElement;
          return {
            height: root ? root.getBoundingClientRect().height : 0,
            scroll: html.scrollHeight - html.clientHeight,
          };
        });
        await browser.switchFrame(null);
        const outer = await frameHeight();
        last = `frame ${outer}, content ${content.height}, scrollable ${content.scroll}`;
        return content.height > 0 && Math.abs(outer - content.height) <= 2 && content.scroll <= 0;
      },
      () => `the frame does not fit its content: ${last}`,
    );
    return frameHeight();
  };

  // The partner's page counts a test message the frame posts it (below).
  await browser.execute(() => {
    const counted = window as unknown as { testPings: number };
    counted.testPings = 0;
    addEventListener('message', (event) => event.data === 'relief-guide-test:ping' && counted.testPings++);
  });
  // A person scrolls the partner's page to what they press in the frame. WebDriver's element
  // click scrolls only the frame's own document (Firefox and WebKit alike), so a press below
  // the partner page's fold would land nowhere: scroll the page to it first. Before that, the
  // page must have handled the guide's "new step" of the screen just drawn (it may scroll the
  // frame into view, which would move the press): the frame's messages arrive in order, so
  // once a message the frame posts now has arrived, that one has too.
  browser.overwriteCommand(
    'click',
    async function (this: WebdriverIO.Element, original: (...args: unknown[]) => Promise<unknown>, ...args: unknown[]) {
      await browser.switchFrame(null);
      const pings = () => browser.execute(() => (window as unknown as { testPings: number }).testPings);
      const before = await pings();
      await browser.switchFrame(frame);
      await browser.execute(() => parent.postMessage('relief-guide-test:ping', '*'));
      await browser.switchFrame(null);
      await waitOrExplain(browser, async () => (await pings()) > before, () => 'the partner page never got the frame’s message');
      await browser.switchFrame(frame);
      const top = await browser.execute((el: HTMLElement) => el.getBoundingClientRect().top, this as unknown as HTMLElement);
      await browser.switchFrame(null);
      await browser.execute(
        (f: HTMLElement, t: number) => window.scrollBy(0, f.getBoundingClientRect().top + t - innerHeight / 2),
        frame as unknown as HTMLElement,
        top,
      );
      await browser.switchFrame(frame);
      return original(...args);
    },
    true,
  );

  await browser.switchFrame(frame);
  await expectHeading(browser, UI.start_heading);
  await browser.switchFrame(null);
  const start = await fits();

  await browser.switchFrame(frame);
  await (await byText(browser, 'a', UI.start_button)).click();
  await answerAll(browser, j.steps);
  await (await byText(browser, 'button', UI.check_submit)).click();
  await expectResults(browser, j);
  await browser.switchFrame(null);
  const results = await fits();
  expect(results, 'the results are much taller than the start page').toBeGreaterThan(2 * start);

  await browser.switchFrame(frame);
  await (await byText(browser, 'main a', UI.change_answers)).click();
  await (await byText(browser, 'main a', changeLinkName('duration'))).click();
  await expectHeading(browser, q('duration'));
  await browser.switchFrame(null);
  const short = await fits();
  expect(short, 'a three-answer question is much shorter').toBeLessThan(results / 3);
});

for (const lang of LANGS) {
  test(`the results print (${lang}): the browser’s PDF, read back, has the sections and why, the answers and any review note, and no buttons`, async ({ session: browser, baseURL, engine }) => {
    const j = journey('herniated-disc');
    const words = ui(lang);
    await browser.url(`${baseURL}/?lang=${lang}#share=${j.code}`);
    await expectResults(browser, j, lang);
    let pdf: string;
    try {
      pdf = await browser.printPage();
    } catch (error) {
      // WebKitWebDriver has no Print Page command (WebKitGTK 2.50): say so, rather than pass.
      test.skip(engine === 'webkit', `WebKit's driver cannot print to PDF: ${String(error).split('\n')[0]}`);
      throw error;
    }
    const text = (await pdfLines(Buffer.from(pdf, 'base64'))).join(' ');
    for (const topic of expectedTopics(j.sections, lang)) {
      expect(text).toContain(norm(topic.title));
      expect(text).toContain(norm(topic.because));
    }
    expect(text).toContain(norm(words.next_heading));
    expect(text).toContain(norm(words.notice_heading));
    // Closed on screen, open on paper (print.css opens these <details>): the answers, and a
    // translation's review note (SAFETY.md H13).
    expect(text).toContain(norm(words.your_answers_heading));
    for (const answer of answersOf(j.steps)) expect(text).toContain(norm(optionLabel(lang, answer)));
    const { note } = translation(lang);
    if (note) expect(text).toContain(norm(note));
    expect(text).not.toContain(norm(words.print_button));
    expect(text).not.toContain(norm(words.share_button));
  });
}
