// Private and hardened by proof (SECURITY.md): in every way the guide is opened (hosted, the
// downloaded file from disk, embedded in a partner's page), a whole journey makes no request
// after the initial load, sets no cookie, keeps nothing but the one documented sessionStorage
// key (nothing at all when embedded), never puts answers in an address's query, the console or
// a message, and breaks none of the page's Content-Security-Policy.
//
// "The initial load" is everything until the guide's start page is on screen: the page (and,
// embedded, the partner's page and embed.js), plus on the hosted page the service worker's
// first install (sw.js and the one copy of the page it keeps, ARCHITECTURE.md "Offline"), which
// the test waits for. Every request after that fails the test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, FrameLocator, Page } from '@playwright/test';
import { openDemo, test } from './support/embed';
import { answersOf, expect, type Guide, journey, option, pageHeading, q, STORAGE_KEY, UI } from './support/guide';
import { dist, fileUrl, OFFLINE_FILE, waitForServiceWorker } from './support/offline';

const JOURNEY = journey('herniated-disc');
/** Pieces of the journey's share code: none may leave the guide except in a #fragment. */
const ANSWER_CODES = [JOURNEY.code, '~p.lb.lg', 'dx.hd'];

/** What every frame of every page records (installed before any page script runs). */
interface Recorded {
  violations: string[];
  messages: string[];
}

