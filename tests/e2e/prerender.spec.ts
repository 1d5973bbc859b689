// The prerendered first screen (issue 7): the start screen is in the page as the server sends
// it, so it is painted before the wasm runs; the app then takes over with the same markup — one
// guide, no layout shift, no console error. ARCHITECTURE.md, "Prerendered first screen".
import { expect, openStart, pageHeading, test, UI } from './support/guide';

/** Matches boot.js, the inline script that starts the wasm (xtask/src/boot.js, minified): the
 * page's last script, which calls the `wasm_bindgen` that the glue before it defines
 * (xtask/src/single_file.rs). */
const BOOT_SCRIPT = /<script>(?:(?!<script)[\s\S])*?wasm_bindgen\((?:(?!<script)[\s\S])*?<\/script>(?=\s*<\/body>)/;

test('the served page already has the start screen in its mount root', async ({ page }) => {
  const html = await (await page.request.get('/')).text();
  const root = html.slice(html.indexOf('<div id="relief-guide">'), html.indexOf('<script'));
  expect(root).toContain(`>${UI.start_heading}</h1>`);
  expect(root).toContain(`>${UI.start_button}</button>`);
  expect(root.match(/<h1/g)).toHaveLength(1);
  expect(root.match(/<main/g)).toHaveLength(1);
});

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
  await expect(page.getByRole('heading', { level: 2 })).toBeHidden();
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
