// The benchmark of issue 7. Run it with `cargo xtask bench`, which builds the release into dist/,
// puts the guide's pages, the floor page and the SurveyJS survey (both from the same content,
// src/bin/static_page.rs) into bench/out/, installs this folder's npm packages, serves bench/out
// with nginx as deployed, then runs this script.
//
// In one run, every page served the same way (nginx as deployed, precompressed copies), it measures:
// - Lighthouse 12, mobile preset with simulated throttling (its default), RUNS runs per page,
//   medians: Relief Guide (dist/), the floor (a static page of the article) and SurveyJS;
// - the same with applied throttling (the network and CPU really slowed, so the browser paints
//   as the page streams in, which the simulation does not model), for Relief Guide and the floor;
// - in headless Chromium (playwright-core): the time from a Continue/Next click to the next
//   question painted (the DOM change, then the next requestAnimationFrame), p50/p95 over at
//   least STEPS steps, for Relief Guide and SurveyJS;
// - the peak JS heap (CDP Runtime.getHeapUsage, sampled after every step) and the wasm memory
//   (WebAssembly.Memory, captured at instantiation) after full journeys.
// It writes bench/RESULTS.md and bench/results.svg and prints the table.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const RUNS = Number(process.env.BENCH_RUNS || 5);
const STEPS = Number(process.env.BENCH_STEPS || 100);
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'];

// --- The pages ---------------------------------------------------------------------------------
// bench/out (the guide's pages, the floor, the SurveyJS peer, each with its .gz and .br copies)
// is assembled and served by `cargo xtask bench` (xtask/src/bench.rs): Debian's nginx with the
// README's deploy/nginx.conf, the server the browser tests use, at BENCH_BASE_URL.

// --- Lighthouse ----------------------------------------------------------------------------------

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

