// One language per page (issue 13, "Tests"): the English and Spanish pages each carry only their
// own language; `?lang=`, the browser's languages, the switcher and old share links reach the
// right page with the answers kept; the downloaded file switches in place with the network off;
// a tap on the prerendered Start works before the app's code has arrived; and the service
// worker keeps both pages for an offline visit.
//
// Every word comes from content/ (support/content.ts).
import type { BrowserContext, Page } from '@playwright/test';
import { join } from 'node:path';
import { type Lang, LANGS, note, optionLabel, questionIds, questionText, ui } from './support/content';
import { answerAll, answersOf, expect, fullSpeed, journey, pageHeading, slowPhone, test, watch } from './support/guide';
import { OFFLINE_FILE, copyOfDist, dist, fileUrl, offlineContext, serve, waitForServiceWorker } from './support/offline';

const PAGE: Record<string, string> = { en: 'index.html', es: 'index.es.html' };
const OTHER: Record<string, Lang> = { en: 'es', es: 'en' };
const FIRST = questionIds()[0];

/** The page file an address is on ('' and '/' are index.html). */
function pageFile(url: string): string {
  const file = new URL(url).pathname.split('/').pop();
  return file === '' ? 'index.html' : file!;
}

/**
 * Words of `lang` that no other language has: the start screen (prerendered into the page's
 * HTML) and words only the app shows (compiled into its code). A translation awaiting review
 * also carries the English advice of the warning-sign cards, so those keys are not used.
 */
function ownWords(lang: Lang): { prerendered: string[]; app: string[] } {
  const words = ui(lang);
  return {
    prerendered: [words.start_heading, words.start_button, words.scope_who_for],
    app: [words.card_soon_continue, words.results_heading, note(lang, 'next-helped'), questionText(lang, 'duration')],
  };
}

/** The decompressed WebAssembly the page starts, recorded as it is compiled (see below). */
async function wasmText(page: Page): Promise<string> {
  await expect.poll(() => page.evaluate(() => (window as unknown as { wasmBytes?: number[][] }).wasmBytes?.length ?? 0)).toBeGreaterThan(0);
  return page.evaluate(() => {
    const all = (window as unknown as { wasmBytes: Uint8Array[] }).wasmBytes;
    return all.map((bytes) => new TextDecoder('utf-8').decode(bytes)).join('\n');
  });
}

/** Records the bytes of every WebAssembly module the page compiles, in `window.wasmBytes`. */
async function recordWasm(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const record = window as unknown as { wasmBytes: Uint8Array[] };
    record.wasmBytes = [];
    const keep = (source: unknown) => {
      if (source instanceof ArrayBuffer) record.wasmBytes.push(new Uint8Array(source.slice(0)));
      else if (ArrayBuffer.isView(source)) record.wasmBytes.push(new Uint8Array(source.buffer.slice(source.byteOffset, source.byteOffset + source.byteLength)));
    };
    const instantiate = WebAssembly.instantiate;
    WebAssembly.instantiate = function (source: unknown, ...rest: unknown[]) {
      keep(source);
      return (instantiate as (...args: unknown[]) => unknown).call(WebAssembly, source, ...rest);
    } as typeof WebAssembly.instantiate;
    const compile = WebAssembly.compile;
    WebAssembly.compile = function (source: BufferSource) {
      keep(source);
      return compile.call(WebAssembly, source);
    };
    const Module = WebAssembly.Module;
    const Recorded = function (source: BufferSource) {
      keep(source);
      return new Module(source);
    } as unknown as typeof WebAssembly.Module;
    Recorded.prototype = Module.prototype;
    Object.assign(Recorded, { customSections: Module.customSections, exports: Module.exports, imports: Module.imports });
    WebAssembly.Module = Recorded;
  });
}

test.describe('each page carries only its own language', () => {
  for (const lang of ['en', 'es'] as const) {
    test(`${PAGE[lang]}: its HTML has its own words and none of the other language's`, async ({ page }) => {
      const response = await page.request.get(`/${PAGE[lang]}`);
      expect(response.ok()).toBe(true);
      const html = await response.text();
      expect(html).toMatch(new RegExp(`<html lang="${lang}"`));
      for (const own of ownWords(lang).prerendered) expect(html, own).toContain(own);
      const other = ownWords(OTHER[lang]);
      for (const foreign of [...other.prerendered, ...other.app, ui(OTHER[lang]).language_label]) {
        expect(html, foreign).not.toContain(foreign);
      }
    });

    test(`${PAGE[lang]}: the app's code has its own words and none of the other language's`, async ({ browser, problems }) => {
      const context = await browser.newContext();
      await recordWasm(context);
      const page = await context.newPage();
      watch(page, problems);
      await page.goto(`/${PAGE[lang]}?lang=${lang}`);
      await expect(page.getByRole('link', { name: ui(lang).start_button })).toBeVisible();
      const code = await wasmText(page);
      for (const own of ownWords(lang).app) expect(code, own).toContain(own);
      for (const foreign of ownWords(OTHER[lang]).app) expect(code, foreign).not.toContain(foreign);
      await context.close();
    });
  }

  test(`the downloaded file (${OFFLINE_FILE}) carries every language`, async ({ browser }) => {
    const { context } = await offlineContext(browser);
    await recordWasm(context);
    const page = await context.newPage();
    await page.goto(fileUrl(join(dist, OFFLINE_FILE)));
    await expect(page.getByRole('link', { name: ui('en').start_button })).toBeVisible();
    const code = await wasmText(page);
    for (const lang of LANGS) {
      for (const own of ownWords(lang).app) expect(code, `${lang}: ${own}`).toContain(own);
    }
    await context.close();
  });
});

