// The guide in Spanish: chosen by ?lang=es or by the browser's language, a whole journey, and
// switching language part-way without losing the page or the answers. Each language has its
// own hosted page (issue 13): English is index.html, Spanish index.es.html; the switcher on a
// hosted page opens the other page (the answers stay in the tab's sessionStorage), and the
// downloaded file, which carries every language, switches in place.
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { HEADINGS, URGENT_ANSWERS, guideAddress, heading, openAt, tabTo } from './support/a11y';
import { optionLabel, pageTitle, question, questionTitle, shareCode, shortName, translation, ui, withClinic } from './support/content';
import { answersOf, expect, expectResults, journey, test } from './support/guide';
import { OFFLINE_FILE, dist, fileUrl, offlineContext } from './support/offline';

const ES = ui('es');
const EN = ui('en');
const REVIEW_NOTE = translation('es').note;
const es = (answer: string) => optionLabel('es', answer);
const en = (answer: string) => optionLabel('en', answer);

async function expectSpanishPage(page: Page, expectedHeading: string) {
  await expect(heading(page)).toHaveText(expectedHeading);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('banner').getByText(ES.review_note_summary)).toBeVisible();
}

async function choose(page: Page, name: string, role: 'checkbox' | 'radio' = 'checkbox') {
  await page.getByRole(role, { name, exact: true }).check();
}

async function continueInSpanish(page: Page) {
  await page.getByRole('button', { name: ES.continue_button }).click();
}

/** The hosted page the tab is on: '/index.es.html' for Spanish, '/' for English. */
function pagePath(page: Page): string {
  return new URL(page.url()).pathname;
}

/** The answers that lead to "How long": no warning sign, no history, neck pain, no neck sign. */
const TO_DURATION = ['warning-signs.none', 'history.none', 'where.neck', 'neck-signs.none'];

/** Answers each question on the way to "How long", in English, as a patient would. */
async function answerUpToDuration(page: Page) {
  for (const answer of TO_DURATION) {
    await expect(heading(page)).toHaveText(HEADINGS.en[answer.split('.')[0]]);
    await choose(page, en(answer));
    await page.getByRole('button', { name: EN.continue_button }).click();
  }
  await expect(heading(page)).toHaveText(HEADINGS.en.duration);
}


/** From the focused answer, Shift+Tab back past Back to the switcher's Español link, and Enter. */
async function followSpanishLinkByKeyboard(page: Page): Promise<void> {
  const espanol = page.getByRole('link', { name: ES.language_name });
  await tabTo(page, espanol, { backwards: true, limit: 3 });
  await expect(espanol).toHaveAttribute('lang', 'es');
  await expect(espanol).toHaveAttribute('hreflang', 'es');
  await page.keyboard.press('Enter');
}

test('a whole journey in Spanish, from ?lang=es to the results', async ({ page }) => {
  const herniated = journey('herniated-disc');
  await openAt(page, guideAddress('es'), HEADINGS.es.start);
  // ?lang=es on the default page opens the Spanish page.
  expect(pagePath(page)).toBe('/index.es.html');
  await expectSpanishPage(page, HEADINGS.es.start);
  await expect(page).toHaveTitle(pageTitle('es', HEADINGS.es.start));
  // The other language is offered in its own name and language, as a link to its page.
  const english = page.getByRole('navigation', { name: ES.language_label }).getByRole('link', { name: EN.language_name });
  await expect(english).toHaveAttribute('lang', 'en');
  await expect(english).toHaveAttribute('hreflang', 'en');
  const englishPage = new URL((await english.getAttribute('href'))!, page.url());
  expect([englishPage.pathname, englishPage.search]).toEqual(['/index.html', '?lang=en']);

  await page.getByRole('link', { name: ES.start_button }).click();
  for (const [index, step] of herniated.steps.entries()) {
    const [questionId] = step;
    await expectSpanishPage(page, HEADINGS.es[questionId]);
    await expect(page).toHaveTitle(questionTitle('es', questionId, answersOf(herniated.steps.slice(0, index))));
    const role = question(questionId).choose === 'one' ? 'radio' : 'checkbox';
    for (const answer of answersOf([step])) await choose(page, es(answer), role);
    await continueInSpanish(page);
  }

  await expectSpanishPage(page, HEADINGS.es.check);
  await expect(page.locator('.summary-row').filter({ hasText: shortName('es', 'duration') })).toContainText(
    es('duration.over-a-year'),
  );
  await page.getByRole('button', { name: ES.check_submit }).click();

  await expectSpanishPage(page, HEADINGS.es.results);
  // Each part, and each reason with the Spanish article's sentence that backs it.
  await expectResults(page, herniated.sections, 'es');
  await expect(page.getByRole('button', { name: ES.print_button })).toBeVisible();
});

