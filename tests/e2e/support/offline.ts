// Helpers for the offline specs (offline.spec.ts): the built files, pages opened from disk with
// the network off, copies of the page as a browser saves them, and a server of our own whose
// files a test can change and stop.
import { type Browser, type Page, expect } from '@playwright/test';
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fill } from './content';
import { UI, answersOf, journey, label, q, type Step } from './guide';

const repository = join(__dirname, '..', '..', '..');
export const dist = join(repository, 'dist');

/** The one-file guide, and the name "Save for offline use" downloads it by. */
export const OFFLINE_FILE = 'relief-guide.html';

export function fileUrl(path: string): string {
  return pathToFileURL(path).href;
}

// ---------------------------------------------------------------------------------------------
// A patient's journey, by role and name, as a patient would answer, in the words of content/.

/** Every question the journey below meets, with the answers it gives (tests/journeys.toml). */
export const JOURNEY: readonly Step[] = journey('herniated-disc').steps;

/** A `key` of content/en/ui.toml [ui], with its `{file}` filled in where it has one. */
export function uiText(key: string): string {
  return fill(UI[key], { file: OFFLINE_FILE });
}

export async function startGuide(page: Page): Promise<void> {
  await page.getByRole('link', { name: UI.start_button }).click();
}

/** Answers the next `count` questions of JOURNEY, from question `from` (0-based). */
export async function answerQuestions(page: Page, from: number, count: number): Promise<void> {
  for (const step of JOURNEY.slice(from, from + count)) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(q(step[0]));
    for (const answer of answersOf([step])) await page.getByLabel(label(answer), { exact: true }).check();
    await page.getByRole('button', { name: UI.continue_button }).click();
  }
}

/** From the start page to the results: every question, then "Check your answers". */
export async function completeJourney(page: Page): Promise<void> {
  await startGuide(page);
  await answerQuestions(page, 0, JOURNEY.length);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(UI.check_heading);
  await page.getByRole('button', { name: UI.check_submit }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(UI.results_heading);
  await expect(page.getByText(UI.article_words_heading, { exact: true })).toBeVisible();
}

/** The titles of the article sections the results page shows as fitting the answers. */
export async function resultTitles(page: Page): Promise<string[]> {
  return page.locator('.topic-title').allInnerTexts();
}

/** Exactly one guide on the page: one mount root, one page heading, one main landmark. */
export async function expectOneGuide(page: Page): Promise<void> {
  await expect(page.locator('#relief-guide')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('main')).toHaveCount(1);
}

// ---------------------------------------------------------------------------------------------
// Offline contexts and the requests that try to leave them.

/**
 * A context with the network off, whose every request is recorded; any http(s) request is
 * also aborted. `outside()` lists what went anywhere but `allowed` (the page's own file),
 * data: or blob: URLs.
 */
export async function offlineContext(browser: Browser) {
  const context = await browser.newContext({ offline: true });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  await context.route(/^https?:/, (route) => route.abort('internetdisconnected'));
  const outside = (allowed: string) =>
    // A query on a file:// address (a share link's ?lang=) names the same file on disk.
    requests.filter((url) => url.split('#')[0].split('?')[0] !== allowed && !/^(data|blob):/.test(url));
  return { context, requests, outside };
}

// ---------------------------------------------------------------------------------------------
// Saved copies of the page.

/**
 * Writes `html` (a serialised DOM) to `<folder>/<name>.html` the way Chrome's "Save Page As →
 * Webpage, Complete" does: every file an element loads (script src, stylesheet link, image)
 * is saved into `<name>_files/`, and the element points there. Returns the page's path and the
 * files saved.
 */
export async function saveComplete(page: Page, html: string, folder: string, name: string) {
  const filesDir = join(folder, `${name}_files`);
  mkdirSync(filesDir, { recursive: true });
  const saved: string[] = [];
  const loads = /(<(?:script|img)\b[^>]*?\bsrc=|<link\b(?=[^>]*\brel="?stylesheet)[^>]*?\bhref=)(["'])([^"']+)\2/gi;
  const rewritten: string[] = [];
  let last = 0;
  for (const match of html.matchAll(loads)) {
    const [whole, start, quote, address] = match;
    const url = new URL(address, page.url());
    if (!/^https?:$/.test(url.protocol)) continue;
    const file = basename(url.pathname) || 'index.html';
    writeFileSync(join(filesDir, file), await (await page.request.get(url.href)).body());
    saved.push(file);
    rewritten.push(html.slice(last, match.index), `${start}${quote}./${name}_files/${file}${quote}`);
    last = match.index! + whole.length;
  }
  rewritten.push(html.slice(last));
  const path = join(folder, `${name}.html`);
  const source = `<!-- saved from url=(${String(page.url().length).padStart(4, '0')})${page.url()} -->\n`;
  writeFileSync(path, `<!DOCTYPE html>\n${source}${rewritten.join('')}`);
  return { path, saved };
}

// ---------------------------------------------------------------------------------------------
// A web server of the test's own: nginx as deployed (`cargo xtask nginx --root`, the server of
// every browser test, xtask/src/nginx.rs) on free ports, over a copy of dist/ that the test may
// change ("deploy") or stop ("the network is gone").

export function copyOfDist(folder: string): string {
  cpSync(dist, folder, { recursive: true });
  return folder;
}

/** Deploys a changed file into a copy of dist/ as `cargo xtask dist` writes it: with fresh
 * precompressed `.gz` and `.br` copies beside it where it had them, which nginx sends instead
 * of the file (a deployment that left stale copies would serve the old file). */
export function deploy(folder: string, name: string, text: string): void {
  const path = join(folder, name);
  writeFileSync(path, text);
  if (existsSync(`${path}.gz`)) writeFileSync(`${path}.gz`, gzipSync(text, { level: 9 }));
  if (existsSync(`${path}.br`)) writeFileSync(`${path}.br`, brotliCompressSync(text));
}

export async function serve(folder: string): Promise<{ url: string; stop: () => Promise<void> }> {
  // `cargo run` becomes xtask, which becomes nginx: ending this process ends the server. No
  // E2E_PORT: this server takes free ports of its own.
  const env = { ...process.env };
  delete env.E2E_PORT;
  delete env.E2E_PARTNER_PORT;
  const server: ChildProcess = spawn('cargo', ['xtask', 'nginx', '--root', folder], {
    cwd: join(__dirname, '..', '..', '..'),
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    server.stdout!.on('data', (chunk) => {
      output += chunk;
      const address = output.match(/ on (http:\/\/127\.0\.0\.1:\d+\/),/);
      if (address) resolve(address[1]);
    });
    server.on('exit', (code) => reject(new Error(`cargo xtask nginx exited (${code}): ${output}`)));
  });
  const deadline = Date.now() + 15_000;
  for (;;) {
    try {
      await fetch(url, { method: 'HEAD' });
      break;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`nginx did not answer at ${url}: ${error}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (server.exitCode !== null || server.signalCode !== null) return resolve();
      server.once('exit', () => resolve());
      server.kill('SIGTERM');
    });
  return { url, stop };
}

/** Waits until a service worker controls the page (it claims the page once active). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

export async function cacheNames(page: Page): Promise<string[]> {
  return page.evaluate(() => caches.keys());
}

/** The build hash in a sw.js. */
export function buildOf(worker: string): string {
  const build = worker.match(/^const BUILD = '([0-9a-f]+)';$/m)?.[1];
  if (!build) throw new Error('sw.js has no BUILD line');
  return build;
}
