// The pseudo-locale (issue 13): English accented and about 40 % longer, as a third language,
// `en-XA` (xtask/src/pseudo.rs). Never shipped: `cargo xtask test` builds
// target/dist-pseudo/relief-guide.html from a copy of content/ that has it, and runs this spec
// alone with RELIEF_GUIDE_CONTENT pointing at that copy (so the words below are the pseudo
// ones) and E2E_PAGE_URL at that file (playwright.config.ts runs it only then).
//
// On every screen, at 320 px with the browser's text at 200 %:
// - no plain English is left: every word a patient sees or hears (text, the title, accessible
//   names) comes from content/, so none of it may be plain ASCII letters, apart from the
//   clinic's details, the published sources and the names of the other languages, which are
//   the same in every language;
// - the longer words still fit (no sideways scrolling, nothing clipped).
import { LANGS, SCREENS, overflow, setBrowserTextSize } from './support/a11y';
import { clinic, sources, ui } from './support/content';
import { expect, test, watch } from './support/guide';

const PSEUDO = 'en-XA';

/** What is the same in every language: the clinic's details, the sources, the languages' names. */
function sameInEveryLanguage(): string[] {
  const texts = [
    ...Object.values(clinic(undefined)),
    // Every field of a source a page shows (title, publisher, year, address) is in sources.toml.
    ...sources().flatMap((source) => Object.values(source)),
    ...LANGS.filter((lang) => lang !== PSEUDO).map((lang) => ui(lang).language_name),
  ];
  // Longest first, so that a name inside a longer one does not leave half of it.
  return texts.filter((text) => typeof text === 'string' && text.length > 0).sort((a, b) => b.length - a.length);
}

test.beforeAll(() => {
  expect(LANGS, 'this spec runs on the pseudo-locale build (cargo xtask pseudo)').toContain(PSEUDO);
});

test('every screen in the pseudo-locale shows only words from content/ and fits 320 px at 200 % text', async ({ browser, problems }) => {
  // Every screen (about twenty), each loaded afresh: far longer than one journey, and several
  // times longer on a machine busy with other builds (a limit, not a speed measurement).
  test.setTimeout(300_000);
  const allowed = sameInEveryLanguage();
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  for (const screen of SCREENS) {
    const page = await context.newPage();
    watch(page, problems);
    await setBrowserTextSize(page, 200);
    await screen.open(page, PSEUDO);
    const seen = await page.evaluate(() => {
      const names = [...document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')].flatMap((element) =>
        ['aria-label', 'title', 'alt', 'placeholder'].map((name) => element.getAttribute(name) ?? ''),
      );
      return [document.title, document.body.innerText, ...names].join('\n');
    });
    let rest = seen;
    for (const text of allowed) rest = rest.split(text).join(' ');
    const english = [...new Set(rest.match(/[A-Za-z]{2,}/g) ?? [])];
    expect.soft(english, `${screen.name}: words not from content/`).toEqual([]);
    const found = await overflow(page);
    expect.soft(found.problems, `${screen.name}: fits 320 px at 200 %`).toEqual([]);
    expect.soft(found.scrollWidth, `${screen.name}: page width`).toBeLessThanOrEqual(found.width);
    await page.close();
  }
  await context.close();
});