test.describe('choosing a language reaches the right page', () => {
  test('?lang=es on the default page ends on the Spanish page, in Spanish', async ({ page }) => {
    await page.goto('/?lang=es');
    await expect(pageHeading(page)).toHaveText(ui('es').start_heading);
    expect(pageFile(page.url())).toBe(PAGE.es);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('es');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('navigation', { name: ui('es').language_label })).toBeVisible();
  });

  test('a link to the Spanish page without ?lang= stays Spanish in an English browser', async ({ page }) => {
    await page.goto(`/${PAGE.es}`);
    await expect(pageHeading(page)).toHaveText(ui('es').start_heading);
    expect(pageFile(page.url())).toBe(PAGE.es);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  });

  test('?lang=en on the Spanish page ends on the English page', async ({ page }) => {
    await page.goto(`/${PAGE.es}?lang=en`);
    await expect(pageHeading(page)).toHaveText(ui('en').start_heading);
    expect(pageFile(page.url())).toBe(PAGE.en);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('a browser whose languages are es-MX ends on the Spanish page', async ({ browser, problems }) => {
    const context = await browser.newContext({ locale: 'es-MX' });
    const page = await context.newPage();
    watch(page, problems);
    await page.goto('/');
    await expect(pageHeading(page)).toHaveText(ui('es').start_heading);
    expect(pageFile(page.url())).toBe(PAGE.es);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await context.close();
  });

  test('a language the guide does not have (?lang=xx) stays English', async ({ page }) => {
    await page.goto('/?lang=xx');
    await expect(pageHeading(page)).toHaveText(ui('en').start_heading);
    expect(pageFile(page.url())).toBe(PAGE.en);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('navigation', { name: ui('en').language_label })).toBeVisible();
  });

  /** The switcher's link to `to`, on a page in `from`. */
  const switchTo = (page: Page, from: Lang, to: Lang) =>
    page.getByRole('navigation', { name: ui(from).language_label }).getByRole('link', { name: ui(to).language_name });

  test('the switcher, mid-journey, opens the Spanish page on the same question with the answers ticked', async ({ page }) => {
    const steps = journey('herniated-disc').steps;
    await page.goto('/');
    await page.getByRole('link', { name: ui('en').start_button }).click();
    await answerAll(page, steps.slice(0, 3));
    // Back to a question already answered: its answers are ticked.
    await page.getByRole('link', { name: ui('en').back }).click();
    const [questionId, optionIds] = steps[2];
    await expect(pageHeading(page)).toHaveText(questionText('en', questionId));
    const answered = answersOf([[questionId, optionIds]]);
    for (const answer of answered) await expect(page.getByLabel(optionLabel('en', answer), { exact: true })).toBeChecked();

    await switchTo(page, 'en', 'es').click();
    await expect(pageHeading(page)).toHaveText(questionText('es', questionId));
    expect(pageFile(page.url())).toBe(PAGE.es);
    expect(new URL(page.url()).hash).toBe(`#q/${questionId}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    for (const answer of answered) await expect(page.getByLabel(optionLabel('es', answer), { exact: true })).toBeChecked();

    // The answers before are kept too: Back shows them ticked, in Spanish.
    await page.getByRole('link', { name: ui('es').back }).click();
    const [previousId, previousOptions] = steps[1];
    await expect(pageHeading(page)).toHaveText(questionText('es', previousId));
    for (const answer of answersOf([[previousId, previousOptions]])) {
      await expect(page.getByLabel(optionLabel('es', answer), { exact: true })).toBeChecked();
    }
  });

  test('the switcher keeps what is ticked on the question but not yet sent with Continue', async ({ page }) => {
    // As the one-page guide did before issue 13 (spanish.spec.ts), and as the downloaded file
    // still does: a patient who ticks, then notices the language link, does not lose the tick.
    const steps = journey('herniated-disc').steps;
    await page.goto('/');
    await page.getByRole('link', { name: ui('en').start_button }).click();
    await answerAll(page, steps.slice(0, 3));
    const [questionId, optionIds] = steps[3];
    await expect(pageHeading(page)).toHaveText(questionText('en', questionId));
    const ticked = answersOf([[questionId, optionIds]]);
    for (const answer of ticked) await page.getByLabel(optionLabel('en', answer), { exact: true }).check();

    await switchTo(page, 'en', 'es').click();
    await expect(pageHeading(page)).toHaveText(questionText('es', questionId));
    expect(pageFile(page.url())).toBe(PAGE.es);
    for (const answer of ticked) await expect(page.getByLabel(optionLabel('es', answer), { exact: true })).toBeChecked();
  });

  test('an old share link (/?lang=es#share=…) opens the Spanish results', async ({ page }) => {
    const herniated = journey('herniated-disc');
    await page.goto(`/?lang=es#share=${herniated.code}`);
    await expect(pageHeading(page)).toHaveText(ui('es').results_heading);
    expect(pageFile(page.url())).toBe(PAGE.es);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('region', { name: ui('es').next_heading })).toContainText(note('es', 'next-specialist'));
  });
});

