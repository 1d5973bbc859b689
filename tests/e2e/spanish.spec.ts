// The guide in Spanish: chosen by ?lang=es or by the browser's language, a whole journey, and
// switching language part-way without losing the page or the answers.
import type { Page } from '@playwright/test';
import { HEADINGS, guideAddress, heading, openAt, tabTo } from './support/a11y';
import { optionLabel, pageTitle, question, questionTitle, shortName, translation, ui } from './support/content';
import { answersOf, expect, expectResults, journey, test } from './support/guide';

const ES = ui('es');
const EN = ui('en');
const REVIEW_NOTE = translation('es').note;
const es = (answer: string) => optionLabel('es', answer);
const en = (answer: string) => optionLabel('en', answer);

async function expectSpanishPage(page: Page, expectedHeading: string) {
  await expect(heading(page)).toHaveText(expectedHeading);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('banner')).toContainText(REVIEW_NOTE);
}

async function choose(page: Page, name: string, role: 'checkbox' | 'radio' = 'checkbox') {
  await page.getByRole(role, { name, exact: true }).check();
}

async function continueInSpanish(page: Page) {
  await page.getByRole('button', { name: ES.continue_button }).click();
}

test('a whole journey in Spanish, from ?lang=es to the results', async ({ page }) => {
  const herniated = journey('herniated-disc');
  await openAt(page, guideAddress('es'), HEADINGS.es.start);
  await expectSpanishPage(page, HEADINGS.es.start);
  await expect(page).toHaveTitle(pageTitle('es', HEADINGS.es.start));
  // The other language is offered in its own name and language.
  const english = page.getByRole('navigation', { name: ES.language_label }).getByRole('link', { name: EN.language_name });
  await expect(english).toHaveAttribute('lang', 'en');
  await expect(english).toHaveAttribute('hreflang', 'en');

  await page.getByRole('button', { name: ES.start_button }).click();
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

test('switching language part-way keeps the page, the answers and what is ticked', async ({ page }) => {
  await openAt(page, guideAddress(null, 'q/warning-signs'), HEADINGS.en['warning-signs']);
  await choose(page, en('warning-signs.none'));
  await page.getByRole('button', { name: EN.continue_button }).click();
  await expect(heading(page)).toHaveText(HEADINGS.en.where);
  await choose(page, en('where.neck'));
  await page.getByRole('button', { name: EN.continue_button }).click();
  await expect(heading(page)).toHaveText(HEADINGS.en.duration);
  // Ticked but not yet sent with Continue.
  await choose(page, en('duration.3-to-12-months'), 'radio');
  const historyLength = await page.evaluate(() => history.length);
  // Survives only if the page is not loaded again.
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));

  // With the keyboard: from the answer, back past Back to the language switcher.
  await expect(page.getByRole('radio', { name: en('duration.3-to-12-months') })).toBeFocused();
  const espanol = page.getByRole('link', { name: ES.language_name });
  await tabTo(page, espanol, { backwards: true, limit: 3 });
  await expect(espanol).toHaveAttribute('lang', 'es');
  await expect(espanol).toHaveAttribute('hreflang', 'es');
  await page.keyboard.press('Enter');

  await expectSpanishPage(page, HEADINGS.es.duration);
  await expect(heading(page)).toBeFocused();
  await expect(page).toHaveTitle(questionTitle('es', 'duration', ['warning-signs.none', 'where.neck']));
  await expect(page.getByRole('radio', { name: es('duration.3-to-12-months') })).toBeChecked();
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  await expect(page).toHaveURL(/\/\?lang=es#q\/duration$/);
  expect(await page.evaluate(() => history.length), 'no new history entry').toBe(historyLength);

  await continueInSpanish(page);
  await expectSpanishPage(page, HEADINGS.es.feel);
  await page.getByRole('link', { name: ES.back }).click();
  await expectSpanishPage(page, HEADINGS.es.duration);
  await expect(page.getByRole('radio', { name: es('duration.3-to-12-months') })).toBeChecked();

  // A reload keeps the language (from the address) and the answers (from this tab).
  await page.reload();
  await expectSpanishPage(page, HEADINGS.es.duration);
  await expect(page.getByRole('radio', { name: es('duration.3-to-12-months') })).toBeChecked();

  // And back to English by mouse: the same question, the same answer.
  await page.getByRole('link', { name: EN.language_name }).click();
  await expect(heading(page)).toHaveText(HEADINGS.en.duration);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('banner')).not.toContainText(REVIEW_NOTE);
  await expect(page.getByRole('radio', { name: en('duration.3-to-12-months') })).toBeChecked();
  await expect(page).toHaveURL(/\/\?lang=en#q\/duration$/);
  await page.getByRole('link', { name: EN.back }).click();
  await expect(page.getByRole('checkbox', { name: en('where.neck') })).toBeChecked();
});

test.describe('with a Spanish browser', () => {
  test.use({ locale: 'es-ES' });

  test('the guide opens in Spanish without ?lang=', async ({ page }) => {
    await openAt(page, guideAddress(null), HEADINGS.es.start);
    await expectSpanishPage(page, HEADINGS.es.start);
  });

  test('an unknown ?lang= falls back to the browser language', async ({ page }) => {
    await openAt(page, '/?lang=xx', HEADINGS.es.start);
  });

  test('?lang=en wins over the browser language', async ({ page }) => {
    await openAt(page, guideAddress('en'), HEADINGS.en.start);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test.describe('with an English browser', () => {
  test.use({ locale: 'en-US' });

  test('an unknown ?lang= falls back to English', async ({ page }) => {
    await openAt(page, '/?lang=xx', HEADINGS.en.start);
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
