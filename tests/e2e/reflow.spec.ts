// Reflow (WCAG 1.4.10) and text size (1.4.4): on a 320 CSS px wide screen, with the browser's
// text size at 100 % and at 200 %, no screen scrolls sideways, nothing sticks out of the
// window and no text is clipped. Also: nothing moves on screen, with or without
// prefers-reduced-motion (2.3.3).
import { LANGS, SCREENS, guideAddress, HEADINGS, openAt, overflow, setBrowserTextSize } from './support/a11y';
import { UI, expect, option, test, watch } from './support/guide';

for (const lang of LANGS) {
  for (const textSize of [100, 200]) {
    test(`every screen in ${lang} fits 320 px at ${textSize} % text`, async ({ browser, problems }) => {
      // Every screen (about twenty), each loaded afresh: far longer than one journey, and several
      // times longer on a machine busy with other builds (a limit, not a speed measurement).
      test.setTimeout(300_000);
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
