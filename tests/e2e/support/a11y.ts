// Shared by the accessibility, language, reflow and print specs: the guide's screens in each
// language, how to open each one as a patient would arrive at it, and checks on what is on it.
import { expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { type Lang, LANGS, governance, questionIds, questionText, ui } from './content';
import { journey } from './guide';

export { type Lang, LANGS };

/** The WCAG 2.0, 2.1 and 2.2 level A and AA rules of axe-core. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Answers that end at the results: back and leg pain for over a year, sharp, moderate, a
 * herniated disc, medicine that helped a little (share-link code, see engine/codec.rs).
 */
export const RESULTS_ANSWERS = journey('herniated-disc').code;
/** New loss of bladder or bowel control: an emergency sign, so the emergency card at once. */
export const EMERGENCY_ANSWERS = '1~w.bb';
/** A high temperature, no history, lower-back pain: the urgent card once the warning-sign questions are done. */
export const URGENT_ANSWERS = '1~w.fv~h.nn~p.lb';
/**
 * Pain that has got worse over time, no history, lower-back pain: a sign that needs a doctor
 * soon; the soon card is offered at its address (`#soon`) once the warning-sign questions are done.
 */
export const SOON_ANSWERS = '1~w.pw~h.nn~p.lb';
/** Pain only in the head: a place the guide does not cover, so the scope card. */
export const NOT_COVERED_ANSWERS = '1~w.n~h.nn~p.hd';
/** Neck pain, no warning sign so far: the neck's own warning-sign question is next. */
export const NECK_ANSWERS = '1~w.n~h.nn~p.nk';

/** Question ids in the order the guide asks them (content/questions.toml). */
export const QUESTION_IDS: readonly string[] = questionIds();

type ScreenHeading =
  | 'start'
  | 'check'
  | 'results'
  | 'emergency'
  | 'urgent'
  | 'soon'
  | 'notCovered'
  | 'damagedLink'
  | 'unknownPage';

/** The heading of each screen in `lang`, and of each question by its id, from content/<lang>/. */
export function headings(lang: Lang): Record<ScreenHeading, string> & Record<string, string> {
  const words = ui(lang);
  return {
    ...Object.fromEntries(QUESTION_IDS.map((id) => [id, questionText(lang, id)])),
    start: words.start_heading,
    check: words.check_heading,
    results: words.results_heading,
    emergency: words.card_emergency_heading,
    urgent: words.card_urgent_heading,
    soon: words.card_soon_heading,
    notCovered: words.scope_heading,
    damagedLink: words.problem_link_heading,
    unknownPage: words.problem_page_heading,
  };
}

/** headings(lang) for every language of content/: HEADINGS.es.start. */
export const HEADINGS: Record<Lang, ReturnType<typeof headings>> = Object.fromEntries(LANGS.map((lang) => [lang, headings(lang)]));

/**
 * The page the screens are opened on: the served release build, or the file E2E_PAGE_URL names
 * (the pseudo-locale's test file, opened from disk: pseudo.spec.ts).
 */
const PAGE_URL = process.env.E2E_PAGE_URL || '/';

/** The address of a screen: `?lang=` (unless null: the browser decides) and a fragment. */
export function guideAddress(lang: Lang | null, fragment = ''): string {
  const query = lang ? `?lang=${lang}` : '';
  return `${PAGE_URL}${query}${fragment ? `#${fragment}` : ''}`;
}

/** The page's one `<h1>` once the app has rendered (the loading page's has no id). */
export function heading(page: Page): Locator {
  return page.locator('h1#page-heading');
}

/** Opens an address and waits for the screen whose heading is `expected`. */
export async function openAt(page: Page, address: string, expected: string): Promise<void> {
  await page.goto(address);
  await expect(heading(page)).toHaveText(expected);
}

/** Moves within the open guide by its address, as Back/Forward or a typed link would. */
export async function goToFragment(page: Page, fragment: string, expected: string): Promise<void> {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, fragment);
  await expect(heading(page)).toHaveText(expected);
}

/** A screen of the guide and how a patient gets to it. */
export interface Screen {
  name: string;
  open(page: Page, lang: Lang): Promise<void>;
}