async function recordEveryFrame(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const recorded = { violations: [] as string[], messages: [] as string[] };
    Object.defineProperty(window, '__recorded', { value: recorded });
    document.addEventListener('securitypolicyviolation', (event) => {
      recorded.violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`);
    });
    window.addEventListener('message', (event) => recorded.messages.push(JSON.stringify(event.data)));
  });
}

async function recordedIn(guide: Page | FrameLocator): Promise<Recorded> {
  const read = () => (window as unknown as { __recorded: Recorded }).__recorded;
  return 'goto' in guide ? guide.evaluate(read) : guide.locator('html').evaluate(read);
}

/** Every request of the context (pages, frames, service workers) after `mark()`. */
function recordRequests(context: BrowserContext): { mark: () => void; since: () => string[] } {
  const all: string[] = [];
  context.on('request', (request) => all.push(`${request.method()} ${request.url()}`));
  let marked = 0;
  return { mark: () => (marked = all.length), since: () => all.slice(marked) };
}

function recordConsole(page: Page): string[] {
  const lines: string[] = [];
  page.on('console', (message) => lines.push(message.text()));
  return lines;
}

/** Start → every question → check → results → "Start again", checking storage on the way. */
async function wholeJourney(guide: Guide, storage: () => Promise<Record<string, string>>, keeps: boolean): Promise<void> {
  await guide.getByRole('link', { name: UI.start_button }).click();
  for (const step of JOURNEY.steps) {
    const question = q(step[0]);
    await expect(pageHeading(guide)).toHaveText(question);
    for (const answer of answersOf([step])) await option(guide, answer).check();
    await guide.getByRole('button', { name: UI.continue_button }).click();
    await expect(pageHeading(guide)).not.toHaveText(question);
  }
  await expect(pageHeading(guide)).toHaveText(UI.check_heading);
  await guide.getByRole('button', { name: UI.check_submit }).click();
  await expect(pageHeading(guide)).toHaveText(UI.results_heading);
  expect(await storage(), 'sessionStorage holds only the answers').toEqual(keeps ? { [STORAGE_KEY]: JOURNEY.code } : {});
  await guide.getByRole('button', { name: UI.start_again }).click();
  await guide.getByRole('button', { name: UI.start_again_confirm }).click();
  await expect(pageHeading(guide)).toHaveText(UI.start_heading);
  // Hosted, the tab keeps only that the answers were cleared (the share code's version, no answer).
  expect(await storage(), '"Start again" removes the saved answers').toEqual(keeps ? { [STORAGE_KEY]: expect.stringMatching(/^\d+$/) } : {});
}

async function expectNothingLeft(
  context: BrowserContext,
  guide: Page | FrameLocator,
  requests: string[],
  consoleLines: string[],
): Promise<void> {
  expect(requests, 'no request after the initial load').toEqual([]);
  expect(await context.cookies(), 'no cookies').toEqual([]);
  // Reading localStorage must work: a storage that throws would hide what is in it.
  const local = await ('goto' in guide ? guide : guide.locator('html')).evaluate(() => localStorage.length);
  expect(local, 'nothing in localStorage').toBe(0);
  const recorded = await recordedIn(guide);
  expect(recorded.violations, 'no Content-Security-Policy violation').toEqual([]);
  for (const code of ANSWER_CODES) {
    expect(consoleLines.filter((line) => line.includes(code)), `answers (${code}) in the console`).toEqual([]);
    expect(recorded.messages.filter((m) => m.includes(code)), `answers (${code}) in a message`).toEqual([]);
  }
}

async function policyOf(guide: Page | FrameLocator): Promise<string> {
  const meta = ('goto' in guide ? guide : guide.locator('html')).locator('meta[http-equiv="Content-Security-Policy"]');
  return (await meta.getAttribute('content')) ?? '';
}

test.describe('Private and hardened in every mode', () => {
  test('hosted: after the page and its service worker, a whole journey makes no request and keeps only the answers key', async ({
    page,
    context,
  }) => {
    await recordEveryFrame(context);
    const requests = recordRequests(context);
    const consoleLines = recordConsole(page);
    await page.goto('/');
    await expect(pageHeading(page)).toHaveText(UI.start_heading);
    await waitForServiceWorker(page);
    await expect.poll(() => page.evaluate(async () => (await caches.keys()).length)).toBe(1);
    requests.mark();

    const addresses: string[] = [];
    page.on('framenavigated', (frame) => addresses.push(frame.url()));
    await wholeJourney(page, () => page.evaluate(() => ({ ...sessionStorage })), true);

    await expectNothingLeft(context, page, requests.since(), consoleLines);
    for (const address of [...addresses, page.url()]) {
      expect(new URL(address).search, `no answers in the query of ${address}`).toBe('');
    }
    expect(await policyOf(page)).toContain("default-src 'none'");
  });

  test('from disk: the downloaded file makes no request at all, and keeps only the answers key', async ({ page, context }) => {
    await recordEveryFrame(context);
    const requests = recordRequests(context);
    const consoleLines = recordConsole(page);
    await page.goto(fileUrl(join(dist, OFFLINE_FILE)));
    await expect(pageHeading(page)).toHaveText(UI.start_heading);
    requests.mark();

    await wholeJourney(page, () => page.evaluate(() => ({ ...sessionStorage })), true);

    await expectNothingLeft(context, page, requests.since(), consoleLines);
    expect(await policyOf(page)).toContain("default-src 'none'");
  });

  test('embedded: a whole journey in the partner frame makes no request and stores nothing', async ({
    page,
    context,
    partnerOrigin,
  }) => {
    await recordEveryFrame(context);
    const requests = recordRequests(context);
    const consoleLines = recordConsole(page);
    const guide = await openDemo(page, partnerOrigin);
    requests.mark();

    await wholeJourney(guide, () => guide.locator('html').evaluate(() => ({ ...sessionStorage })), false);

    await expectNothingLeft(context, guide, requests.since(), consoleLines);
    const partner = await recordedIn(page);
    expect(partner.violations).toEqual([]);
    for (const message of partner.messages) {
      expect(JSON.parse(message).type, 'only the two documented messages').toMatch(/^relief-guide:(height|step)$/);
      for (const code of ANSWER_CODES) expect(message).not.toContain(code);
    }
    expect(partner.messages.length, 'the partner page heard the guide').toBeGreaterThan(0);
    expect(await policyOf(guide)).toContain("default-src 'none'");
  });
});

/** The text of the glue's import object, `{__proto__:null, …}`: the functions the wasm may call
 * (the rest of the glue starts the app, and may fetch a wasm file the one-file page never has). */
function importObject(glue: string): string {
  const start = glue.lastIndexOf('{', glue.indexOf('__proto__'));
  expect(start, 'the glue has an import object').toBeGreaterThanOrEqual(0);
  let depth = 0;
  let quote = '';
  for (let at = start; at < glue.length; at++) {
    const c = glue[at];
    if (quote) {
      if (c === '\\') at++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return glue.slice(start, at + 1);
  }
  throw new Error('the import object never ends');
}

test('the app cannot reach the network or lasting storage: its wasm imports no such browser API', () => {
  // The wasm can only touch the browser through the functions the wasm-bindgen glue gives it
  // (its imports, under short names: xtask/src/short_names.rs), and each of those names the
  // browser API it calls (minifying keeps property names), so the glue's text is the whole of
  // what the app can do. Yew brings gloo 0.11 with its fetch and localStorage helpers; none of
  // them reaches the build.
  for (const name of ['index.html', 'index.es.html', 'relief-guide.html']) {
    const page = readFileSync(join(dist, name), 'utf8');
    const glue = [...page.matchAll(/<script>(let wasm_bindgen[\s\S]*?)<\/script>/g)].map((match) => match[1]);
    expect(glue, `${name}: one glue script`).toHaveLength(1);
    const imports = importObject(glue[0]);
    const calls = (api: string) => new RegExp(`\\b${api}\\b`).test(imports);
    for (const api of ['sessionStorage', 'addEventListener', 'pushState']) {
      expect(calls(api), `${name}: the import object is where this test looks (${api})`).toBe(true);
    }
    for (const api of ['fetch', 'XMLHttpRequest', 'sendBeacon', 'WebSocket', 'EventSource', 'localStorage', 'cookie', 'indexedDB', 'open']) {
      expect(calls(api), `${name}: the app imports ${api}`).toBe(false);
    }
  }
});