async function lighthouseRuns(chrome, url, throttlingMethod = 'simulate') {
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], throttlingMethod });
    if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`);
    const audit = (id) => lhr.audits[id].numericValue;
    runs.push({
      score: lhr.categories.performance.score * 100,
      fcp: audit('first-contentful-paint'),
      lcp: audit('largest-contentful-paint'),
      tbt: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      bytes: audit('total-byte-weight'),
    });
    process.stdout.write(`${Math.round(runs.at(-1).score)} `);
  }
  const result = {};
  for (const key of Object.keys(runs[0])) result[key] = median(runs.map((r) => r[key]));
  return result;
}

// --- Steps and memory in headless Chromium ------------------------------------------------------

/** Captures the wasm memory when any module is instantiated (Relief Guide has one). */
function captureWasmMemory() {
  const keep = (result) => {
    const instance = result instanceof WebAssembly.Instance ? result : result.instance;
    for (const value of Object.values(instance.exports)) {
      if (value instanceof WebAssembly.Memory) window.__wasmMemory = value;
    }
    return result;
  };
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = (...args) => instantiate.apply(WebAssembly, args).then(keep);
  const streaming = WebAssembly.instantiateStreaming;
  if (streaming) WebAssembly.instantiateStreaming = (...args) => streaming.apply(WebAssembly, args).then(keep);
}

/**
 * In the page: clicks `selector`, waits until the text of `headingSelector` changes, then for
 * the next animation frame; returns the milliseconds from the click.
 */
async function timedStep(page, selector, headingSelector) {
  return page.evaluate(
    ([selector, headingSelector]) =>
      new Promise((done, fail) => {
        const heading = () => document.querySelector(headingSelector)?.textContent ?? '';
        const before = heading();
        const button = document.querySelector(selector);
        if (!button) return fail(new Error(`no ${selector}`));
        const observer = new MutationObserver(() => {
          if (heading() === before) return;
          observer.disconnect();
          requestAnimationFrame(() => done(performance.now() - started));
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        setTimeout(() => fail(new Error(`${headingSelector} did not change in 5 s: "${before}"`)), 5000);
        const started = performance.now();
        button.click();
      }),
    [selector, headingSelector],
  );
}

const APPS = {
  'Relief Guide': {
    path: '/guide/',
    heading: 'h1',
    ready: '.button-start',
    start: async (page) => {
      await page.locator('.button-start').click();
      await page.waitForSelector('form input');
    },
    // The last option of each question is never a warning sign ("None of these" there).
    answer: async (page) => {
      await page.evaluate(() => {
        const last = [...document.querySelectorAll('main form input')].at(-1);
        if (!last.checked) last.click();
      });
    },
    next: 'main form button[type=submit]',
    more: (page) => page.locator('main form input').count(),
  },
  SurveyJS: {
    path: '/surveyjs/',
    heading: '.sd-question__title',
    ready: '.sd-question__title',
    start: async () => {},
    answer: async (page) => {
      await page.evaluate(() => {
        const last = [...document.querySelectorAll('.sd-question input')].at(-1);
        if (!last.checked) last.click();
      });
    },
    next: '.sd-navigation__next-btn',
    more: (page) => page.locator('.sd-navigation__next-btn:visible').count(),
  },
};

async function stepsAndMemory(browser, base, app) {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  await context.addInitScript(captureWasmMemory);
  // Every visit starts afresh (the guide keeps answers in sessionStorage for the tab).
  await context.addInitScript(() => sessionStorage.clear());
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const times = [];
  let peakHeap = 0;
  let visit = 0;
  while (times.length < STEPS) {
    await page.goto(`${base}${app.path}?visit=${visit++}`);
    await page.waitForSelector(app.ready);
    await page.waitForFunction(() => !document.querySelector('.guide-loading'));
    await app.start(page);
    while ((await app.more(page)) > 0) {
      await app.answer(page);
      times.push(await timedStep(page, app.next, app.heading));
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      peakHeap = Math.max(peakHeap, usedSize);
    }
  }
  const wasm = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength ?? 0);
  await context.close();
  return { steps: times.length, p50: percentile(times, 50), p95: percentile(times, 95), peakHeap, wasm };
}

// --- A first visit by the browser's language, on a slowed phone -----------------------------------

/** Chrome DevTools' "Slow 4G"-like network and a 4× slower CPU, really applied (issue 13). */
const SLOW = { latency: 150, downloadThroughput: (1.6 * 1e6) / 8, uploadThroughput: (0.75 * 1e6) / 8 };

/** A new page in a browser whose languages are `locale`, slowed; `bytes()` counts what it received. */
async function slowedPage(browser, locale) {
  const context = await browser.newContext({ locale, viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let received = 0;
  cdp.on('Network.loadingFinished', (event) => (received += event.encodedDataLength));
  return { context, page, bytes: () => received };
}

/** When the open document first painted, as a `Date.now()` time. */
const firstPaint = (page) =>
  page.evaluate(
    () =>
      new Promise((done) => {
        const paint = () => performance.getEntriesByName('first-contentful-paint')[0];
        const report = () => paint() && done(performance.timeOrigin + paint().startTime);
        if (!report()) new PerformanceObserver(report).observe({ type: 'paint', buffered: true });
      }),
  );

/**
 * The guide's first visit: `path` opened afresh by a browser whose languages are `locale`, slowed.
 * Measures the bytes received until the page has loaded, the time from the request to the first
 * paint of the start screen in `lang` (through the extra navigation a Spanish browser makes from
 * index.html), and, for a tap on Start at that paint, the time until the first question is on
 * screen (Start is a link: it works before the app's code has arrived).
 */
async function guideVisit(browser, base, path, locale, lang) {
  const { context, page, bytes } = await slowedPage(browser, locale);
  const messages = [];
  page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`uncaught: ${error.message}`));
  const started = Date.now();
  await page.goto(`${base}${path}`, { waitUntil: 'commit' });
  await page.waitForFunction((lang) => document.documentElement.lang === lang && document.querySelector('.button-start'), lang, { polling: 10 });
  const paint = (await firstPaint(page)) - started;
  const heading = await page.locator('h1').innerText();
  const tapped = Date.now();
  await page.locator('.button-start').click({ noWaitAfter: true });
  await page
    .waitForFunction((before) => document.querySelector('main form input') && document.querySelector('h1')?.textContent !== before, heading, { polling: 10 })
    .catch(async (error) => {
      // What the page shows, whether the app runs, whether the tap came before it did
      // (early_step.js marks such a tap), and the page's console.
      const seen = await page.evaluate(() => ({
        address: location.href,
        heading: document.querySelector('h1')?.textContent,
        appRunning: !document.querySelector('.guide-loading'),
        tappedBeforeApp: document.documentElement.hasAttribute('data-stepped'),
      }));
      throw new Error(`no question after the tap on Start: ${JSON.stringify(seen)}\n${messages.join('\n')}\n${error.message}`);
    });
  const tapToQuestion = Date.now() - tapped;
  await page.waitForLoadState('load');
  const visit = { bytes: bytes(), paint, tapToQuestion };
  await context.close();
  return visit;
}

/** The floor's first visit: the static article has no Start; any link on it works from its paint. */
async function floorVisit(browser, base) {
  const { context, page, bytes } = await slowedPage(browser, 'en-GB');
  const started = Date.now();
  await page.goto(`${base}/floor/`);
  const visit = { bytes: bytes(), paint: (await firstPaint(page)) - started, tapToQuestion: null };
  await context.close();
  return visit;
}

const ENGLISH_VISIT = 'English browser, index.html';
const SPANISH_VISIT = 'Spanish browser, index.html (opens index.es.html)';

async function firstVisits(browser, base) {
  const visits = {};
  for (const [name, visit] of [
    [ENGLISH_VISIT, () => guideVisit(browser, base, '/guide/', 'en-GB', 'en')],
    [SPANISH_VISIT, () => guideVisit(browser, base, '/guide/', 'es-ES', 'es')],
    ['Floor (static article)', () => floorVisit(browser, base)],
  ]) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await visit());
    const middle = (key) => (runs[0][key] === null ? null : median(runs.map((r) => r[key])));
    visits[name] = { bytes: middle('bytes'), paint: middle('paint'), tapToQuestion: middle('tapToQuestion') };
    process.stdout.write('.');
  }
  return visits;
}

// --- Report --------------------------------------------------------------------------------------

const ms = (value) => `${Math.round(value)} ms`;
const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
const ratio = (a, b) => (b === 0 ? (a === 0 ? '1.00×' : 'n/a (÷ 0)') : `${(a / b).toFixed(2)}×`);

function chart(pages) {
  const metrics = [
    ['FCP (ms)', 'fcp'],
    ['LCP (ms)', 'lcp'],
    ['TBT (ms)', 'tbt'],
    ['Transferred (KB)', 'bytes', 1000],
  ];
  const colours = ['#1d70b8', '#6f777b', '#d4351c'];
  const names = Object.keys(pages);
  const barHeight = 18;
  const panel = names.length * (barHeight + 4) + 30;
  const width = 640;
  const labelWidth = 135;
  const scale = width - labelWidth - 90;
  let y = 30;
  const parts = [
    `<text x="10" y="20" font-size="15" font-weight="bold">Relief Guide vs the floor and SurveyJS (Lighthouse 12, mobile, median)</text>`,
  ];
  for (const [title, key, divisor = 1] of metrics) {
    parts.push(`<text x="10" y="${y + 14}" font-size="13" font-weight="bold">${title}</text>`);
    y += 20;
    const max = Math.max(...names.map((name) => pages[name][key] / divisor), 1);
    names.forEach((name, index) => {
      const value = pages[name][key] / divisor;
      const length = Math.max(1, (value / max) * scale);
      parts.push(
        `<text x="10" y="${y + 13}" font-size="12">${name}</text>`,
        `<rect x="${labelWidth}" y="${y}" width="${length.toFixed(1)}" height="${barHeight}" fill="${colours[index % colours.length]}"/>`,
        `<text x="${(labelWidth + length + 6).toFixed(1)}" y="${y + 13}" font-size="12">${value.toFixed(key === 'bytes' ? 1 : 0)}</text>`,
      );
      y += barHeight + 4;
    });
    y += panel - names.length * (barHeight + 4) - 20;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}" font-family="sans-serif">\n<rect width="100%" height="100%" fill="#fff"/>\n${parts.join('\n')}\n</svg>\n`;
}

