// Playwright configuration for the browser tests. Run them with `cargo xtask test` (which builds
// the release into dist/ first), or alone with
//   npx playwright test --config tests/e2e/playwright.config.ts
// after `cargo xtask dist`. The tests drive Debian's Chromium ($CHROMIUM_PATH): Playwright never
// downloads a browser here.
import { defineConfig, devices } from '@playwright/test';

// E2E_PORT lets two checkouts run their suites side by side without sharing a server.
const PORT = Number(process.env.E2E_PORT || 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: '.',
  // Relative to this file: tests/e2e/test-results (git-ignored), not the repository root.
  outputDir: 'test-results',
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  use: {
    baseURL: BASE_URL,
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
  // The release build in dist/, served as a clinic's web server would serve it.
  webServer: {
    command: `node serve-dist.mjs ${PORT}`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
    stderr: 'pipe',
    timeout: 30_000,
  },
});