/** Every screen the guide has (there is no embed mode yet). */
export const SCREENS: Screen[] = [
  {
    name: 'start',
    open: (page, lang) => openAt(page, guideAddress(lang), HEADINGS[lang].start),
  },
  {
    // Past the next-review date of the language's words: every page says so (a fixed clock).
    name: 'due for review',
    async open(page, lang) {
      const next = new Date(`${governance(lang).next_review}T12:00:00Z`);
      await page.clock.setFixedTime(new Date(next.getTime() + 2 * 24 * 60 * 60 * 1000));
      await openAt(page, guideAddress(lang), HEADINGS[lang].start);
      await expect(page.locator('.due-for-review')).toBeVisible();
    },
  },
  ...QUESTION_IDS.map(
    (id): Screen => ({
      name: `question ${id}`,
      async open(page, lang) {
        // A question is open to a patient whose earlier answers lead to it: the neck's
        // warning signs only after neck or arm pain.
        if (id === 'neck-signs') {
          await openAt(page, guideAddress(lang, `share=${NECK_ANSWERS}`), HEADINGS[lang][id]);
          return;
        }
        await openAt(page, guideAddress(lang, `share=${RESULTS_ANSWERS}`), HEADINGS[lang].results);
        await goToFragment(page, `q/${id}`, HEADINGS[lang][id]);
      },
    }),
  ),
  {
    name: 'question error',
    async open(page, lang) {
      await openAt(page, guideAddress(lang, `q/${QUESTION_IDS[0]}`), HEADINGS[lang][QUESTION_IDS[0]]);
      await page.getByRole('button', { name: ui(lang).continue_button }).click();
      await expect(page.locator('#error-summary')).toBeFocused();
    },
  },
  {
    name: 'check answers',
    async open(page, lang) {
      await openAt(page, guideAddress(lang, `share=${RESULTS_ANSWERS}`), HEADINGS[lang].results);
      await goToFragment(page, 'check', HEADINGS[lang].check);
    },
  },
  {
    name: 'results',
    async open(page, lang) {
      await openAt(page, guideAddress(lang, `share=${RESULTS_ANSWERS}`), HEADINGS[lang].results);
      await openEveryOtherPart(page);
      await openEveryDetails(page);
    },
  },
  {
    name: 'start again',
    async open(page, lang) {
      await openAt(page, guideAddress(lang, `share=${RESULTS_ANSWERS}`), HEADINGS[lang].results);
      await goToFragment(page, 'start-again', ui(lang).start_again_heading);
    },
  },
  {
    name: 'answers cleared',
    async open(page, lang) {
      await openAt(page, guideAddress(lang, `share=${RESULTS_ANSWERS}`), HEADINGS[lang].results);
      await goToFragment(page, 'start-again', ui(lang).start_again_heading);
      await page.getByRole('button', { name: ui(lang).start_again_confirm }).click();
      await expect(page.getByRole('main').getByRole('status')).toHaveText(ui(lang).answers_cleared);
    },
  },
  {
    name: 'emergency card',
    open: (page, lang) => openAt(page, guideAddress(lang, `share=${EMERGENCY_ANSWERS}`), HEADINGS[lang].emergency),
  },
  {
    name: 'urgent card',
    open: (page, lang) => openAt(page, guideAddress(lang, `share=${URGENT_ANSWERS}`), HEADINGS[lang].urgent),
  },
  {
    name: 'soon card',
    async open(page, lang) {
      await openAt(page, guideAddress(lang, `share=${SOON_ANSWERS}`), HEADINGS[lang].duration);
      await goToFragment(page, 'soon', HEADINGS[lang].soon);
    },
  },
  {
    name: 'not covered',
    open: (page, lang) => openAt(page, guideAddress(lang, `share=${NOT_COVERED_ANSWERS}`), HEADINGS[lang].notCovered),
  },
  {
    // An older version's link whose answer to "How long" no longer exists: the notice.
    name: 'answer again',
    async open(page, lang) {
      await openAt(page, guideAddress(lang, 'share=1~w.n~h.nn~p.lb~d.zz'), HEADINGS[lang].duration);
      await expect(page.getByRole('status')).toBeVisible();
    },
  },
  {
    name: 'damaged link',
    open: (page, lang) => openAt(page, guideAddress(lang, 'share=1~w.Q'), HEADINGS[lang].damagedLink),
  },
  {
    name: 'unknown address',
    open: (page, lang) => openAt(page, guideAddress(lang, 'nowhere'), HEADINGS[lang].unknownPage),
  },
];

/** Opens the "Other parts of the article", so that their text is checked too. */
export async function openEveryOtherPart(page: Page): Promise<void> {
  const summaries = page.locator('details.other-section > summary');
  for (const summary of await summaries.all()) {
    await summary.click();
  }
  await expect(page.locator('details.other-section:not([open])')).toHaveCount(0);
}

/** Opens every other closed <details> on the page (such as the footer's sources). */
export async function openEveryDetails(page: Page): Promise<void> {
  const closed = page.locator('details:not([open]) > summary');
  for (let count = await closed.count(); count > 0; count--) {
    await closed.first().click();
  }
  await expect(page.locator('details:not([open])')).toHaveCount(0);
}

/** The axe-core WCAG 2.2 A/AA violations on the page as it is now. */
export async function wcagViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations;
}

/** One line per violation: rule, impact and the first few elements, for a failure message. */
export function describeViolations(violations: Awaited<ReturnType<typeof wcagViolations>>): string {
  return violations
    .map((violation) => {
      const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(' '));
      return `${violation.id} (${violation.impact}): ${violation.help} — ${targets.join(', ')}`;
    })
    .join('\n');
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user does; fails if it
 * is not reached within `limit` presses. Returns how many presses it took.
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, limit = 20 } = {}): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if (await target.evaluate((element) => element === document.activeElement)) {
      return presses;
    }
  }
  throw new Error(`${target} was not reached with ${limit} presses of ${backwards ? 'Shift+Tab' : 'Tab'}`);
}

/** Emulates the browser's own text-size setting (default 16 px) by `percent`. */
export async function setBrowserTextSize(page: Page, percent: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const standard = Math.round((16 * percent) / 100);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard, fixed: Math.round((13 * percent) / 100) } });
}

/** What does not fit the window: elements wider than it or outside it, and clipped text. */
export async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${
        element.className ? `.${String(element.className).split(' ').join('.')}` : ''
      } "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    const problems: string[] = [];
    for (const element of document.querySelectorAll('body *')) {
      // Hidden on purpose: for screen readers only, or closed.
      if (element.closest('.visually-hidden') || element.getClientRects().length === 0) continue;
      const box = element.getBoundingClientRect();
      if (box.right > width + 0.5 || box.left < -0.5) {
        problems.push(`${describe(element)} spans ${Math.round(box.left)}–${Math.round(box.right)} px`);
      }
      const style = getComputedStyle(element);
      const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
      if (clips && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)) {
        problems.push(`${describe(element)} clips its content`);
      }
    }
    return { scrollWidth: document.scrollingElement!.scrollWidth, width, problems };
  });
}