function report(pages, applied, steps, visits, info) {
  const names = Object.keys(pages);
  const rows = names.map((name) => {
    const p = pages[name];
    return `| ${name} | ${Math.round(p.score)} | ${ms(p.fcp)} | ${ms(p.lcp)} | ${ms(p.tbt)} | ${p.cls.toFixed(3)} | ${kb(p.bytes)} |`;
  });
  const guide = pages['Relief Guide'];
  for (const other of ['Floor (static article)', 'SurveyJS']) {
    const p = pages[other];
    rows.push(
      `| *Relief Guide / ${other.split(' ')[0]}* | ${ratio(guide.score, p.score)} | ${ratio(guide.fcp, p.fcp)} | ${ratio(guide.lcp, p.lcp)} | ${ratio(guide.tbt, p.tbt)} | ${ratio(guide.cls, p.cls)} | ${ratio(guide.bytes, p.bytes)} |`,
    );
  }
  const stepRows = Object.entries(steps).map(
    ([name, s]) => `| ${name} | ${s.steps} | ${s.p50.toFixed(1)} ms | ${s.p95.toFixed(1)} ms | ${(s.peakHeap / 1e6).toFixed(2)} MB | ${(s.wasm / 1e6).toFixed(2)} MB |`,
  );
  return `# Benchmark results

Made by \`${info.command}\` on ${info.date}, on this project's machine (${info.machine}).
Lighthouse ${info.lighthouse}, mobile preset with simulated throttling (its default), driving
${info.chromium}, headless; ${RUNS} runs per page, medians. All three pages were served by the
same server in the same run: Debian's nginx with the README's \`deploy/nginx.conf\`, sending
each file's precompressed copy (brotli quality 11, or Zopfli gzip), as a clinic deploys the guide. The floor is the article alone as
one static page with the guide's stylesheet; the peer is the same questionnaire (questions
generated from \`content/\`) built with SurveyJS ${info.surveyjs} (survey-core + survey-js-ui,
default theme). See \`bench/run.mjs\`.

## Loading (Lighthouse)

| Page | Performance | FCP | LCP | TBT | CLS | Transferred |
|---|---|---|---|---|---|---|
${rows.join('\n')}

![Bar chart of FCP, LCP, TBT and transferred bytes](results.svg)

### With applied throttling

The simulation above paints a page only once its whole document has arrived. Relief Guide's
document carries the app (a page saved "HTML only" must run), so there it waits for about 95 KB
where the floor waits for 6 KB. With applied throttling (Lighthouse's \`devtools\` method: the
mobile network and the 4× slower CPU really applied, same runs and medians), the browser paints
the prerendered start screen as soon as its part of the document has streamed in:

| Page | FCP | LCP | TBT |
|---|---|---|---|
${Object.entries(applied).map(([name, p]) => `| ${name} | ${ms(p.fcp)} | ${ms(p.lcp)} | ${ms(p.tbt)} |`).join('\n')}
| *Relief Guide / Floor* | ${ratio(applied['Relief Guide'].fcp, applied['Floor (static article)'].fcp)} | ${ratio(applied['Relief Guide'].lcp, applied['Floor (static article)'].lcp)} | ${ratio(applied['Relief Guide'].tbt, applied['Floor (static article)'].tbt)} |

## Answering (headless Chromium, 412×823, no throttling)

Time from a Continue/Next click to the next question painted (the DOM change, then the next
\`requestAnimationFrame\`), over full journeys (the last option of each question), each a new
load of the page in the same tab. Peak JS heap: the largest \`usedSize\` of CDP
\`Runtime.getHeapUsage\`, read after every step of every journey, with no forced garbage
collection (so it includes garbage of earlier loads); wasm memory: the \`WebAssembly.Memory\`
buffer at the end (SurveyJS has none).

| App | Steps | p50 | p95 | Peak JS heap | Wasm memory |
|---|---|---|---|---|---|
${stepRows.join('\n')}

## A first visit by the browser's language (issue 13)

Each page is opened afresh in headless Chromium (412×823) whose languages are English (en-GB) or
Spanish (es-ES), with a 150 ms, 1.6 Mbit/s network and the CPU slowed 4× really applied (CDP),
${RUNS} runs, medians. A Spanish browser asks for \`index.html\` and its first script opens
\`index.es.html\` before the rest of the page arrives (one extra navigation). Transferred: every
response until the page has loaded (CDP \`encodedDataLength\`). Start painted: from the request to
the first paint of the start screen in the browser's language. Tap to question: a tap on Start
at that paint, until the first question is on screen (Start is a link, so it works at once; the
floor has no Start: any link on it works from its first paint).

| Visit | Transferred | Start painted | Tap to question |
|---|---|---|---|
${Object.entries(visits).map(([name, v]) => `| ${name} | ${kb(v.bytes)} | ${ms(v.paint)} | ${v.tapToQuestion === null ? '—' : ms(v.tapToQuestion)} |`).join('\n')}
| *Spanish / English* | ${ratio(visits[SPANISH_VISIT].bytes, visits[ENGLISH_VISIT].bytes)} | ${ratio(visits[SPANISH_VISIT].paint, visits[ENGLISH_VISIT].paint)} | ${ratio(visits[SPANISH_VISIT].tapToQuestion, visits[ENGLISH_VISIT].tapToQuestion)} |

## Issue 7's targets

| Target | Relief Guide | Met |
|---|---|---|
| Lighthouse performance ≥ 98 | ${Math.round(guide.score)} | ${guide.score >= 98 ? 'yes' : 'no'} |
| LCP ≤ 1.1 × the floor (simulated) | ${ratio(guide.lcp, pages['Floor (static article)'].lcp)} | ${guide.lcp <= 1.1 * pages['Floor (static article)'].lcp ? 'yes' : 'no'} |
| LCP ≤ 1.1 × the floor (applied) | ${ratio(applied['Relief Guide'].lcp, applied['Floor (static article)'].lcp)} | ${applied['Relief Guide'].lcp <= 1.1 * applied['Floor (static article)'].lcp ? 'yes' : 'no'} |
| TBT ≈ 0 (≤ 10 ms) | ${ms(guide.tbt)} | ${guide.tbt <= 10 ? 'yes' : 'no'} |
| CLS 0 | ${guide.cls.toFixed(3)} | ${guide.cls === 0 ? 'yes' : 'no'} |
| Step p95 ≤ 16 ms | ${steps['Relief Guide'].p95.toFixed(1)} ms | ${steps['Relief Guide'].p95 <= 16 ? 'yes' : 'no'} |
`;
}

