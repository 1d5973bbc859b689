// The guide in Firefox and WebKit, as a patient uses it: the agreed journeys of
// tests/journeys.toml to their results, each warning-sign card, Back and Forward, reload, the
// keyboard alone, a share link and a damaged one. The words come from content/ through the
// Chromium suite's support (tests/e2e/support), so a journey is written once for all engines.
import { join } from 'node:path';
import {
  clinic,
  quotedSentence,
  reasonText,
  ruleFor,
  section,
  withClinic,
  type AnswerId,
} from '../e2e/support/content';
import { JOURNEYS, answersOf, journey, label, q, UI, type Journey, type Step } from '../e2e/support/guide';
import { byText, expect, expectFragment, expectHeading, heading, screenshotDir, test } from './support/driver';

type Browser = WebdriverIO.Browser;

async function openStart(browser: Browser, baseURL: string): Promise<void> {
  await browser.url(`${baseURL}/`);
  await expectHeading(browser, UI.start_heading);
}

/** Ticks each answer by clicking its label, then Continue, and waits for the next screen. */
async function answer(browser: Browser, answers: readonly AnswerId[]): Promise<void> {
  for (const chosen of answers) {
    await (await byText(browser, 'label', label(chosen))).click();
  }
  const before = await heading(browser);
  await (await byText(browser, 'button', UI.continue_button)).click();
  await browser.waitUntil(async () => (await heading(browser)) !== before, { timeoutMsg: `still on "${before}"` });
}

async function answerAll(browser: Browser, steps: readonly Step[], shoot?: Shooter): Promise<void> {
  for (const step of steps) {
    await expectHeading(browser, q(step[0]));
    await shoot?.(`q-${step[0]}`);
    await answer(browser, answersOf([step]));
  }
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

/** What the results page shows: each matching part's title and its reasons. */
async function resultsShown(browser: Browser): Promise<{ title: string; reasons: { why: string; quote: string }[] }[]> {
  return browser.execute(() => {
    const norm = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();
    return [...document.querySelectorAll('main li h2')].map((h2) => {
      const part = h2.closest('section') ?? h2.closest('li')!;
      return {
        title: norm((h2 as HTMLElement).innerText),
        reasons: [...part.querySelectorAll('li')]
          .filter((li) => li.querySelector('blockquote'))
          .map((li) => ({
            why: norm((li.querySelector('p') as HTMLElement).innerText),
            quote: norm((li.querySelector('blockquote') as HTMLElement).innerText),
          })),
      };
    });
  });
}

async function expectResults(browser: Browser, j: Journey): Promise<void> {
  await expectHeading(browser, UI.results_heading);
  const expected = j.sections.map((s) => ({
    title: section('en', s.section).title,
    reasons: s.reasons.map((answers) => ({
      why: reasonText('en', answers),
      quote: quotedSentence('en', ruleFor(s.section, answers)),
    })),
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

/** Presses Tab until the focused element satisfies `isTarget` (its label or text), at most 40 times. */
async function tabTo(browser: Browser, text: string): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await browser.keys('Tab');
    const focused = await browser.execute(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = (el as HTMLInputElement).labels?.[0];
      return (labelled ?? el).innerText ?? '';
    });
    if (norm(focused) === norm(text)) return;
  }
  throw new Error(`Tab never reached "${text}"`);
}

async function focusedIsHeading(browser: Browser): Promise<string> {
  return browser.execute(() => {
    const el = document.activeElement as HTMLElement | null;
    return el && el.tagName === 'H1' ? el.innerText : `(focus on ${el?.tagName})`;
  });
}

test('the keyboard alone: Tab, Space and Enter through a journey, focus on each new heading', async ({ session: browser, baseURL }) => {
  const j = journey('herniated-disc');
  await openStart(browser, baseURL!);
  await tabTo(browser, UI.start_button);
  await browser.keys('Enter');
  for (const step of j.steps) {
    await expectHeading(browser, q(step[0]));
    await browser.waitUntil(async () => norm(await focusedIsHeading(browser)) === norm(q(step[0])), {
      timeoutMsg: `focus is not on the heading of ${step[0]}`,
    });
    for (const chosen of answersOf([step])) {
      await tabTo(browser, label(chosen));
      await browser.keys('Space');
    }
    await tabTo(browser, UI.continue_button);
    await browser.keys('Enter');
  }
  await expectHeading(browser, UI.check_heading);
  await tabTo(browser, UI.check_submit);
  await browser.keys('Enter');
  await expectResults(browser, j);
  expect(norm(await focusedIsHeading(browser))).toBe(norm(UI.results_heading));
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