test('the downloaded file, from disk with the network off, switches language in place keeping the answers', async ({ browser }) => {
  const { context, outside } = await offlineContext(browser);
  await context.setOffline(true);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));
  const url = fileUrl(join(dist, OFFLINE_FILE));
  await page.goto(url);
  await page.getByRole('link', { name: ui('en').start_button }).click();
  const steps = journey('herniated-disc').steps;
  await answerAll(page, steps.slice(0, 2));
  const [questionId, optionIds] = steps[2];
  await expect(pageHeading(page)).toHaveText(questionText('en', questionId));
  const ticked = answersOf([[questionId, optionIds]]);
  for (const answer of ticked) await page.getByLabel(optionLabel('en', answer), { exact: true }).check();
  // Survives only if the page is not loaded again.
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  await page
    .getByRole('navigation', { name: ui('en').language_label })
    .getByRole('link', { name: ui('es').language_name })
    .click();
  await expect(pageHeading(page)).toHaveText(questionText('es', questionId));
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('banner')).toContainText(ui('es').review_note_summary);
  for (const answer of ticked) await expect(page.getByLabel(optionLabel('es', answer), { exact: true })).toBeChecked();
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  expect(page.url().split('?')[0].split('#')[0]).toBe(url);

  // And back again, still in place.
  await page
    .getByRole('navigation', { name: ui('es').language_label })
    .getByRole('link', { name: ui('en').language_name })
    .click();
  await expect(pageHeading(page)).toHaveText(questionText('en', questionId));
  for (const answer of ticked) await expect(page.getByLabel(optionLabel('en', answer), { exact: true })).toBeChecked();
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

  expect(outside(url)).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

test.describe('no dead tap before the app starts', () => {
  for (const lang of ['en', 'es'] as const) {
    test(`a tap on Start while the app's code is still arriving leads to the first question (${PAGE[lang]})`, async ({ page }) => {
      test.slow();
      const cdp = await slowPhone(page);

      await page.goto(`/${PAGE[lang]}?lang=${lang}`, { waitUntil: 'commit' });
      const start = page.getByRole('link', { name: ui(lang).start_button });
      await start.waitFor({ state: 'visible', timeout: 60_000 });
      const readyState = await page.evaluate(() => document.readyState);
      await start.click({ noWaitAfter: true });
      test.info().annotations.push({ type: 'readyState at the tap', description: readyState });
      expect(readyState, 'the tap came while the page was still loading').not.toBe('complete');

      // No second tap: the first question, once the app runs, its heading focused as after any
      // step (a screen reader says where the patient now is).
      await expect(pageHeading(page)).toHaveText(questionText(lang, FIRST), { timeout: 60_000 });
      await expect(pageHeading(page)).toBeFocused();
      await expect(page.getByRole('button', { name: ui(lang).continue_button })).toBeVisible();
      expect(new URL(page.url()).hash).toBe(`#q/${FIRST}`);
      expect(pageFile(page.url())).toBe(PAGE[lang]);
      await fullSpeed(cdp);
    });
  }
});

test('the service worker serves both language pages offline after one online visit', async ({ browser, problems }, testInfo) => {
  const server = await serve(copyOfDist(testInfo.outputPath('site')));
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    watch(page, problems);
    // One visit, in English only.
    await page.goto(server.url);
    await expect(pageHeading(page)).toHaveText(ui('en').start_heading);
    await waitForServiceWorker(page);

    await server.stop();
    await context.setOffline(true);

    // The Spanish page, never opened online, by the switcher…
    await page.getByRole('navigation', { name: ui('en').language_label }).getByRole('link', { name: ui('es').language_name }).click();
    await expect(pageHeading(page)).toHaveText(ui('es').start_heading);
    expect(pageFile(page.url())).toBe(PAGE.es);
    await page.getByRole('link', { name: ui('es').start_button }).click();
    await expect(pageHeading(page)).toHaveText(questionText('es', FIRST));

    // …by ?lang=es on the default address…
    await page.goto(`${server.url}?lang=es`);
    await expect(pageHeading(page)).toHaveText(ui('es').start_heading);
    expect(pageFile(page.url())).toBe(PAGE.es);

    // …and the English page again.
    await page.goto(`${server.url}${PAGE.en}`);
    await expect(pageHeading(page)).toHaveText(ui('en').start_heading);
    await page.goto(server.url);
    await expect(pageHeading(page)).toHaveText(ui('en').start_heading);
    await page.getByRole('link', { name: ui('en').start_button }).click();
    await expect(pageHeading(page)).toHaveText(questionText('en', FIRST));
  } finally {
    await context.close();
    await server.stop();
  }
});