test('the review notice is one short line with its note one tap away, and after an urgent card’s action', async ({ page }) => {
  await openAt(page, guideAddress('es'), HEADINGS.es.start);
  const notice = page.getByRole('banner').getByRole('group');
  await expect(notice).toHaveJSProperty('open', false);
  await notice.getByText(ES.review_note_summary).click();
  await expect(notice).toHaveJSProperty('open', true);
  await expect(notice).toContainText(REVIEW_NOTE);

  await openAt(page, guideAddress('es', `share=${URGENT_ANSWERS}`), HEADINGS.es.urgent);
  await expect(page.getByRole('banner').getByText(ES.review_note_summary)).toHaveCount(0);
  const action = page.getByRole('main').getByText(withClinic(ES.card_urgent_action));
  const summary = page.getByRole('main').getByText(ES.review_note_summary);
  const [actionBox, summaryBox] = [await action.boundingBox(), await summary.boundingBox()];
  expect(summaryBox!.y, 'the action comes first').toBeGreaterThan(actionBox!.y);
});

test('switching language part-way on the hosted guide opens the other page, keeping the place, the answers and what is ticked', async ({ page }) => {
  await openAt(page, guideAddress(null, 'q/warning-signs'), HEADINGS.en['warning-signs']);
  expect(pagePath(page)).toBe('/');
  await answerUpToDuration(page);
  // Ticked but not yet sent with Continue.
  await choose(page, en('duration.3-to-12-months'), 'radio');

  await expect(page.getByRole('radio', { name: en('duration.3-to-12-months') })).toBeFocused();
  await followSpanishLinkByKeyboard(page);

  // The Spanish page, on the same question.
  await expectSpanishPage(page, HEADINGS.es.duration);
  await expect(page).toHaveURL(/\/index\.es\.html\?lang=es#q\/duration$/);
  await expect(page).toHaveTitle(questionTitle('es', 'duration', TO_DURATION));
  await expect(page.getByRole('radio', { name: es('duration.3-to-12-months') })).toBeChecked();

  await continueInSpanish(page);
  await expectSpanishPage(page, HEADINGS.es.feel);
  await page.getByRole('link', { name: ES.back }).click();
  await expectSpanishPage(page, HEADINGS.es.duration);
  await expect(page.getByRole('radio', { name: es('duration.3-to-12-months') })).toBeChecked();

  // A reload keeps the language (the page and its address) and the answers (from this tab).
  await page.reload();
  await expectSpanishPage(page, HEADINGS.es.duration);
  await expect(page.getByRole('radio', { name: es('duration.3-to-12-months') })).toBeChecked();

  // And back to English by mouse: the English page, the same question, the same answer.
  await page.getByRole('link', { name: EN.language_name }).click();
  await expect(heading(page)).toHaveText(HEADINGS.en.duration);
  await expect(page).toHaveURL(/\/index\.html\?lang=en#q\/duration$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('banner')).not.toContainText(REVIEW_NOTE);
  await expect(page.getByRole('radio', { name: en('duration.3-to-12-months') })).toBeChecked();
  // The answers before it too: Back walks them, ticked.
  await page.getByRole('link', { name: EN.back }).click();
  await expect(heading(page)).toHaveText(HEADINGS.en['neck-signs']);
  await expect(page.getByRole('checkbox', { name: en('neck-signs.none') })).toBeChecked();
  await page.getByRole('link', { name: EN.back }).click();
  await expect(page.getByRole('checkbox', { name: en('where.neck') })).toBeChecked();
});

test('the downloaded file, from disk with the network off, switches language in place', async ({ browser, problems }) => {
  const { context, outside } = await offlineContext(browser);
  const page = await context.newPage();
  page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`uncaught page error: ${error.message}`));
  const url = fileUrl(join(dist, OFFLINE_FILE));
  await page.goto(`${url}#q/warning-signs`);
  await answerUpToDuration(page);
  // Ticked but not yet sent with Continue.
  await choose(page, en('duration.3-to-12-months'), 'radio');
  const historyLength = await page.evaluate(() => history.length);
  // Survives only if the page is not loaded again.
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  await followSpanishLinkByKeyboard(page);

  await expectSpanishPage(page, HEADINGS.es.duration);
  await expect(heading(page)).toBeFocused();
  await expect(page).toHaveTitle(questionTitle('es', 'duration', TO_DURATION));
  await expect(page.getByRole('radio', { name: es('duration.3-to-12-months') })).toBeChecked();
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded), 'switched in place').toBe(true);
  expect(page.url()).toBe(`${url}?lang=es#q/duration`);
  expect(await page.evaluate(() => history.length), 'no new history entry').toBe(historyLength);

  await continueInSpanish(page);
  await expectSpanishPage(page, HEADINGS.es.feel);
  await page.getByRole('link', { name: ES.back }).click();
  await expectSpanishPage(page, HEADINGS.es.duration);
  await expect(page.getByRole('radio', { name: es('duration.3-to-12-months') })).toBeChecked();

  // And back to English by mouse, still in place.
  await page.getByRole('link', { name: EN.language_name }).click();
  await expect(heading(page)).toHaveText(HEADINGS.en.duration);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('banner')).not.toContainText(REVIEW_NOTE);
  await expect(page.getByRole('radio', { name: en('duration.3-to-12-months') })).toBeChecked();
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  expect(page.url()).toBe(`${url}?lang=en#q/duration`);
  expect(outside(url)).toEqual([]);
  await context.close();
});

