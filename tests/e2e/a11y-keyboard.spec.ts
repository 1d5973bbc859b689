// Keyboard only, as a patient who cannot use a mouse: Tab and Shift+Tab to move, Space to tick,
// arrow keys inside a radio group, Enter or Space to press. After every step, focus is on the
// new screen's heading, so a screen reader reads it first, and the title says where they are.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { HEADINGS, RESULTS_ANSWERS, goToFragment, guideAddress, heading, openAt, tabTo } from './support/a11y';

/** The GOV.UK focus colour (assets/style.css, --focus). */
const FOCUS_YELLOW = 'rgb(255, 221, 0)';

async function expectStep(page: Page, expectedHeading: string, expectedTitle?: string) {
  await expect(heading(page)).toHaveText(expectedHeading);
  await expect(heading(page)).toBeFocused();
  if (expectedTitle) {
    await expect(page).toHaveTitle(expectedTitle);
  }
}

/** Focus is visible: a button or link turns yellow, a tick box or radio gets a yellow ring. */
async function expectVisibleFocus(control: Locator) {
  await expect(control).toBeFocused();
  const isChoice = await control.evaluate((element) => element.matches('input.choice-input'));
  if (isChoice) {
    const ring = await control.evaluate(
      (input) => getComputedStyle(input.nextElementSibling!, '::before').boxShadow,
    );
    expect(ring).toContain(FOCUS_YELLOW);
  } else {
    await expect(control).toHaveCSS('background-color', FOCUS_YELLOW);
  }
}

async function tick(page: Page, name: string) {
  const box = page.getByRole('checkbox', { name, exact: true });
  await tabTo(page, box);
  await expectVisibleFocus(box);
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
}

async function continueWith(page: Page, key: 'Enter' | 'Space' = 'Enter') {
  const button = page.getByRole('button', { name: 'Continue' });
  await tabTo(page, button);
  await expectVisibleFocus(button);
  await page.keyboard.press(key);
}

test('a whole journey to the results with the keyboard alone', async ({ page }) => {
  await openAt(page, guideAddress(null), HEADINGS.en.start);
  const start = page.getByRole('button', { name: 'Start now' });
  await tabTo(page, start);
  await expectVisibleFocus(start);
  await page.keyboard.press('Enter');
  await expectStep(page, HEADINGS.en['warning-signs'], `Question 1 of 7 – ${HEADINGS.en['warning-signs']} – Relief Guide`);

  await tick(page, 'None of these');
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  // Shift+Tab goes back to the tick box before the button.
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('checkbox', { name: 'None of these' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expectStep(page, HEADINGS.en.where, `Question 2 of 7 – ${HEADINGS.en.where} – Relief Guide`);

  await tick(page, 'Lower back');
  await tick(page, 'Pain that spreads down one or both legs');
  await continueWith(page);
  await expectStep(page, HEADINGS.en.duration, `Question 3 of 7 – ${HEADINGS.en.duration} – Relief Guide`);

  // A radio group is one Tab stop; the arrow keys move through it and choose.
  const lessThan3 = page.getByRole('radio', { name: 'Less than 3 months' });
  await page.keyboard.press('Tab');
  await expectVisibleFocus(lessThan3);
  await expect(lessThan3).not.toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: '3 to 12 months' })).toBeChecked();
  await page.keyboard.press('ArrowDown');
  const overAYear = page.getByRole('radio', { name: 'More than a year' });
  await expect(overAYear).toBeChecked();
  await expectVisibleFocus(overAYear);
  await expect(page.getByRole('radio', { name: '3 to 12 months' })).not.toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
  await page.keyboard.press('Space');
  await expectStep(page, HEADINGS.en.feel);

  await tick(page, 'Sharp or stabbing');
  await continueWith(page);
  await expectStep(page, HEADINGS.en.severity);

  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: /^Mild/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: /^Moderate/ })).toBeChecked();
  await continueWith(page);
  await expectStep(page, HEADINGS.en.diagnoses);

  await tick(page, 'Herniated disc (also called a slipped or bulging disc)');
  await continueWith(page);
  await expectStep(page, HEADINGS.en.treatments);

  await tick(page, 'Pain medicine');
  await continueWith(page, 'Space');
  // Trying a treatment adds the follow-up question to the count.
  await expectStep(page, HEADINGS.en['treatment-result'], `Question 8 of 8 – ${HEADINGS.en['treatment-result']} – Relief Guide`);

  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'They helped a little' })).toBeChecked();
  await continueWith(page);
  await expectStep(page, HEADINGS.en.check, 'Check your answers – Relief Guide');

  const seeResults = page.getByRole('button', { name: 'See my results' });
  await tabTo(page, seeResults);
  await expectVisibleFocus(seeResults);
  await page.keyboard.press('Enter');
  await expectStep(page, HEADINGS.en.results, `${HEADINGS.en.results} – Relief Guide`);
  await expect(page.getByRole('heading', { level: 2 })).toContainText([
    'This is education, not a diagnosis',
    'Epidural Steroid Injections',
    'Nerve Blocks',
    'Understanding Persistent Pain',
  ]);
});

