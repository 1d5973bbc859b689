// Share links: "Copy a link to these results" puts the answers in the #fragment only (browsers
// never send it to a server); the link opens the same results anywhere.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { optionOf, question } from './support/content';
import {
  denyClipboard,
  expect,
  expectResults,
  journey as journeyNamed,
  label,
  pageHeading,
  q,
  reachResults,
  resultsList,
  sessionStorageEntries,
  STORAGE_KEY,
  test,
  UI,
  watch,
} from './support/guide';

const journey = journeyNamed('herniated-disc');

/** `code` with the answer to `questionId` replaced by `optionIds` (codes from questions.toml). */
function withAnswer(code: string, questionId: string, optionIds: readonly string[]): string {
  const asked = question(questionId);
  const part = [asked.code, ...optionIds.map((id) => optionOf(`${questionId}.${id}`).code)].join('.');
  const parts = code.split('~');
  const at = parts.findIndex((p) => p.split('.')[0] === asked.code);
  if (at < 0) throw new Error(`"${code}" has no answer to ${questionId}`);
  parts[at] = part;
  return parts.join('~');
}

test('the copied link holds the answers only in its #fragment and opens the same results in a new browser', async ({
  page,
  context,
  browser,
  baseURL,
  problems,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await reachResults(page, journey);

  await page.getByRole('button', { name: UI.share_button }).click();
  await expect(page.getByRole('status')).toHaveText(UI.share_copied);
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const url = new URL(link);
  expect(url.origin).toBe(new URL(baseURL!).origin);
  expect(url.pathname).toBe('/');
  expect(url.search, 'the query holds only the language; the server never sees the answers').toBe('?lang=en');
  expect(url.hash).toBe(`#share=${journey.code}`);

  // A different patient's browser: no session storage, no history.
  const elsewhere = await browser.newContext();
  try {
    const other = await elsewhere.newPage();
    watch(other, problems);
    await other.goto(link);
    await expectResults(other, journey.sections);
    // The code is consumed: the address no longer holds the answers.
    await expect(other).toHaveURL(`${url.origin}/?lang=en#results`);
    // The code was replaced, not kept in history: Back leaves the guide.
    await other.goBack();
    expect(other.url()).toBe('about:blank');
  } finally {
    await elsewhere.close();
  }
});

test('results opened from a shared link are still there after a reload', async ({ page }) => {
  await page.goto(`/#share=${journey.code}`);
  await expectResults(page, journey.sections);
  await expect(page).toHaveURL(/\/#results$/);
  // Like answers given in the tab, the shared answers are kept for this tab...
  expect(await sessionStorageEntries(page)).toEqual({ [STORAGE_KEY]: journey.code });
  // ...so a reload of #results shows them again.
  await page.reload();
  await expect(pageHeading(page)).not.toHaveText(q('warning-signs'));
  await expectResults(page, journey.sections);
});

test('a link whose ~ an app percent-encoded (%7E) still opens the results', async ({ page }) => {
  await page.goto(`/#share=${journey.code.replaceAll('~', '%7E')}`);
  await expectResults(page, journey.sections);
});

test('when the browser refuses the clipboard, the link is shown in a labelled field to copy by hand', async ({
  page,
  context,
  baseURL,
}) => {
  await page.goto(`/#share=${journey.code}`);
  await expect(pageHeading(page)).toHaveText(UI.results_heading);
  await denyClipboard(context, page, new URL(baseURL!).origin);

  await page.getByRole('button', { name: UI.share_button }).click();
  const field = page.getByRole('status').getByRole('textbox', { name: UI.share_manual, exact: true });
  await expect(field).toHaveValue(`${new URL(baseURL!).origin}/?lang=en#share=${journey.code}`);
  await expect(field).not.toBeEditable();
  await expect(page.getByText(UI.share_copied)).toHaveCount(0);
});

test('when the browser has no Clipboard API (a page served over plain http), the link is shown to copy by hand', async ({
  page,
  context,
  baseURL,
}) => {
  // Outside a secure context, navigator.clipboard does not exist.
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
  });
  await page.goto(`/#share=${journey.code}`);
  await expect(pageHeading(page)).toHaveText(UI.results_heading);

  await page.getByRole('button', { name: UI.share_button }).click();
  await expect(page.getByRole('textbox', { name: UI.share_manual, exact: true })).toHaveValue(
    `${new URL(baseURL!).origin}/?lang=en#share=${journey.code}`,
  );
});

test('from the one-file guide opened from disk, a link the clipboard refuses is said to work only on this device', async ({
  page,
  context,
}) => {
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
  });
  const file = pathToFileURL(join(__dirname, '..', '..', 'dist', 'relief-guide.html')).href;
  await page.goto(`${file}#share=${journey.code}`);
  await expect(pageHeading(page)).toHaveText(UI.results_heading);
  await page.getByRole('button', { name: UI.share_button }).click();
  const field = page.getByRole('status').getByRole('textbox', { name: UI.share_manual_file, exact: true });
  await expect(field).toHaveValue(`${file}?lang=en#share=${journey.code}`);
  await expect(page.getByText(UI.share_manual, { exact: true })).toHaveCount(0);
});

test.describe('A shared link never skips a warning sign or the scope card', () => {
  test('with an emergency sign it opens the emergency card, not the results', async ({ page }) => {
    await page.goto(`/#share=${withAnswer(journey.code, 'warning-signs', ['bladder-bowel'])}`);
    await expect(pageHeading(page)).toHaveText(UI.card_emergency_heading);
    await expect(page).toHaveURL(/\/#emergency$/);
    await expect(page.getByRole('main').getByRole('list').getByRole('listitem')).toHaveText([
      label('warning-signs.bladder-bowel'),
    ]);
    await expect(resultsList(page)).toHaveCount(0);
    // Asking for the results by address still shows the card.
    await page.goto('/#results');
    await expect(pageHeading(page)).toHaveText(UI.card_emergency_heading);
  });

  test('with an urgent sign it opens the urgent card, not the results', async ({ page }) => {
    await page.goto(`/#share=${withAnswer(journey.code, 'warning-signs', ['fever'])}`);
    await expect(pageHeading(page)).toHaveText(UI.card_urgent_heading);
    await expect(page).toHaveURL(/\/#urgent$/);
    await expect(page.getByRole('main').getByRole('list').getByRole('listitem')).toHaveText([label('warning-signs.fever')]);
    await expect(resultsList(page)).toHaveCount(0);
  });

  test('with pain only in the head it opens the scope card, not the results', async ({ page }) => {
    await page.goto(`/#share=${withAnswer(journey.code, 'where', ['head'])}`);
    await expect(pageHeading(page)).toHaveText(UI.scope_heading);
    await expect(page).toHaveURL(/\/#not-covered$/);
    await expect(resultsList(page)).toHaveCount(0);
  });
});
