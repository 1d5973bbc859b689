// The cross-engine suite: the guide in Firefox (Debian's firefox-esr, through geckodriver) and
// WebKit (WebKitGTK's MiniBrowser, through WebKitWebDriver, under Xvfb), driven over W3C
// WebDriver with webdriverio, as a patient uses it. Playwright Test is only the runner here (it
// reads the shared TypeScript support of tests/e2e); no Playwright browser is started.
// `cargo xtask test` runs it after the Chromium suite, against dist/ served by nginx
// (E2E_PORT), with DISPLAY set to the Xvfb it started for WebKit.
import { defineConfig } from '@playwright/test';
import type { EngineOptions } from './support/driver';

const PORT = Number(process.env.E2E_PORT || 4173);
const PARTNER_PORT = Number(process.env.E2E_PARTNER_PORT || PORT + 1);

export default defineConfig<EngineOptions>({
  testDir: '.',
  testMatch: '*.test.ts',
  outputDir: '../../target/engines/test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  timeout: 90_000,
  // xtask's runs also write a JSON report, whose failures end `cargo xtask test`'s output
  // (xtask/src/playwright.rs).
  reporter: [['list'], ['./support/count-reporter.ts'], ...(process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ? [['json'] as const] : [])],
  use: { baseURL: `http://127.0.0.1:${PORT}`, partnerURL: `http://127.0.0.1:${PARTNER_PORT}` },
  projects: [
    { name: 'firefox', use: { engine: 'firefox' } },
    { name: 'webkit', use: { engine: 'webkit' } },
  ],
});