test('a warning sign leads to the urgent page, and back, with the keyboard alone', async ({ page }) => {
  await openAt(page, guideAddress(null), HEADINGS.en.start);
  await tabTo(page, page.getByRole('button', { name: 'Start now' }));
  await page.keyboard.press('Enter');
  await expectStep(page, HEADINGS.en['warning-signs']);

  await tick(page, 'A fever as well as back pain');
  await continueWith(page);
  await expectStep(page, HEADINGS.en.urgent, 'Get medical help now – Relief Guide');
  await expect(page.getByRole('list').filter({ hasText: 'A fever' })).toHaveText('A fever as well as back pain');

  const mistake = page.getByRole('link', { name: 'I chose this by mistake' });
  await tabTo(page, mistake);
  await expectVisibleFocus(mistake);
  await page.keyboard.press('Enter');
  await expectStep(page, HEADINGS.en['warning-signs']);
  await expect(page.getByRole('checkbox', { name: 'A fever as well as back pain' })).toBeChecked();
});

test('the error summary takes focus and its link leads to the first answer', async ({ page }) => {
  await openAt(page, guideAddress(null, 'q/warning-signs'), HEADINGS.en['warning-signs']);
  await continueWith(page);

  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('There is a problem');
  await expect(page).toHaveTitle(`Error: Question 1 of 7 – ${HEADINGS.en['warning-signs']} – Relief Guide`);
  // The question's own error message is read with it (aria-describedby).
  const fieldset = page.getByRole('group', { name: HEADINGS.en['warning-signs'] });
  await expect(fieldset).toHaveAccessibleDescription(
    'These can be signs of a problem that needs care today. Choose all that apply. Error: Choose at least one answer to go on.',
  );

  const link = summary.getByRole('link', { name: 'Choose at least one answer to go on.' });
  await page.keyboard.press('Tab');
  await expectVisibleFocus(link);
  await page.keyboard.press('Enter');
  const first = page.getByRole('checkbox', { name: 'You have lost control of your bladder or bowels, and this is new' });
  await expect(first).toBeFocused();
  await expect(page).toHaveURL(/#q\/warning-signs$/);
});

test('Back and Change links work from the keyboard and keep the answers', async ({ page }) => {
  await openAt(page, guideAddress(null, `share=${RESULTS_ANSWERS}`), HEADINGS.en.results);
  await goToFragment(page, 'check', HEADINGS.en.check);
  await expect(heading(page)).toBeFocused();

  const change = page.getByRole('link', { name: 'Change How long' });
  await tabTo(page, change);
  await expectVisibleFocus(change);
  await page.keyboard.press('Enter');
  await expectStep(page, HEADINGS.en.duration);
  // Tab enters a radio group at its chosen answer.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'More than a year' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('radio', { name: '3 to 12 months' })).toBeChecked();
  await continueWith(page);
  await expectStep(page, HEADINGS.en.check);
  await expect(page.locator('.summary-row').filter({ hasText: 'How long' })).toContainText('3 to 12 months');

  await goToFragment(page, 'q/where', HEADINGS.en.where);
  const back = page.getByRole('link', { name: 'Back' });
  await page.keyboard.press('Shift+Tab');
  await expectVisibleFocus(back);
  await page.keyboard.press('Enter');
  await expectStep(page, HEADINGS.en['warning-signs']);
  await expect(page.getByRole('checkbox', { name: 'None of these' })).toBeChecked();
});
