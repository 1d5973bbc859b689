// Helpers for the embed tests (embed.spec.ts): the guide embedded in a partner's page on a
// second origin, as the partner demo (examples/partner-site) or as a page a test writes; the
// frame's and the content's heights; and the messages the partner's page receives.
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { type AnswerId, fill } from './content';
import { answersOf, expect, pageHeading, option, q, UI, test as guideTest, type Step } from './guide';

export { expect };

export interface EmbedOptions {
  /** The partner demo's origin (set in playwright.config.ts), another origin than baseURL. */
  partnerOrigin: string;
}

export const test = guideTest.extend<EmbedOptions>({
  partnerOrigin: ['http://127.0.0.1:4174', { option: true }],
});

/** What the demo page's snippet asks for (examples/partner-site/index.html). */
export const DEMO = {
  accent: '#5b2a86',
  accentRgb: 'rgb(91, 42, 134)',
  clinic: 'Riverside Physiotherapy',
  contact: 'https://riverside-physio.example/contact',
  /** Partner links just before and after the embedded guide, in tab order. */
  linkBefore: 'Visit us',
  linkAfter: 'Back to the guide',
} as const;

/** The guide's own accent (style.css), as computed styles write it. */
export const DEFAULT_ACCENT_RGB = 'rgb(11, 110, 79)';

/** The guide's words for the partner, from content/en/ui.toml. */
export const PARTNER = {
  sharedBy: fill(UI.embed_shared_by, { clinic: DEMO.clinic }),
  contact: `${UI.embed_contact} ${UI.opens_in_new_tab}`,
} as const;

/** The frame embed.js makes: its title names the guide. */
export function guideFrameElement(page: Page): Locator {
  return page.locator('iframe[title^="Relief Guide"]');
}

export function guideFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe[title^="Relief Guide"]');
}

/** Opens the partner demo page and waits for the embedded guide's start page. */
export async function openDemo(page: Page, partnerOrigin: string): Promise<FrameLocator> {
  await page.goto(`${partnerOrigin}/`);
  const guide = guideFrame(page);
  await expect(pageHeading(guide)).toHaveText(UI.start_heading);
  return guide;
}

/**
 * Opens a page on the partner's origin whose body is `body` (written by the test, served
 * through Playwright's routing), with `{GUIDE}` replaced by the guide's origin.
 */
export async function openPartnerPage(page: Page, partnerOrigin: string, guideOrigin: string, body: string): Promise<void> {
  const address = `${partnerOrigin}/test-page.html`;
  // Chromium counts a page Playwright serves as a public page, which must ask before it loads
  // from 127.0.0.1 (Local Network Access). A real partner and clinic are both public.
  await page.context().grantPermissions(['local-network-access'], { origin: partnerOrigin });
  await page.route(address, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner test page</title><link rel="icon" href="data:,"></head><body>${body.replaceAll('{GUIDE}', guideOrigin)}</body></html>`,
    }),
  );
  await page.goto(address);
}

/** The height the partner's page gives the frame, in CSS pixels. */
export async function frameHeight(frame: Locator): Promise<number> {
  return frame.evaluate((element) => element.getBoundingClientRect().height);
}

/** The height of the guide's content inside the frame (its mount point, #relief-guide). */
export async function contentHeight(guide: FrameLocator): Promise<number> {
  return guide.locator('#relief-guide').evaluate((element) => element.getBoundingClientRect().height);
}

/** The frame is as tall as the content (±2 px) and the guide's page has nothing to scroll. */
export async function expectFrameFitsContent(frame: Locator, guide: FrameLocator): Promise<number> {
  await expect
    .poll(async () => Math.abs((await frameHeight(frame)) - (await contentHeight(guide))), {
      message: 'frame height − content height',
    })
    .toBeLessThanOrEqual(2);
  const overflow = await guide.locator('html').evaluate((html) => ({
    vertical: html.scrollHeight - html.clientHeight,
    horizontal: html.scrollWidth - html.clientWidth,
  }));
  expect(overflow, 'no scroll bar inside the frame').toEqual({ vertical: 0, horizontal: 0 });
  return frameHeight(frame);
}

/** Answers the current question inside the frame and waits for the next screen. */
export async function answerIn(guide: FrameLocator, answers: readonly AnswerId[]): Promise<void> {
  const heading = await pageHeading(guide).textContent();
  for (const answer of answers) {
    await option(guide, answer).check();
  }
  await guide.getByRole('button', { name: UI.continue_button }).click();
  await expect(pageHeading(guide)).not.toHaveText(heading ?? '');
}

/** From the embedded start page through every step to "Check your answers". */
export async function reachCheckIn(guide: FrameLocator, steps: readonly Step[]): Promise<void> {
  await guide.getByRole('link', { name: UI.start_button }).click();
  for (const step of steps) {
    await expect(pageHeading(guide)).toHaveText(q(step[0]));
    await answerIn(guide, answersOf([step]));
  }
  await expect(pageHeading(guide)).toHaveText(UI.check_heading);
}

// --- Messages -------------------------------------------------------------------------------------

export interface ReceivedMessage {
  origin: string;
  data: unknown;
  /** It came from the frame embed.js made (not from another frame or the page itself). */
  fromGuideFrame: boolean;
}

/**
 * Records every `message` event the partner's page (and only it, not the frames in it)
 * receives from now on; read them with `receivedMessages`. Call before opening the page.
 */
export async function recordMessages(page: Page, partnerOrigin: string): Promise<void> {
  await page.addInitScript((origin) => {
    if (window.top !== window || location.origin !== origin) return;
    const received: unknown[] = [];
    Object.defineProperty(window, '__receivedMessages', { value: received });
    window.addEventListener('message', (event) => {
      const frame = document.querySelector('iframe[title^="Relief Guide"]') as HTMLIFrameElement | null;
      received.push({ origin: event.origin, data: event.data, fromGuideFrame: event.source === frame?.contentWindow });
    });
  }, partnerOrigin);
}

export async function receivedMessages(page: Page): Promise<ReceivedMessage[]> {
  return page.evaluate(() => (window as unknown as { __receivedMessages: ReceivedMessage[] }).__receivedMessages);
}

/**
 * Makes `sessionStorage` and `localStorage` throw in every page of the guide's origin, as
 * when a browser blocks third-party storage, and counts every attempt to use them (read it
 * with `storageAttempts`).
 */
export async function blockGuideStorage(page: Page, guideOrigin: string): Promise<void> {
  await page.addInitScript((origin) => {
    if (location.origin !== origin) return;
    let attempts = 0;
    for (const name of ['sessionStorage', 'localStorage']) {
      Object.defineProperty(window, name, {
        get() {
          attempts += 1;
          throw new DOMException(`${name} is blocked in this test`, 'SecurityError');
        },
      });
    }
    Object.defineProperty(window, '__storageAttempts', { get: () => attempts });
  }, guideOrigin);
}

export async function storageAttempts(guide: FrameLocator): Promise<number> {
  return guide.locator('html').evaluate(() => (window as unknown as { __storageAttempts: number }).__storageAttempts);
}
