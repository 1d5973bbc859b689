// Keyboard only, as a patient who cannot use a mouse: Tab and Shift+Tab to move, Space to tick,
// arrow keys inside a radio group, Enter or Space to press; no .click() or .check(). After
// every step focus is on the new screen's <h1>, so a screen reader reads it first, the title
// says where they are, and focus is always visible.
import type { Locator, Page } from '@playwright/test';
import { answerIds, pageTitle, questionTitle } from './support/content';
import { RESULTS_ANSWERS, goToFragment, guideAddress, heading } from './support/a11y';
import {
  UI,
  answersOf,
  changeLinkName,
  expect,
  expectHeadingFocused,
  expectResults,
  fullSpeed,
  journey,
  label,
  opening,
  openStart,
  othersRegion,
  pressUntilFocused,
  q,
  short,
  slowPhone,
  test,
} from './support/guide';

/** The GOV.UK focus colour (assets/style.css, --focus). */
const FOCUS_YELLOW = 'rgb(255, 221, 0)';

const continueButton = (page: Page) => page.getByRole('button', { name: UI.continue_button });

/** Focus is visible: a button or link turns yellow, a tick box or radio gets a yellow ring. */
async function expectVisibleFocus(control: Locator) {
  await expect(control).toBeFocused();
  const isChoice = await control.evaluate((element) => element.matches('input.choice-input'));
  if (isChoice) {
    const ring = await control.evaluate((input) => getComputedStyle(input.nextElementSibling!, '::before').boxShadow);
    expect(ring).toContain(FOCUS_YELLOW);
  } else {
    await expect(control).toHaveCSS('background-color', FOCUS_YELLOW);
  }
}

/** Focus on the new screen's heading, and the title that names it. */
async function expectStep(page: Page, text: string, title?: string) {
  await expectHeadingFocused(page, text);
  if (title) await expect(page).toHaveTitle(title);
}

/** Tabs forward to `target`, checks its focus is visible, and presses `key` on it. */
async function tabAndPress(page: Page, target: Locator, key: 'Space' | 'Enter'): Promise<void> {
  await pressUntilFocused(page, 'Tab', target);
  await expectVisibleFocus(target);
  await page.keyboard.press(key);
}

/** Tabs to a tick box and ticks it with Space. */
async function tick(page: Page, answer: string) {
  const box = page.getByRole('checkbox', { name: label(answer), exact: true });
  await tabAndPress(page, box, 'Space');
  await expect(box).toBeChecked();
}

/** Tabs to Continue and presses Enter (or Space). */
async function continueByKeyboard(page: Page, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await tabAndPress(page, continueButton(page), key);
}

/** Opens the start page, tabs past the header (the language switcher) to Start now and presses
 * Enter: the first question, with focus on its heading. */
async function startByKeyboard(page: Page): Promise<void> {
  await openStart(page);
  await tabAndPress(page, page.getByRole('link', { name: UI.start_button }), 'Enter');
  await expectStep(page, q('warning-signs'), questionTitle('en', 'warning-signs'));
}

test('a whole journey to the results with the keyboard alone, and another part of the article opened', async ({ page }) => {
  const herniated = journey('herniated-disc');
  const given = (count: number) => answersOf(herniated.steps.slice(0, count));
  await startByKeyboard(page);

  // Q1: from the heading, the first Tab reaches the first tick box; "None of these" is the
  // last one, just before Continue: Shift+Tab goes back to it.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: label(answerIds('warning-signs')[0]), exact: true })).toBeFocused();
  await pressUntilFocused(page, 'Tab', continueButton(page));
  await page.keyboard.press('Shift+Tab');
  const none = page.getByRole('checkbox', { name: label('warning-signs.none') });
  await expectVisibleFocus(none);
  await page.keyboard.press('Space');
  await expect(none).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expectStep(page, q('history'), questionTitle('en', 'history', given(1)));

  // Q2: the health history, "None of these" ticked with Space.
  await tick(page, 'history.none');
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(1);
  await continueByKeyboard(page);
  await expectStep(page, q('where'), questionTitle('en', 'where', given(2)));

  // Q3: tick boxes.
  await tick(page, 'where.lower-back');
  await tick(page, 'where.one-leg');
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(2);
  await continueByKeyboard(page);
  await expectStep(page, q('duration'), questionTitle('en', 'duration', given(3)));

  // Q4: a radio group is one Tab stop, entered on the first answer; the arrow keys move
  // through it and choose; Tab leaves it straight to Continue.
  const first = page.getByRole('radio', { name: label('duration.under-3-months') });
  await page.keyboard.press('Tab');
  await expectVisibleFocus(first);
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: label('duration.3-to-12-months') })).toBeChecked();
  await page.keyboard.press('ArrowDown');
  const overAYear = page.getByRole('radio', { name: label('duration.over-a-year') });
  await expect(overAYear).toBeChecked();
  await expectVisibleFocus(overAYear);
  await expect(page.getByRole('radio', { name: label('duration.3-to-12-months') })).not.toBeChecked();
  await page.keyboard.press('Tab');
  await expect(continueButton(page)).toBeFocused();
  await page.keyboard.press('Space');
  await expectStep(page, q('feel'));

  await tick(page, 'feel.sharp-stabbing');
  await continueByKeyboard(page);
  await expectStep(page, q('severity'));

  // Q6: Down, Down, then Up ends on the second answer, the only one chosen.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: label('severity.mild') })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: label('severity.severe') })).toBeChecked();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('radio', { name: label('severity.moderate') })).toBeChecked();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
  await continueByKeyboard(page);
  await expectStep(page, q('diagnoses'));

  await tick(page, 'diagnoses.herniated-disc');
  await continueByKeyboard(page);
  await expectStep(page, q('treatments'));

  await tick(page, 'treatments.medicine');
  await continueByKeyboard(page, 'Space');
  // Trying a treatment adds the follow-up question to the count.
  await expectStep(page, q('treatment-result'), questionTitle('en', 'treatment-result', given(8)));

  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: label('treatment-result.helped-a-little') })).toBeChecked();
  await continueByKeyboard(page);
  await expectStep(page, UI.check_heading, pageTitle('en', UI.check_heading));

  await tabAndPress(page, page.getByRole('button', { name: UI.check_submit }), 'Enter');
  await expectStep(page, UI.results_heading, pageTitle('en', UI.results_heading));
  await expectResults(page, herniated.sections);

  // The rest of the article opens from the keyboard too.
  const rest = othersRegion(page);
  await pressUntilFocused(page, 'Tab', rest.getByText(UI.others_heading, { exact: true }), 40);
  await expect(rest.getByText(opening('en', 'benefits'))).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(rest.getByText(opening('en', 'benefits'))).toBeVisible();
});

