// The prerendered first screen (issue 7): the start screen is in the page as the server sends
// it, so it is painted before the wasm runs; the app then takes over with the same markup — one
// guide, no layout shift, no console error. ARCHITECTURE.md, "Prerendered first screen".
import { LANGS, sectionTitles, ui } from './support/content';
import { expect, openStart, pageHeading, test, UI } from './support/guide';

/** The hosted page of each language (issue 13): English is the default page. */
const PAGE_OF = (lang: string) => (lang === 'en' ? '/' : `/index.${lang}.html`);

/** Matches boot.js, the inline script that starts the wasm (assets/js/boot.js, minified): the
 * page's last script, which calls the `wasm_bindgen` that the glue before it defines
 * (xtask/src/single_file.rs). */
const BOOT_SCRIPT = /<script>(?:(?!<script)[\s\S])*?wasm_bindgen\((?:(?!<script)[\s\S])*?<\/script>(?=\s*<\/body>)/;

for (const lang of LANGS) {
  test(`the served ${lang} page already has its start screen in its mount root, in ${lang}`, async ({ page }) => {
    const html = await (await page.request.get(PAGE_OF(lang))).text();
    expect(html).toMatch(new RegExp(`<html lang="${lang}">`));
    const start = html.indexOf('<div id="relief-guide">');
    expect(start, 'the mount root').toBeGreaterThan(0);
    const root = html.slice(start, html.indexOf('<script', start));
    const words = ui(lang);
    expect(root).toContain(`>${words.start_heading}</h1>`);
    // The start button is a link to the first question: it works before the app does.
    expect(root).toMatch(new RegExp(`<a href="#q/[a-z-]+"[^>]*>${words.start_button}</a>`));
    expect(root.match(/<h1/g)).toHaveLength(1);
    expect(root.match(/<main/g)).toHaveLength(1);
    // No flash of another language: no other language's start screen in this page.
    for (const other of LANGS.filter((l) => l !== lang)) {
      expect(root).not.toContain(ui(other).start_heading);
    }
  });
}

test('before the wasm runs, the start screen is visible and the article waits behind it', async ({ page }) => {
  await page.route('**/', async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    expect(html).toMatch(BOOT_SCRIPT);
    await route.fulfill({ response, body: html.replace(BOOT_SCRIPT, '') });
  });
  await page.goto('/');
  await expect(pageHeading(page)).toHaveText(UI.start_heading);
  await expect(page.getByRole('link', { name: UI.start_button })).toBeVisible();
  // The article is in the page, but waits behind the start screen.
  for (const title of sectionTitles('en')) {
    const articleHeading = page.getByRole('heading', { name: title, exact: true, includeHidden: true });
    await expect(articleHeading.first()).toBeAttached();
    for (const shown of await articleHeading.all()) await expect(shown).toBeHidden();
  }
  // The footer is the page's own: who wrote the guide, on screen from the first paint.
  await expect(page.getByRole('contentinfo').getByRole('heading', { level: 2, name: UI.about_heading })).toBeVisible();
  await expect(page.locator('.guide-loading')).toBeHidden();
  await expect(page.locator('h1')).toHaveCount(1);
});

test('the app takes over with one guide and no layout shift', async ({ page }) => {
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as { layoutShifts: number[] }).layoutShifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shifts.push((entry as unknown as { value: number }).value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await openStart(page);
  // The app's markup has no loading line: it has replaced the prerendered one.
  await expect(page.locator('.guide-loading')).toHaveCount(0);
  await expect(page.locator('#relief-guide')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('main')).toHaveCount(1);
  await expect(page.locator('.guide')).toHaveCount(1);
  await expect(pageHeading(page)).toBeVisible();
  // Two frames after the takeover, every layout shift so far has been reported.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts);
  expect(shifts, 'layout shifts while the app took over').toEqual([]);
  // And it works: Start goes to the first question.
  await page.getByRole('link', { name: UI.start_button }).click();
  await expect(pageHeading(page)).not.toHaveText(UI.start_heading);
});