// --- Main ----------------------------------------------------------------------------------------

const base = process.env.BENCH_BASE_URL;
if (!base) throw new Error('BENCH_BASE_URL is not set: run `cargo xtask bench`, which serves bench/out with nginx');
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
const pages = {};
const applied = {};
try {
  for (const [name, path] of [
    ['Relief Guide', '/guide/'],
    ['Relief Guide, Spanish page', '/guide/index.es.html'],
    ['Floor (static article)', '/floor/'],
    ['SurveyJS', '/surveyjs/'],
  ]) {
    process.stdout.write(`Lighthouse ${name} `);
    pages[name] = await lighthouseRuns(chrome, `${base}${path}`);
    console.log(' done');
  }
  for (const [name, path] of [
    ['Relief Guide', '/guide/'],
    ['Floor (static article)', '/floor/'],
  ]) {
    process.stdout.write(`Lighthouse, applied throttling, ${name} `);
    applied[name] = await lighthouseRuns(chrome, `${base}${path}`, 'devtools');
    console.log(' done');
  }
} finally {
  await chrome.kill();
}
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const steps = {};
let visits = {};
const chromiumVersion = `Chromium ${browser.version()}`;
try {
  for (const name of Object.keys(APPS)) {
    process.stdout.write(`Steps ${name}… `);
    steps[name] = await stepsAndMemory(browser, base, APPS[name]);
    console.log(`${steps[name].steps} steps`);
  }
  process.stdout.write('First visits by language');
  visits = await firstVisits(browser, base);
  console.log(' done');
} finally {
  await browser.close();
}
const version = (name) => JSON.parse(readFileSync(join(here, 'node_modules', name, 'package.json'), 'utf8')).version;
const markdown = report(pages, applied, steps, visits, {
  command: 'cargo xtask bench',
  date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  machine: `${process.platform}, ${(await import('node:os')).cpus().length} cores, Node ${process.version}`,
  lighthouse: version('lighthouse'),
  surveyjs: version('survey-core'),
  chromium: chromiumVersion,
});
writeFileSync(join(here, 'RESULTS.md'), markdown);
writeFileSync(join(here, 'results.svg'), chart(pages));
console.log(`\n${markdown}\nWrote bench/RESULTS.md and bench/results.svg`);
