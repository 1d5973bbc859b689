// The guide with the keyboard only: Tab, Shift+Tab, Space, Enter and the arrow keys. No mouse,
// no .click() or .check(). After every step focus must be on the new page's <h1>, so a screen
// reader announces it.
import type { Locator, Page } from '@playwright/test';
import {
  A,
  JOURNEYS,
  Q,
  UI,
  expect,
  expectHeadingFocused,
  expectResults,
  openStart,
  otherPart,
  pressUntilFocused,
  SECTIONS,
  test,
} from './support/guide';

const continueButton = (page: Page) => page.getByRole('button', { name: UI.continue });

/** Tabs forward to `target` and presses `key` on it. */
async function tabAndPress(page: Page, target: Locator, key: 'Space' | 'Enter'): Promise<void> {
  await pressUntilFocused(page, 'Tab', target);
  await page.keyboard.press(key);
}

/** Tabs to Continue and presses Enter. */
async function continueByKeyboard(page: Page): Promise<void> {
  await tabAndPress(page, continueButton(page), 'Enter');
}

/** Opens the start page, tabs past the header (the language switcher) to Start now and presses
 * Enter: the first question, with focus on its heading. */
async function startByKeyboard(page: Page): Promise<void> {
  await openStart(page);
  await tabAndPress(page, page.getByRole('button', { name: UI.startButton }), 'Enter');
  await expectHeadingFocused(page, Q.warningSigns);
}

test('a whole journey by keyboard, with focus on each new page’s heading', async ({ page }) => {
  await startByKeyboard(page);

  // Q1: from the heading, the first Tab reaches the first tick box; "None of these" is the
  // last one, just before Continue.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: A.bladderBowel })).toBeFocused();
  await pressUntilFocused(page, 'Tab', continueButton(page));
  await page.keyboard.press('Shift+Tab');
  const none = page.getByRole('checkbox', { name: A.noWarningSigns });
  await expect(none).toBeFocused();
  await page.keyboard.press('Space');
  await expect(none).toBeChecked();
  await continueByKeyboard(page);
  await expectHeadingFocused(page, Q.where);

  // Q2: tick boxes.
  await tabAndPress(page, page.getByRole('checkbox', { name: A.lowerBack }), 'Space');
  await expect(page.getByRole('checkbox', { name: A.lowerBack })).toBeChecked();
  await continueByKeyboard(page);
  await expectHeadingFocused(page, Q.duration);

  // Q3: radio buttons. Tab enters the group on the first one; Down arrow moves and chooses.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: A.under3Months })).toBeFocused();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: A.threeTo12Months })).toBeFocused();
  await expect(page.getByRole('radio', { name: A.threeTo12Months })).toBeChecked();
  // Tab leaves the group straight to Continue.
  await page.keyboard.press('Tab');
  await expect(continueButton(page)).toBeFocused();
  await page.keyboard.press('Space');
  await expectHeadingFocused(page, Q.feel);

  await tabAndPress(page, page.getByRole('checkbox', { name: A.dullAche }), 'Space');
  await continueByKeyboard(page);
  await expectHeadingFocused(page, Q.severity);

  // Q5: Down then Up arrow ends on the second answer.
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: A.severe })).toBeChecked();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('radio', { name: A.moderate })).toBeChecked();
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
  await continueByKeyboard(page);
  await expectHeadingFocused(page, Q.diagnoses);

  await tabAndPress(page, page.getByRole('checkbox', { name: A.facetJoint }), 'Space');
  await tabAndPress(page, page.getByRole('checkbox', { name: A.sacroiliacJoint }), 'Space');
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(2);
  await continueByKeyboard(page);
  await expectHeadingFocused(page, Q.treatments);

  // Q7: "None of these yet" is the last tick box: Shift+Tab back to it from Continue.
  await pressUntilFocused(page, 'Tab', continueButton(page));
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('checkbox', { name: A.noTreatment })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expectHeadingFocused(page, UI.checkHeading);

  await tabAndPress(page, page.getByRole('button', { name: UI.checkSubmit }), 'Enter');
  await expectHeadingFocused(page, UI.resultsHeading);
  await expectResults(page, JOURNEYS.jointPain.sections);

  // Another part of the article opens from the keyboard too.
  const benefits = SECTIONS[8];
  const part = otherPart(page, benefits.title);
  await pressUntilFocused(page, 'Tab', part.getByText(benefits.title, { exact: true }), 40);
  await expect(part.getByText(benefits.opening)).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(part.getByText(benefits.opening)).toBeVisible();
});

test('the urgent-care page by keyboard, and back to the question with Enter on its link', async ({ page }) => {
  await startByKeyboard(page);

  await page.keyboard.press('Tab');
  const sign = page.getByRole('checkbox', { name: A.bladderBowel });
  await expect(sign).toBeFocused();
  await page.keyboard.press('Space');
  await expect(sign).toBeChecked();
  await continueByKeyboard(page);

  await expectHeadingFocused(page, UI.urgentHeading);
  await expect(page.getByRole('main').getByRole('listitem')).toHaveText([A.bladderBowel]);

  await tabAndPress(page, page.getByRole('link', { name: UI.urgentMistake }), 'Enter');
  await expectHeadingFocused(page, Q.warningSigns);
  await expect(sign).toBeChecked();
});

test('the error summary by keyboard: Enter on its link focuses the first tick box, the address stays', async ({ page }) => {
  await startByKeyboard(page);
  const address = page.url();

  await continueByKeyboard(page);
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await page.keyboard.press('Tab');
  const link = summary.getByRole('link', { name: UI.errorChooseMany });
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { name: A.bladderBowel })).toBeFocused();
  expect(page.url()).toBe(address);
});
