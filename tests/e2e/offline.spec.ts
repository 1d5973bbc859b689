// Offline use (issue 4): the one-file guide from disk, every way Chromium saves the page, and
// the service worker that keeps the hosted guide for a visit with the network off.
// ARCHITECTURE.md ("Offline") explains the design these tests hold it to.
import type { BrowserContext } from '@playwright/test';
import { sectionTitles, sources, ui } from './support/content';
import { answerAll, expect, pageHeading, q, test } from './support/guide';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  JOURNEY,
  OFFLINE_FILE,
  answerQuestions,
  buildOf,
  cacheNames,
  completeJourney,
  copyOfDist,
  deploy,
  dist,
  expectOneGuide,
  fileUrl,
  offlineContext,
  resultTitles,
  saveComplete,
  serve,
  startGuide,
  uiText,
  waitForServiceWorker,
} from './support/offline';

const onePage = join(dist, OFFLINE_FILE);

test.describe('the one-file guide, opened from disk', () => {
  test('runs a whole journey with the network off and sends no request', async ({ browser }) => {
    const { context, outside, requests } = await offlineContext(browser);
    const page = await context.newPage();
    const url = fileUrl(onePage);
    await page.goto(url);
    await completeJourney(page);
    await expectOneGuide(page);
    // It is already the downloaded file: no link to download it again.
    await expect(page.getByRole('link', { name: uiText('offline_link') })).toHaveCount(0);
    expect(outside(url)).toEqual([]);
    expect(requests).toContain(url);
    await context.close();
  });

  test('starts in a browser without Uint8Array.fromBase64 or scheduler.yield (before 2025)', async ({ browser }) => {
    const { context, outside } = await offlineContext(browser);
    await context.addInitScript(() => {
      const record = window as unknown as { channels: number };
      record.channels = 0;
      delete (Uint8Array as { fromBase64?: unknown }).fromBase64;
      Object.defineProperty(window, 'scheduler', { value: undefined });
      // boot.js then reads the base64 with atob and yields with a MessageChannel: count them.
      window.MessageChannel = class extends MessageChannel {
        constructor() {
          super();
          record.channels += 1;
        }
      };
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    const url = fileUrl(onePage);
    await page.goto(url);
    await startGuide(page);
    await answerQuestions(page, 0, 1);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(q(JOURNEY[1][0]));
    await expectOneGuide(page);
    expect(await page.evaluate(() => (window as unknown as { channels: number }).channels), 'yields').toBeGreaterThan(0);
    expect(errors).toEqual([]);
    expect(outside(url)).toEqual([]);
    await context.close();
  });

  test('Back/Forward, reload, print and share links work, with storage that throws', async ({ browser }) => {
    const { context, outside } = await offlineContext(browser);
    await context.addInitScript(() => {
      const record = window as unknown as { printed: number; copied: string };
      record.printed = 0;
      window.print = () => void (record.printed += 1);
      Object.defineProperty(window, 'sessionStorage', {
        get: () => {
          throw new DOMException('Storage is blocked here', 'SecurityError');
        },
      });
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: async (text: string) => void (record.copied = text) },
      });
    });
    const page = await context.newPage();
    const url = fileUrl(onePage);
    await page.goto(url);
    await startGuide(page);
    await answerQuestions(page, 0, 2);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(q(JOURNEY[2][0]));

    await page.goBack();
    await expect(heading).toHaveText(q(JOURNEY[1][0]));
    expect(page.url()).toBe(`${url}#q/${JOURNEY[1][0]}`);
    await page.goForward();
    await expect(heading).toHaveText(q(JOURNEY[2][0]));

    // Storage throws, so the answers lived in memory only: a reload starts them again, on the
    // first question the address may show, as one working guide.
    await page.reload();
    await expect(heading).toHaveText(q(JOURNEY[0][0]));
    await expectOneGuide(page);

    await page.goto(url);
    await completeJourney(page);
    const results = await resultTitles(page);
    await page.getByRole('button', { name: uiText('print_button') }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    // A file's address opens nothing on another device: the message says so, not "anyone".
    await page.getByRole('button', { name: uiText('share_button') }).click();
    await expect(page.getByRole('status')).toHaveText(uiText('share_copied_file'));
    const shareLink = await page.evaluate(() => (window as unknown as { copied: string }).copied);
    // The query holds only the language the link was made in; the answers are in the fragment.
    expect(shareLink.startsWith(`${url}?lang=en#share=`), shareLink).toBe(true);
    const shared = await context.newPage();
    await shared.goto(shareLink);
    await expect(shared.getByRole('heading', { level: 1 })).toHaveText(uiText('results_heading'));
    expect(await resultTitles(shared)).toEqual(results);
    expect(outside(url)).toEqual([]);
    await context.close();
  });

  // Each page is one self-contained file: the downloaded one, and each language's hosted page
  // (so "Save Page As" of any of them keeps working). Links are allowed: to a screen of the
  // guide (#…), to this page in another language (?lang=), from a hosted page to the other
  // languages' pages beside it, and to the published sources the footer cites, which a patient
  // may follow when online. Nothing is loaded from anywhere.
  for (const file of [OFFLINE_FILE, 'index.html', 'index.es.html']) {
    test(`${file} refers to nothing outside itself`, () => {
      const page = readFileSync(join(dist, file), 'utf8');
      const otherPages = file === OFFLINE_FILE ? [] : ['index.html', 'index.es.html'].filter((name) => name !== file);
      const sourceUrls = sources().map((source) => source.url);
      // The wasm, as base64 in a data block; the rest of the page is checked without it.
      const wasmBlock = /<script id="relief-guide-wasm" type="application\/octet-stream">[A-Za-z0-9+/=]{10000,}<\/script>/;
      expect(page.match(wasmBlock)?.length, 'the wasm is inline').toBe(1);
      const html = page.replace(wasmBlock, '');
      const all = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1] ?? match[0]);

      // Only links (<a href>) may point at a source; no other element refers to one.
      const links = all(/<a\b[^>]*?\bhref\s*=\s*["']?([^"'\s>]*)/gi);
      const references = all(/\b(?:src|href|action|poster|data|srcset)\s*=\s*["']?([^"'\s>]*)/gi);
      const allowed = (address: string, isLink: boolean) =>
        /^(data:|#|\?lang=[a-z-]+$)/.test(address) ||
        otherPages.some((other) => new RegExp(`^${other.replace(/\./g, '\\.')}\\?lang=[a-z-]+$`).test(address)) ||
        (isLink && sourceUrls.includes(address));
      const nonLinks = [...references];
      for (const link of links) nonLinks.splice(nonLinks.indexOf(link), 1);
      expect(links.filter((address) => !allowed(address, true)), 'a link to another file or site').toEqual([]);
      expect(nonLinks.filter((address) => !allowed(address, false)), 'src= / href= to another file').toEqual([]);
      const styles = all(/<style>([^]*?)<\/style>/g).join('\n');
      const cssUrls = [...styles.matchAll(/url\(\s*["']?([^"')]*)/gi)].map((match) => match[1]);
      expect(cssUrls.filter((address) => !address.startsWith('data:')), 'url(…) to a file').toEqual([]);
      // (In the markup and stylesheet: the wasm-bindgen glue has a documentation link in a
      // comment.) The sources' addresses are written out beside their links, to be read.
      let markup = html.replace(/<script>[^]*?<\/script>/g, '');
      for (const url of sourceUrls) markup = markup.split(url).join('');
      const webAddresses = [...markup.matchAll(/(?:https?:)?\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+\//gi)].map((match) => match[0]);
      expect(webAddresses, 'an address on the web').toEqual([]);
      // The glue can fetch a wasm URL, but only when given one: boot.js gives it the bytes, and the
      // request logs of the tests above show that nothing is fetched.
      expect(
        all(/@import|importScripts\(|\bimport\(|new Worker\(|fetch\(\s*["'`][^"'`]*|relief-guide-[0-9a-f]{16}[^"'`]*/g),
        'code that loads a file by name, or the name of a file Trunk built',
      ).toEqual([]);
      expect(all(/<script\b[^>]*\bsrc=[^>]*>/gi), 'a script file').toEqual([]);
    });
  }
});

test.describe('where the guide cannot run', () => {
  // Two ways the app cannot start: a browser without WebAssembly (Safari's Lockdown Mode turns
  // it off), and a page whose packed wasm is damaged (boot.js's LZMA decoder refuses it).
  const cannotStart = {
    'without WebAssembly': async (context: BrowserContext) => {
      await context.addInitScript(() => delete (window as { WebAssembly?: unknown }).WebAssembly);
      return onePage;
    },
    'with its packed wasm cut short': async (_: BrowserContext, outputDir: string) => {
      const html = readFileSync(onePage, 'utf8');
      const block = html.match(/(<script id="relief-guide-wasm" [^>]*>)([^<]*)<\/script>/)!;
      const damaged = join(outputDir, OFFLINE_FILE);
      mkdirSync(outputDir, { recursive: true });
      // Half of it, still whole base64 (a multiple of 4 characters).
      const half = block[2].slice(0, Math.floor(block[2].length / 8) * 4);
      writeFileSync(damaged, html.replace(block[0], () => `${block[1]}${half}</script>`));
      return damaged;
    },
  };
  for (const [how, prepare] of Object.entries(cannotStart)) {
    test(`a browser that cannot start it (${how}) shows the article under the loading line`, async ({ browser }, testInfo) => {
      const { context } = await offlineContext(browser);
      const file = await prepare(context, testInfo.outputPath('page'));
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.goto(fileUrl(file));
      await expect.poll(() => errors.join('\n')).toContain('Relief Guide could not start');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(uiText('start_heading'));
      await expect(page.getByText(uiText('loading'))).toBeVisible();
      for (const title of sectionTitles('en')) {
        await expect(page.getByRole('heading', { name: title, exact: true })).toBeVisible();
      }
      await context.close();
    });
  }

  test('with JavaScript turned off, the page shows the article and where the questions are', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByText(uiText('saved_copy_note'))).toBeVisible();
    await expect(page.getByText(uiText('loading'))).toBeHidden();
    for (const title of sectionTitles('en')) {
      await expect(page.getByRole('heading', { name: title, exact: true })).toBeVisible();
    }
    await expectOneGuide(page);
    await context.close();
  });
});

test.describe('Save Page As', () => {
  test('"Webpage, Complete": the saved page reopens offline as one working guide', async ({ page, browser }, testInfo) => {
    await page.goto('/');
    await startGuide(page);
    await answerQuestions(page, 0, 2);
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    const { path, saved } = await saveComplete(page, html, testInfo.outputPath('complete'), 'Relief Guide');
    expect(saved, 'the page loads no other file, so nothing goes into Relief Guide_files/').toEqual([]);

    const { context, outside } = await offlineContext(browser);
    const reopened = await context.newPage();
    await reopened.goto(fileUrl(path));
    // The saved DOM held the rendered question 3; the app replaced it and starts again.
    await expect(reopened.getByRole('link', { name: uiText('start_button') })).toBeVisible();
    await expectOneGuide(reopened);
    await completeJourney(reopened);
    await expectOneGuide(reopened);
    expect(outside(fileUrl(path))).toEqual([]);
    await context.close();
  });

  test('"Webpage, HTML only": the original document alone runs the guide offline', async ({ page, browser }, testInfo) => {
    const response = await page.request.get('/');
    expect(response.ok()).toBe(true);
    mkdirSync(testInfo.outputPath('html-only'), { recursive: true });
    const path = testInfo.outputPath('html-only', 'Relief Guide.html');
    writeFileSync(path, await response.body());

    const { context, outside } = await offlineContext(browser);
    const saved = await context.newPage();
    await saved.goto(fileUrl(path));
    await completeJourney(saved);
    await expectOneGuide(saved);
    expect(outside(fileUrl(path))).toEqual([]);
    await context.close();
  });

  test('"Webpage, HTML only" of the Spanish page: the saved document runs the guide in Spanish offline', async ({ page, browser }, testInfo) => {
    const response = await page.request.get('/index.es.html');
    expect(response.ok()).toBe(true);
    mkdirSync(testInfo.outputPath('html-only-es'), { recursive: true });
    const path = testInfo.outputPath('html-only-es', 'Relief Guide.html');
    writeFileSync(path, await response.body());

    const { context, outside } = await offlineContext(browser);
    const saved = await context.newPage();
    // Opened as saved: from disk, no ?lang=, a browser that prefers English. The page is
    // Spanish before the app starts and stays Spanish after (its chooser only acts when served).
    await saved.goto(fileUrl(path));
    await expect(saved.locator('html')).toHaveAttribute('lang', 'es');
    const es = ui('es');
    await saved.getByRole('link', { name: es.start_button }).click();
    await answerAll(saved, JOURNEY, 'es');
    await expect(pageHeading(saved)).toHaveText(es.check_heading);
    await saved.getByRole('button', { name: es.check_submit }).click();
    await expect(pageHeading(saved)).not.toHaveText(es.check_heading);
    await expect(saved.locator('html')).toHaveAttribute('lang', 'es');
    await expectOneGuide(saved);
    expect(outside(fileUrl(path))).toEqual([]);
    await context.close();
  });

  test('"Webpage, Single File" (MHTML, no scripts run): the whole article and where the questions are', async ({ page, browser }, testInfo) => {
    await page.goto('/');
    await startGuide(page);
    await answerQuestions(page, 0, 1);
    const cdp = await page.context().newCDPSession(page);
    const { data } = await cdp.send('Page.captureSnapshot', { format: 'mhtml' });
    const path = testInfo.outputPath('Relief Guide.mhtml');
    writeFileSync(path, data);

    const { context } = await offlineContext(browser);
    const saved = await context.newPage();
    await saved.goto(fileUrl(path));
    const note = uiText('saved_copy_note');
    await expect(saved.getByText(note)).toBeVisible();
    for (const title of sectionTitles('en')) {
      await expect(saved.getByRole('heading', { name: title, exact: true })).toBeVisible();
    }
    // The saved question, whose buttons cannot work without scripts, is not shown.
    await expect(saved.getByRole('button', { name: uiText('continue_button') })).toBeHidden();
    await expect(saved.getByText(q(JOURNEY[1][0]))).toBeHidden();
    await context.close();
  });
});

test.describe('the hosted guide', () => {
  test('"Save for offline use" downloads the one-file guide', async ({ page }) => {
    await page.goto('/');
    const link = page.getByRole('link', { name: uiText('offline_link') });
    await expect(link).toHaveAttribute('download', OFFLINE_FILE);
    await expect(page.getByText(uiText('offline_help'))).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(OFFLINE_FILE);
    expect(readFileSync(await download.path()).equals(readFileSync(onePage))).toBe(true);
  });

  test('a second visit works with the network off', async ({ browser }, testInfo) => {
    const server = await serve(copyOfDist(testInfo.outputPath('site')));
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      await waitForServiceWorker(page);
      const build = buildOf(readFileSync(join(dist, 'sw.js'), 'utf8'));
      expect(await cacheNames(page)).toEqual([`relief-guide-${build}`]);

      await server.stop();
      await context.setOffline(true);
      await page.reload();
      await expectOneGuide(page);
      await completeJourney(page);
    } finally {
      await context.close();
      await server.stop();
    }
  });

  test('a new deployment reaches the patient on the next visit, not under an open page', async ({ browser }, testInfo) => {
    const site = copyOfDist(testInfo.outputPath('site'));
    const server = await serve(site);
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      await waitForServiceWorker(page);
      const worker = readFileSync(join(site, 'sw.js'), 'utf8');
      const oldBuild = buildOf(worker);

      // Deploy a changed build: a new page, and the service worker with the new build hash.
      const newBuild = oldBuild === '0'.repeat(16) ? '1'.repeat(16) : '0'.repeat(16);
      for (const name of ['index.html', OFFLINE_FILE]) {
        const html = readFileSync(join(site, name), 'utf8');
        deploy(site, name, html.replace('<head>', '<head><meta name="deployment" content="second">'));
      }
      deploy(site, 'sw.js', worker.replace(`const BUILD = '${oldBuild}';`, `const BUILD = '${newBuild}';`));

      // The next visit still opens the copy it has, and the new build installs behind it…
      await page.reload();
      await expect(page.locator('meta[name="deployment"]')).toHaveCount(0);
      await expectOneGuide(page);
      // The browser installs the new worker in its own time: allow for a busy machine.
      await expect.poll(() => cacheNames(page), { timeout: 30_000 }).toEqual([`relief-guide-${newBuild}`]);
      // …and the visit after that is the new build, offline too.
      await server.stop();
      await context.setOffline(true);
      await page.reload();
      await expect(page.locator('meta[name="deployment"]')).toHaveCount(1);
      await completeJourney(page);
    } finally {
      await context.close();
      await server.stop();
    }
  });

  test('registers no service worker in embed mode', async ({ browser }) => {
    // Embed mode is `?embed=1` inside a frame (a crafted link cannot turn it on at the top).
    // The frame's page is another of the origin's files, so only the embedded guide could
    // register the worker.
    const embedded = await browser.newContext();
    const host = await embedded.newPage();
    const workerRequests: string[] = [];
    embedded.on('request', (request) => request.url().endsWith('/sw.js') && workerRequests.push(request.url()));
    await host.goto('/embed.js');
    await host.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.src = '/?embed=1';
      document.body.append(frame);
    });
    const guide = host.frameLocator('iframe');
    await expect(guide.getByRole('link', { name: uiText('start_button') })).toBeVisible();
    await host.waitForLoadState('networkidle');
    expect(await host.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(workerRequests).toEqual([]);
    await embedded.close();

    // The same page on its own does register it.
    const standalone = await browser.newContext();
    const page = await standalone.newPage();
    await page.goto('/');
    await expect(page.getByRole('link', { name: uiText('start_button') })).toBeVisible();
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length))
      .toBe(1);
    await standalone.close();
  });

});
