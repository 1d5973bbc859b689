// Safe failure (SECURITY.md): storage that throws, is full, or holds what another version or
// something else wrote is ignored, and the journey works; a share link from an older version
// keeps the answers that still exist and asks again for the others.
import type { Page } from '@playwright/test';
import {
  answer,
  answerAll,
  expect,
  journey,
  pageHeading,
  q,
  resultsList,
  sessionStorageEntries,
  short,
  STORAGE_KEY,
  test,
  UI,
} from './support/guide';

const JOURNEY = journey('herniated-disc');

/** The whole journey to its results, from the start page already on screen. */
async function journeyWorks(page: Page): Promise<void> {
  await page.getByRole('link', { name: UI.start_button }).click();
  await answersToResults(page);
}

/** From the first question to the results. */
async function answersToResults(page: Page): Promise<void> {
  await answerAll(page, JOURNEY.steps);
  await page.getByRole('button', { name: UI.check_submit }).click();
  await expect(pageHeading(page)).toHaveText(UI.results_heading);
  await expect(resultsList(page).getByRole('listitem')).toHaveCount(JOURNEY.sections.length);
}

test.describe('Storage that fails is ignored', () => {
  test('sessionStorage that throws on every use: the journey works, kept in memory', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'sessionStorage', {
        get() {
          throw new DOMException('storage is blocked in this test', 'SecurityError');
        },
      });
    });
    await page.goto('/');
    await expect(pageHeading(page)).toHaveText(UI.start_heading);
    await journeyWorks(page);
  });

  test('full sessionStorage (QuotaExceededError on every write): the journey works', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('the quota has been exceeded in this test', 'QuotaExceededError');
      };
    });
    await page.goto('/');
    await expect(pageHeading(page)).toHaveText(UI.start_heading);
    await journeyWorks(page);
    expect(await sessionStorageEntries(page)).toEqual({});
  });

  // Another version's format, a cut-off write, bytes that are not a code at all.
  for (const saved of ['2~w.n~p.lb', '1~w.n~p.', '\u0000\uFFFD{"answers":[1,2]}']) {
    test(`saved answers that do not decode (${JSON.stringify(saved)}) are ignored`, async ({ page }) => {
      await page.goto('/#check');
      await page.evaluate(([key, value]) => sessionStorage.setItem(key, value), [STORAGE_KEY, saved]);
      await page.reload();
      await expect(pageHeading(page), 'no answers: the guide asks the first question').toHaveText(q('warning-signs'));
      await answersToResults(page);
      expect(await sessionStorageEntries(page)).toEqual({ [STORAGE_KEY]: JOURNEY.code });
    });
  }
});

test.describe('A share link from an older version of the guide', () => {
  // The journey's link as an older version would have written it: an answer to a question this
  // version no longer asks ("zq"), and an answer to "How long" this version no longer offers.
  const OLD_LINK = '1~w.n~h.nn~p.lb.l1~zq.a~d.zz~f.ss~s.mo~dx.hd~t.md~r.sm';

  const answerAgain = (page: Page) => page.getByRole('status').filter({ hasText: UI.answer_again_heading });

  test('keeps every answer that still exists and asks again, kindly, for the one that does not', async ({ page }) => {
    await page.goto(`/#share=${OLD_LINK}`);
    await expect(pageHeading(page)).toHaveText(q('duration'));
    const notice = answerAgain(page);
    await expect(notice.getByRole('heading', { level: 2 })).toHaveText(UI.answer_again_heading);
    await expect(notice).toContainText(UI.answer_again_text);
    await expect(notice.getByRole('listitem')).toHaveText([short('duration')]);

    await answer(page, ['duration.over-a-year']);
    await expect(pageHeading(page), 'every other answer was kept').toHaveText(UI.check_heading);
    await expect(answerAgain(page)).toHaveCount(0);
    expect(await sessionStorageEntries(page)).toEqual({ [STORAGE_KEY]: JOURNEY.code });
  });

  // The same journey's link as the guide wrote it before the warning signs were graded (issue
  // 12): no health history yet, and "lg" (pain down one OR both legs), a code now retired.
  const BEFORE_ISSUE_12 = '1~w.n~p.lb.lg~d.y1~f.ss~s.mo~dx.hd~t.md~r.sm';

  test('a link from before the health-history question asks it, then asks again where it hurts, and keeps the rest', async ({
    page,
  }) => {
    await page.goto(`/#share=${BEFORE_ISSUE_12}`);
    // The first question still to answer: the history, which that version never asked.
    await expect(pageHeading(page)).toHaveText(q('history'));
    await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
    const notice = answerAgain(page);
    await expect(notice).toContainText(UI.answer_again_text);
    // "Where it hurts" held a retired answer: it is asked again, not half-kept.
    await expect(notice.getByRole('listitem')).toHaveText([short('where')]);

    await answer(page, ['history.none']);
    await expect(pageHeading(page)).toHaveText(q('where'));
    await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
    await answer(page, ['where.lower-back', 'where.one-leg']);
    await expect(pageHeading(page), 'every other answer was kept').toHaveText(UI.check_heading);
    await expect(answerAgain(page)).toHaveCount(0);
    expect(await sessionStorageEntries(page)).toEqual({ [STORAGE_KEY]: JOURNEY.code });
  });
});
