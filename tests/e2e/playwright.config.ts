// Playwright configuration for the browser tests. Run them with `cargo xtask test` (which builds
// the release into dist/ first), or alone with
//   npx playwright test --config tests/e2e/playwright.config.ts
// after `cargo xtask dist`. The tests drive Debian's Chromium ($CHROMIUM_PATH): Playwright never
// downloads a browser here.
import { defineConfig, devices } from '@playwright/test';
import type { EmbedOptions } from './support/embed';

// E2E_PORT lets two checkouts run their suites side by side without sharing a server.
const PORT = Number(process.env.E2E_PORT || 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;
// The partner demo page that embeds the guide, on a second origin (embed.spec.ts).
const PARTNER_PORT = Number(process.env.E2E_PARTNER_PORT || PORT + 1);
const PARTNER_URL = `http://127.0.0.1:${PARTNER_PORT}`;

export default defineConfig<EmbedOptions>({
  testDir: '.',
  // pseudo.spec.ts runs only on the pseudo-locale's test file, alone (`cargo xtask test`'s
  // "pseudo-locale browser tests" step sets E2E_PAGE_URL to it).
  ...(process.env.E2E_PAGE_URL ? { testMatch: 'pseudo.spec.ts' } : { testIgnore: 'pseudo.spec.ts' }),
  // Relative to this file: tests/e2e/test-results (git-ignored), not the repository root.
  outputDir: 'test-results',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  // xtask's runs also write a JSON report, whose failures end `cargo xtask test`'s output
  // (xtask/src/playwright.rs).
  reporter: [['list'], ...(process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ? [['json'] as const] : [])],
  use: {
    baseURL: BASE_URL,
    partnerOrigin: PARTNER_URL,
    headless: true,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  // dist/ served as a clinic deploys it: Debian's nginx with deploy/nginx.conf, and the partner
  // demo on a second origin (xtask/src/nginx.rs). `cargo xtask test` starts it and sets
  // E2E_SERVED; run alone, Playwright starts it with `cargo xtask nginx`.
  // The pseudo-locale's step tests a file (E2E_PAGE_URL) and needs no server.
  webServer: process.env.E2E_SERVED || process.env.E2E_PAGE_URL
    ? undefined
    : {
        command: `cargo xtask nginx`,
        cwd: '../..',
        env: { E2E_PORT: String(PORT), E2E_PARTNER_PORT: String(PARTNER_PORT) },
        url: PARTNER_URL,
        reuseExistingServer: !process.env.CI,
        stdout: 'pipe',
        stderr: 'pipe',
        timeout: 120_000,
      },
});
