// Reflow (WCAG 1.4.10) and text size (1.4.4): on a 320 CSS px wide screen, with the browser's
// text size at 100 % and at 200 %, no screen scrolls sideways, nothing sticks out of the
// window and no text is clipped. Also: nothing moves on screen, with or without
// prefers-reduced-motion (2.3.3).
import type { Page } from '@playwright/test';
import { LANGS, SCREENS, guideAddress, HEADINGS, openAt, setBrowserTextSize } from './support/a11y';
import { UI, expect, option, test, watch } from './support/guide';

/** What does not fit the window: elements wider than it or outside it, and clipped text. */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${
        element.className ? `.${String(element.className).split(' ').join('.')}` : ''
      } "${(element.textContent ?? '').trim().slice(0, 40)}"`;
    const problems: string[] = [];
    for (const element of document.querySelectorAll('body *')) {
      // Hidden on purpose: for screen readers only, or closed.
      if (element.closest('.visually-hidden') || element.getClientRects().length === 0) continue;
      const box = element.getBoundingClientRect();
      if (box.right > width + 0.5 || box.left < -0.5) {
        problems.push(`${describe(element)} spans ${Math.round(box.left)}–${Math.round(box.right)} px`);
      }
      const style = getComputedStyle(element);
      const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
      if (clips && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)) {
        problems.push(`${describe(element)} clips its content`);
      }
    }
    return { scrollWidth: document.scrollingElement!.scrollWidth, width, problems };
  });
}

for (const lang of LANGS) {
  for (const textSize of [100, 200]) {
    test(`every screen in ${lang} fits 320 px at ${textSize} % text`, async ({ browser, problems }) => {
      // Fifteen screens, each loaded afresh: far longer than one journey.
      test.setTimeout(120_000);
      const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
      for (const screen of SCREENS) {
        const page = await context.newPage();
        watch(page, problems);
        await setBrowserTextSize(page, textSize);
        await screen.open(page, lang);
        // The setting took effect: body text is 1.1875rem of the browser's size.
        await expect(page.locator('body')).toHaveCSS('font-size', `${(19 * textSize) / 100}px`);
        const found = await overflow(page);
        expect.soft(found.problems, `${screen.name}`).toEqual([]);
        expect.soft(found.scrollWidth, `${screen.name}: page width`).toBeLessThanOrEqual(found.width);
        await page.close();
      }
      await context.close();
    });
  }
}

for (const reducedMotion of ['no-preference', 'reduce'] as const) {
  test(`nothing moves on screen (prefers-reduced-motion: ${reducedMotion})`, async ({ browser, problems }) => {
    const context = await browser.newContext({ reducedMotion });
    const page = await context.newPage();
    watch(page, problems);
    await openAt(page, guideAddress('en'), HEADINGS.en.start);
    await page.getByRole('link', { name: UI.start_button }).click();
    await expect(page.locator('h1#page-heading')).toHaveText(HEADINGS.en['warning-signs']);
    await option(page, 'warning-signs.none').check();
    const motion = await page.evaluate(() => ({
      animations: document.getAnimations().length,
      smoothScroll: getComputedStyle(document.documentElement).scrollBehavior === 'smooth',
      transitions: [...document.querySelectorAll('*')].filter((element) =>
        getComputedStyle(element)
          .transitionDuration.split(',')
          .some((duration) => parseFloat(duration) > 0),
      ).length,
    }));
    expect(motion).toEqual({ animations: 0, smoothScroll: false, transitions: 0 });
    await context.close();
  });
}