// The wasm carries no article words: each language's page carries its own article, and the
// downloaded file every language's, as a <template> each, which the results take their parts'
// words and marked sentences from.
test('the downloaded file, from disk with the network off, shows the article’s words in the language switched to', async ({ browser }) => {
  const herniated = journey('herniated-disc');
  const { context, outside } = await offlineContext(browser);
  const page = await context.newPage();
  const url = fileUrl(join(dist, OFFLINE_FILE));
  await page.goto(`${url}#share=${shareCode(answersOf(herniated.steps))}`);
  await expectResults(page, herniated.sections, 'en');

  await page.getByRole('link', { name: ES.language_name }).click();
  await expectSpanishPage(page, ES.results_heading);
  await expectResults(page, herniated.sections, 'es');
  expect(outside(url)).toEqual([]);
  await context.close();
});

test.describe('with a Spanish browser', () => {
  test.use({ locale: 'es-ES' });

  test('the guide opens the Spanish page without ?lang=', async ({ page }) => {
    await openAt(page, guideAddress(null), HEADINGS.es.start);
    expect(pagePath(page)).toBe('/index.es.html');
    await expectSpanishPage(page, HEADINGS.es.start);
  });

  test('an unknown ?lang= falls back to the browser language', async ({ page }) => {
    await openAt(page, '/?lang=xx', HEADINGS.es.start);
    expect(pagePath(page)).toBe('/index.es.html');
    await expectSpanishPage(page, HEADINGS.es.start);
  });

  test('?lang=en wins over the browser language', async ({ page }) => {
    await openAt(page, guideAddress('en'), HEADINGS.en.start);
    expect(pagePath(page)).toBe('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('with an English browser', () => {
  test.use({ locale: 'en-US' });

  test('an unknown ?lang= falls back to English', async ({ page }) => {
    await openAt(page, '/?lang=xx', HEADINGS.en.start);
    expect(pagePath(page)).toBe('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('script in ?lang= is ignored: English, nothing run, nothing shown', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    await openAt(page, `/?lang=${encodeURIComponent(hostile)}#q/where`, HEADINGS.en['warning-signs']);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('body')).not.toContainText('script');
    await expect(page.locator('#relief-guide img, #relief-guide script')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  });
});
