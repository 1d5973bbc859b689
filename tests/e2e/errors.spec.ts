// When something is wrong: a damaged share link, an unknown address, or Continue with nothing
// chosen. Never a blank page, never an uncaught error, always a way on.
import type { Page } from '@playwright/test';
import { answerIds, hint, pageTitle, questionTitle } from './support/content';
import {
  answer,
  answerAll,
  expect,
  journey,
  label,
  pageHeading,
  q,
  reachResults,
  sessionStorageEntries,
  startGuide,
  STORAGE_KEY,
  test,
  UI,
} from './support/guide';

async function expectWayToStart(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: UI.problem_resume })).toHaveCount(0);
  await page.getByRole('button', { name: UI.problem_start }).click();
  await expect(pageHeading(page)).toHaveText(UI.start_heading);
  await expect(page).toHaveURL(/\/#start$/);
  await page.getByRole('link', { name: UI.start_button }).click();
  await expect(pageHeading(page)).toHaveText(q('warning-signs'));
}

test.describe('Damaged links and unknown pages', () => {
  // Not well-formed: a code no version writes (capitals), a code cut to nothing, not a code at all.
  for (const code of ['1~w.Q', '1~w.n~p.', 'garbage']) {
    test(`a damaged share link (#share=${code}) shows the damaged-link page and leads to the start`, async ({ page }) => {
      await page.goto(`/#share=${code}`);
      await expect(pageHeading(page)).toHaveText(UI.problem_link_heading);
      await expect(page.getByRole('main')).toContainText(UI.problem_link_text);
      await expect(page).toHaveTitle(pageTitle('en', UI.problem_link_heading));
      expect(await sessionStorageEntries(page), 'no answers are loaded from it').toEqual({});
      await expectWayToStart(page);
    });
  }

  test('a link cut short inside its last answer is damaged, not from an older version', async ({ page }) => {
    const { code } = journey('herniated-disc');
    expect(code.split('.').at(-1)!.length, 'the last answer has a code of 2 or more letters').toBeGreaterThan(1);
    await page.goto(`/#share=${code.slice(0, -1)}`);
    await expect(pageHeading(page)).toHaveText(UI.problem_link_heading);
    await expect(page.getByRole('main')).toContainText(UI.problem_link_text);
    await expect(page.getByText(UI.answer_again_heading)).toHaveCount(0);
    expect(await sessionStorageEntries(page), 'no answers are loaded from it').toEqual({});
  });

  test('a link from a version of the guide this one cannot read says so, not that it is damaged', async ({ page }) => {
    await page.goto('/#share=2~w.n');
    await expect(pageHeading(page)).toHaveText(UI.problem_version_heading);
    await expect(page.getByRole('main')).toContainText(UI.problem_version_text);
    await expect(page).toHaveTitle(pageTitle('en', UI.problem_version_heading));
    await expect(page.getByText(UI.problem_link_text)).toHaveCount(0);
    expect(await sessionStorageEntries(page), 'no answers are loaded from it').toEqual({});
    await expectWayToStart(page);
  });

  for (const fragment of ['#nope', '#q/nope', '#results/extra']) {
    test(`an unknown address (${fragment}) shows the unknown-page page and leads to the start`, async ({ page }) => {
      await page.goto(`/${fragment}`);
      await expect(pageHeading(page)).toHaveText(UI.problem_page_heading);
      await expect(page.getByRole('main')).toContainText(UI.problem_page_text);
      await expect(page).toHaveTitle(pageTitle('en', UI.problem_page_heading));
      await expectWayToStart(page);
    });
  }

  test('a damaged link opened mid-journey keeps the answers given in this tab and leads back to them', async ({ page }) => {
    await startGuide(page);
    await answerAll(page, [
      ['warning-signs', ['none']],
      ['history', ['none']],
      ['where', ['lower-back']],
    ]);
    await page.goto('/#share=1~w.Q');
    await expect(pageHeading(page)).toHaveText(UI.problem_link_heading);
    await expect(pageHeading(page)).toBeFocused();
    expect(await sessionStorageEntries(page)).toEqual({ [STORAGE_KEY]: '1~w.n~h.nn~p.lb' });

    await page.getByRole('button', { name: UI.problem_resume }).click();
    await expect(pageHeading(page)).toHaveText(q('duration'));
    await expect(page).toHaveURL(/\/#q\/duration$/);
  });
});

test.describe('Continue with nothing chosen', () => {
  test('shows a focused error summary whose link moves focus to the first tick box without changing the address', async ({ page }) => {
    await startGuide(page);
    const address = page.url();
    const entries = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: UI.continue_button }).click();

    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    expect(await page.evaluate(() => history.length), 'no new history entry').toBe(entries);
    await expect(summary).toHaveAccessibleName(UI.error_summary_heading);
    await expect(summary.getByRole('heading', { level: 2 })).toHaveText(UI.error_summary_heading);
    await expect(page).toHaveTitle(questionTitle('en', 'warning-signs', [], true));
    expect(page.url()).toBe(address);

    // The message is tied to the question's fieldset, after its hint.
    const question = page.getByRole('group', { name: q('warning-signs') });
    const describedBy = (await question.getAttribute('aria-describedby'))?.split(' ') ?? [];
    expect(describedBy).toEqual(['warning-signs-hint', 'warning-signs-error']);
    await expect(question).toHaveAccessibleDescription(
      `${hint('en', 'warning-signs')} ${UI.error_prefix} ${UI.error_choose_many}`,
    );

    await summary.getByRole('link', { name: UI.error_choose_many, exact: true }).click();
    await expect(page.getByRole('checkbox', { name: label(answerIds('warning-signs')[0]), exact: true })).toBeFocused();
    expect(page.url()).toBe(address);
    await expect(pageHeading(page)).toHaveText(q('warning-signs'));
  });

  test('on a one-answer question the message asks for one answer and points at the first radio button', async ({ page }) => {
    await startGuide(page);
    await answerAll(page, [
      ['warning-signs', ['none']],
      ['history', ['none']],
      ['where', ['lower-back']],
    ]);
    await page.getByRole('button', { name: UI.continue_button }).click();

    await expect(page.getByRole('alert')).toBeFocused();
    await expect(page).toHaveTitle(
      questionTitle('en', 'duration', ['warning-signs.none', 'history.none', 'where.lower-back'], true),
    );
    const question = page.getByRole('group', { name: q('duration') });
    expect(await question.getAttribute('aria-describedby')).toBe('duration-error');
    await expect(question).toHaveAccessibleDescription(`${UI.error_prefix} ${UI.error_choose_one}`);

    await page.getByRole('alert').getByRole('link', { name: UI.error_choose_one, exact: true }).click();
    await expect(page.getByRole('radio', { name: label(answerIds('duration')[0]), exact: true })).toBeFocused();
    await expect(page).toHaveURL(/\/#q\/duration$/);
  });

  test('the error goes away once an answer is chosen and Continue is pressed', async ({ page }) => {
    await startGuide(page);
    await page.getByRole('button', { name: UI.continue_button }).click();
    await expect(page.getByRole('alert')).toBeVisible();

    await answer(page, ['warning-signs.none']);
    // The next question is the patient's health history.
    await expect(pageHeading(page)).toHaveText(q('history'));
    await expect(page).toHaveTitle(questionTitle('en', 'history', ['warning-signs.none']));
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('group', { name: q('history') })).toHaveAccessibleDescription(hint('en', 'history'));
  });
});

test('every file the guide asks for is served: no failed request on the way to the results', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => failed.push(`${request.failure()?.errorText} ${request.url()}`));
  await reachResults(page, journey('herniated-disc'));
  await page.reload();
  await expect(pageHeading(page)).toHaveText(UI.results_heading);
  expect(failed).toEqual([]);
});
