// One WebDriver session per test, in Firefox or WebKit, and the steps a patient takes, each an
// element click or key press that the browser sees as a person's (WebDriver element clicks carry
// user activation; a script's element.click() would not, and WebKit's Back then skips the
// entries it made).
import { test as base, expect } from '@playwright/test';
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { remote } from 'webdriverio';

export { expect };
export type Engine = 'firefox' | 'webkit';
export interface EngineOptions {
  engine: Engine;
  /** The partner demo's origin (nginx.rs), another origin than baseURL. */
  partnerURL: string;
  /** WebDriver's: 'normal' waits for a page to load after opening it (and WebKit's driver before
   * most commands); 'none' lets a test act while the page is still arriving. */
  pageLoadStrategy: 'normal' | 'none';
}
type Browser = WebdriverIO.Browser;

/** Where screenshots and other evidence go: target/engines/<engine>/. */
export const ARTEFACTS = join(__dirname, '..', '..', '..', 'target', 'engines');

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
// The crates.io geckodriver that setup installs (not the npm wrapper of the same name, which
// would download one).
const GECKODRIVER =
  process.env.GECKODRIVER_PATH ||
  join(process.env.CARGO_HOME || join(process.env.HOME || '', '.cargo'), 'bin', 'geckodriver');
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';

/** The MiniBrowser that libwebkit2gtk-4.1-0 installs (dpkg -L shows where). */
function miniBrowser(): string {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  const files = execFileSync('dpkg', ['-L', 'libwebkit2gtk-4.1-0'], { encoding: 'utf8' }).split('\n');
  const found = files.find((f) => f.endsWith('/MiniBrowser'));
  if (!found) throw new Error('libwebkit2gtk-4.1-0 installs no MiniBrowser: `cargo xtask setup`');
  return found;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(port: number, driver: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`the WebDriver server exited (${driver.exitCode}): ${output()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the WebDriver server did not answer on port ${port}: ${output()}`);
}

function capabilities(engine: Engine, pageLoadStrategy: EngineOptions['pageLoadStrategy']): WebdriverIO.Capabilities {
  if (engine === 'firefox') {
    return {
      browserName: 'firefox',
      pageLoadStrategy,
      'moz:firefoxOptions': {
        binary: FIREFOX,
        args: ['-headless'],
        prefs: { 'browser.shell.checkDefaultBrowser': false, 'datareporting.policy.dataSubmissionEnabled': false },
      },
      // WebDriver BiDi: the console and uncaught errors, as they happen.
      webSocketUrl: true,
    } as WebdriverIO.Capabilities;
  }
  return {
    browserName: 'MiniBrowser',
    pageLoadStrategy,
    // Full screen: no toolbar, so the window size set below is the page's viewport (390 × 844,
    // a phone's), as the screenshots show it.
    'webkitgtk:browserOptions': { binary: miniBrowser(), args: ['--automation', '--full-screen'] },
    'wdio:enforceWebDriverClassic': true,
  } as WebdriverIO.Capabilities;
}

/** In WebKit, whose driver has no BiDi: listeners for uncaught errors, rejections and CSP
 * violations, put into each document the test opens (after it has loaded, so what happens
 * while it loads is not heard), and read back before the next one and at the end. */
const LISTEN = `if (!window.__problems) { window.__problems = [];
  addEventListener('error', (e) => window.__problems.push('uncaught error: ' + e.message));
  addEventListener('unhandledrejection', (e) => window.__problems.push('unhandled rejection: ' + e.reason));
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__problems.push('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI)); }`;

async function listenInPage(browser: Browser): Promise<void> {
  await browser.execute(LISTEN).catch(() => undefined);
}

async function heardInPage(browser: Browser): Promise<string[]> {
  return browser
    .execute('return (window.__problems || []).splice(0)')
    .then((found) => found as string[])
    .catch(() => []);
}

/** Records console errors, uncaught errors and CSP violations (Firefox, over BiDi; WebKit, by
 * listeners in the page). */
async function watchProblems(browser: Browser, engine: Engine, problems: string[]): Promise<void> {
  if (engine === 'webkit') {
    for (const name of ['url', 'refresh', 'back', 'forward'] as const) {
      browser.overwriteCommand(name, async (original: (...args: unknown[]) => Promise<unknown>, ...args: unknown[]) => {
        problems.push(...(await heardInPage(browser)));
        const result = await original(...args);
        await listenInPage(browser);
        return result;
      });
    }
    await listenInPage(browser);
    return;
  }
  // Every document reports a CSP violation to the console, so the log below hears it.
  await browser.scriptAddPreloadScript({
    functionDeclaration: `() => { document.addEventListener('securitypolicyviolation', (e) =>
      console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI)); }`,
  });
  await browser.sessionSubscribe({ events: ['log.entryAdded'] });
  browser.on('log.entryAdded', (entry: { level: string; text: string | null; type: string }) => {
    if (entry.level === 'error') problems.push(`${entry.type} error: ${entry.text}`);
  });
}

