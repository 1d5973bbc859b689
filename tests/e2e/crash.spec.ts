// A Rust panic never leaves a blank page: the panic hook (src/platform/panic.rs) shows a calm
// page with the whole article and a way to start again, and forgets the saved answers.
//
// A panic needs a trigger, and the released guide must have none: `cargo xtask test` builds a
// test build with the `test-hooks` feature into target/dist-test, where opening `#__panic`
// panics. This spec serves that build on a port of its own, and checks that the released page
// in dist/ has no trace of the trigger.
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { questionIds, sectionTitles } from './support/content';
import { answer, test as base, expect, pageHeading, q, sessionStorageEntries, STORAGE_KEY, UI } from './support/guide';
import { dist, serve } from './support/offline';

const TEST_BUILD = join(__dirname, '..', '..', 'target', 'dist-test');
const TRIGGER = '#__panic';

const test = base.extend<{ testBuild: string }>({
  testBuild: async ({}, use, testInfo) => {
    if (!existsSync(join(TEST_BUILD, 'index.html'))) {
      throw new Error('no test build in target/dist-test: run `cargo xtask test` (it builds one)');
    }
    // Trunk's test build has no service worker (`cargo xtask dist` writes sw.js); a deployed
    // guide has one, and registers it. A copy of the build with a worker that keeps nothing,
    // so that the page's registration is answered as on a clinic's server.
    const site = testInfo.outputPath('test-build');
    cpSync(TEST_BUILD, site, { recursive: true });
    writeFileSync(join(site, 'sw.js'), '// The test build keeps nothing for offline visits.\n');
    const server = await serve(site);
    await use(server.url);
    await server.stop();
  },
});

/**
 * The wasm inside the one-file page (base64 of LZMA, xtask/src/single_file.rs), unpacked by the
 * page's own decoder (assets/js/lzma.js), run here on its own.
 */
async function wasmInPage(html: string): Promise<Buffer> {
  const packed = html.match(/<script id="relief-guide-wasm" type="application\/octet-stream">([^<]*)<\/script>/)?.[1];
  if (!packed) throw new Error('the page has no wasm data block');
  const decoder = html.match(/<script>(const unlzma\s*=[^]*?)<\/script>/)?.[1];
  if (!decoder) throw new Error('the page has no LZMA decoder');
  const unlzma = runInNewContext(`${decoder}\nunlzma`, { performance });
  return Buffer.from(await unlzma(new Uint8Array(Buffer.from(packed, 'base64'))));
}

test('a panic in the middle of a journey shows the crash page with the article and a way to start again', async ({ page, testBuild, problems }) => {
  await page.goto(testBuild);
  await page.getByRole('link', { name: UI.start_button }).click();
  await answer(page, ['warning-signs.none']);
  await expect(pageHeading(page)).toHaveText(q(questionIds()[1]));
  expect(await sessionStorageEntries(page)).toEqual({ [STORAGE_KEY]: '1~w.n' });

  await page.evaluate((trigger) => (location.hash = trigger), TRIGGER);

  await expect(pageHeading(page)).toHaveText(UI.crash_heading);
  await expect(page.getByRole('main')).toContainText(UI.crash_text);
  for (const title of sectionTitles('en')) {
    await expect(page.getByRole('heading', { name: title, exact: true })).toBeVisible();
  }
  expect(await sessionStorageEntries(page), 'the answers that might have caused it are gone').toEqual({});
  // The panic's own report is the one console error this test expects: it is taken out of
  // `problems`, so that any other error still fails the test.
  const reports = problems.filter((e) => e.includes('Relief Guide stopped'));
  expect(reports, 'the panic is reported once').toHaveLength(1);
  problems.splice(problems.indexOf(reports[0]), 1);
  // A Rust panic in wasm then aborts: the module traps (`unreachable`), once, in the listener
  // that panicked. That trap is the same panic; anything else is still a problem.
  const traps = problems.filter((e) => e === 'uncaught page error: unreachable');
  expect(traps, 'the panic aborts once').toHaveLength(1);
  problems.splice(problems.indexOf(traps[0]), 1);

  await page.getByRole('link', { name: UI.start_again }).click();
  await expect(pageHeading(page)).toHaveText(UI.start_heading);
});

test('the released guide has no test trigger, and the test build shows the check can see one', async () => {
  // Every page released: each language's hosted page and the downloaded file.
  const pages = readdirSync(dist).filter((name) => name.endsWith('.html'));
  expect(pages).toEqual(expect.arrayContaining(['index.html', 'index.es.html', 'relief-guide.html']));
  for (const name of pages) {
    const released = readFileSync(join(dist, name), 'utf8');
    expect(released, name).not.toContain(TRIGGER);
    const releasedWasm = await wasmInPage(released);
    expect(releasedWasm.subarray(0, 4).toString('latin1'), `${name}: a wasm module`).toBe('\0asm');
    expect(releasedWasm.includes(TRIGGER), `${name}: the released wasm`).toBe(false);
  }
  const testWasm = readdirSync(TEST_BUILD).find((name) => name.endsWith('_bg.wasm'));
  expect(testWasm, 'the test build has its wasm').toBeDefined();
  expect(readFileSync(join(TEST_BUILD, testWasm!)).includes(TRIGGER), 'the test build’s wasm').toBe(true);
});