test('an emergency sign leads to the emergency card, and back with Enter on its link', async ({ page }) => {
  await startByKeyboard(page);

  const sign = page.getByRole('checkbox', { name: label('warning-signs.bladder-bowel'), exact: true });
  await tabAndPress(page, sign, 'Space');
  await expect(sign).toBeChecked();
  await continueByKeyboard(page);

  await expectStep(page, UI.card_emergency_heading, pageTitle('en', UI.card_emergency_heading));
  await expect(page.getByRole('main').getByRole('listitem')).toHaveText([label('warning-signs.bladder-bowel')]);

  await tabAndPress(page, page.getByRole('link', { name: UI.urgent_mistake }), 'Enter');
  await expectStep(page, q('warning-signs'));
  await expect(sign).toBeChecked();
});

test('the error summary takes focus; Enter on its link focuses the first tick box, the address stays', async ({ page }) => {
  await startByKeyboard(page);
  const address = page.url();

  await continueByKeyboard(page);
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(UI.error_summary_heading);
  await expect(page).toHaveTitle(questionTitle('en', 'warning-signs', [], true));
  await page.keyboard.press('Tab');
  const link = summary.getByRole('link', { name: UI.error_choose_many });
  await expectVisibleFocus(link);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { name: label(answerIds('warning-signs')[0]), exact: true })).toBeFocused();
  expect(page.url()).toBe(address);
});

test('Back and Change links work from the keyboard and keep the answers', async ({ page }) => {
  await page.goto(guideAddress(null, `share=${RESULTS_ANSWERS}`));
  await expect(heading(page)).toHaveText(UI.results_heading);
  await goToFragment(page, 'check', UI.check_heading);
  await expect(heading(page)).toBeFocused();

  const change = page.getByRole('link', { name: changeLinkName('duration') });
  await tabAndPress(page, change, 'Enter');
  await expectStep(page, q('duration'));
  // Tab enters a radio group at its chosen answer.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: label('duration.over-a-year') })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('radio', { name: label('duration.3-to-12-months') })).toBeChecked();
  await continueByKeyboard(page);
  await expectStep(page, UI.check_heading);
  await expect(page.locator('.summary-row').filter({ hasText: short('duration') })).toContainText(
    label('duration.3-to-12-months'),
  );

  await goToFragment(page, 'q/where', q('where'));
  const back = page.getByRole('link', { name: UI.back });
  await page.keyboard.press('Shift+Tab');
  await expectVisibleFocus(back);
  await page.keyboard.press('Enter');
  await expectStep(page, q('history'));
  await expect(page.getByRole('checkbox', { name: label('history.none') })).toBeChecked();

  // Once more: the Back link of the health history leads to the warning signs, still answered.
  await page.keyboard.press('Shift+Tab');
  await expectVisibleFocus(back);
  await page.keyboard.press('Enter');
  await expectStep(page, q('warning-signs'));
  await expect(page.getByRole('checkbox', { name: label('warning-signs.none') })).toBeChecked();
});

test('focus on the prerendered Start link stays on it when the app takes over, and Enter then starts', async ({ page }) => {
  test.slow();
  // The patient tabs to Start while the app's code is still arriving; the app's first render
  // replaces that markup.
  const cdp = await slowPhone(page);
  await page.goto('/', { waitUntil: 'commit' });
  const start = page.getByRole('link', { name: UI.start_button });
  await start.waitFor({ state: 'visible', timeout: 60_000 });
  await pressUntilFocused(page, 'Tab', start);
  // The loading line is the prerendered markup's own: the app's render has none.
  const loading = page.locator('.guide-loading');
  expect(await loading.count(), 'focus reached Start before the app ran').toBe(1);

  await expect(loading).toHaveCount(0, { timeout: 60_000 });
  await expectVisibleFocus(start);
  await fullSpeed(cdp);
  await page.keyboard.press('Enter');
  await expectStep(page, q('warning-signs'));
});