export const test = base.extend<
  EngineOptions & { session: Browser; problems: string[] },
  { driverPort: number }
>({
  engine: ['firefox', { option: true }],
  partnerURL: ['http://127.0.0.1:4174', { option: true }],
  pageLoadStrategy: ['normal', { option: true }],
  // A WebDriver server per worker (geckodriver keeps one session at a time).
  driverPort: [
    async ({}, use, workerInfo) => {
      const engine = (workerInfo.project.use as EngineOptions).engine;
      const port = await freePort();
      const [program, args] =
        engine === 'firefox'
          ? // Its BiDi websocket on a free port too: the default, 9222, is one per machine.
            [GECKODRIVER, ['--port', String(port), '--host', '127.0.0.1', '--websocket-port', String(await freePort())]]
          : [WEBKIT_DRIVER, [`--port=${port}`]];
      let output = '';
      const driver = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      driver.stdout!.on('data', (d) => (output += d));
      driver.stderr!.on('data', (d) => (output += d));
      await waitForDriver(port, driver, () => output);
      await use(port);
      driver.kill();
    },
    { scope: 'worker' },
  ],
  problems: async ({}, use) => {
    const problems: string[] = [];
    await use(problems);
    expect(problems, 'console errors, uncaught errors or CSP violations').toEqual([]);
  },
  session: async ({ engine, pageLoadStrategy, driverPort, problems }, use) => {
    const browser = await remote({
      hostname: '127.0.0.1',
      port: driverPort,
      path: '/',
      logLevel: 'error',
      connectionRetryCount: 0,
      capabilities: capabilities(engine, pageLoadStrategy),
    });
    try {
      await browser.setWindowSize(390, 844);
      await watchProblems(browser, engine, problems);
      await use(browser);
      if (engine === 'webkit') problems.push(...(await heardInPage(browser)));
    } finally {
      await browser.deleteSession().catch(() => undefined);
    }
  },
});

// --- Finding what a person sees ------------------------------------------------------------

const norm = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The visible element matching `selector` whose text (or, for a form field, label) is `text`. */
export async function byText(browser: Browser, selector: string, text: string): Promise<WebdriverIO.Element> {
  let found: WebdriverIO.Element | undefined;
  await browser.waitUntil(
    async () => {
      for (const element of await browser.$$(selector)) {
        // Its rendered text, or all its text: a link such as "Change How long" hides part of
        // its name visually, which WebKit's rendered text leaves out and Firefox's keeps.
        const shown = norm(await element.getText());
        const whole = shown === norm(text) ? shown : norm(await element.getProperty('textContent').then(String));
        if (whole === norm(text) && (await element.isDisplayed())) {
          found = element as unknown as WebdriverIO.Element;
          return true;
        }
      }
      return false;
    },
    { timeout: 10_000, timeoutMsg: `no ${selector} reading "${text}"` },
  );
  return found!;
}

/**
 * Waits until `check` holds; if it never does, fails with `explain()`, asked then: a message
 * written before the wait (webdriverio's `timeoutMsg`) cannot say what was seen last.
 */
export async function waitOrExplain(browser: Browser, check: () => Promise<boolean>, explain: () => string, timeout = 10_000): Promise<void> {
  try {
    await browser.waitUntil(check, { timeout });
  } catch {
    throw new Error(explain());
  }
}

/** The page's <h1>, once it reads `text`. */
export async function expectHeading(browser: Browser, text: string): Promise<void> {
  let last = '';
  await waitOrExplain(
    browser,
    async () => {
      const headings = await browser.$$('h1');
      last = headings.length ? norm(await headings[0].getText()) : '(no h1)';
      return last === norm(text);
    },
    () => `the page heading is "${last}", not "${text}"`,
  );
}

export async function heading(browser: Browser): Promise<string> {
  const headings = await browser.$$('h1');
  return headings.length ? norm(await headings[0].getText()) : '';
}

/** The fragment of the address, once it matches. */
export async function expectFragment(browser: Browser, fragment: string): Promise<void> {
  await browser.waitUntil(async () => new URL(await browser.getUrl()).hash === fragment, {
    timeout: 10_000,
    timeoutMsg: `the address does not end in ${fragment}`,
  });
}

export function screenshotDir(engine: Engine): string {
  const dir = join(ARTEFACTS, engine, 'screenshots');
  mkdirSync(dir, { recursive: true });
  return dir;
}
