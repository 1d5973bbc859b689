// The guide embedded in a partner's page on another origin: the one-line snippet (embed.js),
// a frame that is always as tall as the guide, messages that only the guide's own frame can
// send and that never hold an answer, the partner's theming (and hostile values refused),
// storage never used, and the keyboard moving in and out of the frame.
import AxeBuilder from '@axe-core/playwright';
import type { FrameLocator, Page } from '@playwright/test';
import {
  answersOf,
  changeLinkName,
  expectResults,
  fullSpeed,
  journey as journeyNamed,
  label,
  option,
  pageHeading,
  pressUntilFocused,
  q,
  slowPhone,
  type Step,
  UI,
  watch,
} from './support/guide';
import {
  DEFAULT_ACCENT_RGB,
  DEMO,
  PARTNER,
  answerIn,
  blockGuideStorage,
  contentHeight,
  expect,
  expectFrameFitsContent,
  frameHeight,
  guideFrame,
  guideFrameElement,
  openDemo,
  openPartnerPage,
  reachCheckIn,
  receivedMessages,
  recordMessages,
  storageAttempts,
  test,
} from './support/embed';

const journey = journeyNamed('herniated-disc');

/** The start button's colour: the accent in use. */
const accentInUse = (guide: FrameLocator) =>
  guide.getByRole('link', { name: UI.start_button }).evaluate((button) => getComputedStyle(button).backgroundColor);

test.describe('The snippet on the partner demo page', () => {
  test('makes a titled, lazy, referrer-free frame of the guide on another origin, with the partner’s values in its address', async ({
    page,
    partnerOrigin,
    baseURL,
  }) => {
    const guide = await openDemo(page, partnerOrigin);
    const frame = guideFrameElement(page);
    await expect(frame).toHaveCount(1);
    await expect(frame).toHaveAttribute('title', 'Relief Guide: questions about your pain');
    await expect(frame).toHaveAttribute('loading', 'lazy');
    await expect(frame).toHaveAttribute('referrerpolicy', 'no-referrer');
    await expect(frame).toHaveAttribute('allow', 'clipboard-write');

    const src = new URL((await frame.getAttribute('src'))!);
    expect(src.origin).toBe(new URL(baseURL!).origin);
    expect(src.origin).not.toBe(new URL(page.url()).origin);
    expect(src.pathname, 'the index.html beside embed.js').toBe('/index.html');
    expect(Object.fromEntries(src.searchParams)).toEqual({
      embed: '1',
      lang: 'en',
      accent: DEMO.accent,
      clinic: DEMO.clinic,
      contact: DEMO.contact,
    });
    expect(src.hash).toBe('');

    // Loading the guide does not move the partner's page.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // No header or footer of the guide's own; the partner's name and contact link instead.
    await expect(guide.getByText(UI.app_name, { exact: true })).toHaveCount(0);
    await expect(guide.getByRole('banner')).toHaveCount(0);
    await expect(guide.getByRole('contentinfo')).toContainText(PARTNER.sharedBy);
    const contact = guide.getByRole('link', { name: PARTNER.contact });
    await expect(contact).toHaveAttribute('href', DEMO.contact);
    await expect(contact).toHaveAttribute('target', '_blank');
    await expect(contact).toHaveAttribute('rel', 'noopener');
    await expect(guide.locator('html')).toHaveClass('embedded');
  });

  test('links inside the guide stay in the frame; only the contact link opens a new tab', async ({ page, partnerOrigin }) => {
    const guide = await openDemo(page, partnerOrigin);
    await reachCheckIn(guide, journey.steps);
    const links = guide.getByRole('link');
    const targets = await links.evaluateAll((all) =>
      all.map((link) => [link.getAttribute('href')?.startsWith('#') ?? false, link.getAttribute('target')]),
    );
    expect(targets.length).toBeGreaterThan(5);
    for (const [inGuide, target] of targets) {
      expect(target).toBe(inGuide ? null : '_blank');
    }
    await guide.getByRole('link', { name: changeLinkName('duration') }).click();
    await expect(pageHeading(guide)).toHaveText(q('duration'));
    expect(page.url(), 'the partner’s page stays where it was').toBe(`${partnerOrigin}/`);
  });

  test('the share link opens the guide on its own page, not embedded and without the partner', async ({
    page,
    context,
    partnerOrigin,
    baseURL,
    problems,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: partnerOrigin });
    await context.grantPermissions(['clipboard-write'], { origin: baseURL });
    const guide = await openDemo(page, partnerOrigin);
    await reachCheckIn(guide, journey.steps);
    await guide.getByRole('button', { name: UI.check_submit }).click();
    await guide.getByRole('button', { name: UI.share_button }).click();
    await expect(guide.getByRole('status')).toHaveText(UI.share_copied);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${new URL(baseURL!).origin}/index.html?lang=en#share=${journey.code}`);

    const opened = await context.newPage();
    watch(opened, problems);
    await opened.goto(link);
    await expectResults(opened, journey.sections);
    await expect(opened.getByRole('banner')).toContainText(UI.app_name);
    await expect(opened.getByText(PARTNER.sharedBy)).toHaveCount(0);
  });

  test('the embedded guide passes axe (WCAG 2.2 A and AA) on its start page and its results', async ({ page, partnerOrigin }) => {
    // A whole journey and two axe runs in a frame: about 28 s alone, more on a busy machine.
    test.setTimeout(120_000);
    const guide = await openDemo(page, partnerOrigin);
    const violations = async () => {
      const { violations } = await new AxeBuilder({ page }).include('[data-relief-guide]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      return violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    expect(await violations()).toEqual([]);
    await reachCheckIn(guide, journey.steps);
    await guide.getByRole('button', { name: UI.check_submit }).click();
    await expect(pageHeading(guide)).toHaveText(UI.results_heading);
    expect(await violations()).toEqual([]);
  });
});

test.describe('The frame’s height', () => {
  test('follows the content as the patient goes on: grows for the results, shrinks for a short question, no scroll bar inside', async ({
    page,
    partnerOrigin,
  }) => {
    const guide = await openDemo(page, partnerOrigin);
    const frame = guideFrameElement(page);
    const start = await expectFrameFitsContent(frame, guide);

    await reachCheckIn(guide, journey.steps);
    await expectFrameFitsContent(frame, guide);
    await guide.getByRole('button', { name: UI.check_submit }).click();
    await expectResults(guide, journey.sections);
    const results = await expectFrameFitsContent(frame, guide);
    expect(results, 'the results are much taller than the start page').toBeGreaterThan(2 * start);

    // Opening the rest of the article grows the frame again, closing it shrinks it.
    const part = guide.getByRole('main').getByText(UI.others_heading, { exact: true });
    await part.click();
    const opened = await expectFrameFitsContent(frame, guide);
    expect(opened).toBeGreaterThan(results);
    await part.click();
    expect(await expectFrameFitsContent(frame, guide)).toBeCloseTo(results, 0);

    await guide.getByRole('link', { name: UI.change_answers }).click();
    await guide.getByRole('link', { name: changeLinkName('duration') }).click();
    await expect(pageHeading(guide)).toHaveText(q('duration'));
    const question = await expectFrameFitsContent(frame, guide);
    expect(question, 'a three-answer question is much shorter').toBeLessThan(results / 3);
  });

  test('stays put once the content is still: no growth loop over several seconds', async ({ page, partnerOrigin }) => {
    const guide = await openDemo(page, partnerOrigin);
    const frame = guideFrameElement(page);
    await guide.getByRole('link', { name: UI.start_button }).click();
    await expect(pageHeading(guide)).toHaveText(q('warning-signs'));
    const settled = await expectFrameFitsContent(frame, guide);
    const heights: number[] = [];
    for (let sample = 0; sample < 12; sample++) {
      await page.waitForTimeout(250);
      heights.push(await frameHeight(frame));
    }
    expect(heights).toEqual(Array(12).fill(settled));
    expect(await contentHeight(guide)).toBeCloseTo(settled, -1);
  });

  test('follows the partner’s page when it gets narrower (the text wraps onto more lines)', async ({ page, partnerOrigin }) => {
    const guide = await openDemo(page, partnerOrigin);
    const frame = guideFrameElement(page);
    const wide = await expectFrameFitsContent(frame, guide);
    await page.setViewportSize({ width: 420, height: 800 });
    await expect.poll(() => frameHeight(frame)).toBeGreaterThan(wide);
    await expectFrameFitsContent(frame, guide);
  });

  test('each new step brings the frame’s top into view, so the new question is visible', async ({ page, partnerOrigin }) => {
    const guide = await openDemo(page, partnerOrigin);
    const frame = guideFrameElement(page);
    await guide.getByRole('link', { name: UI.start_button }).click();
    await expect(pageHeading(guide)).toHaveText(q('warning-signs'));
    await option(guide, 'warning-signs.none').check();
    const continueButton = guide.getByRole('button', { name: UI.continue_button });
    await continueButton.scrollIntoViewIfNeeded();
    const frameTop = () => frame.evaluate((element) => element.getBoundingClientRect().top);
    expect(await frameTop(), 'the frame’s top is above the window before Continue').toBeLessThan(0);

    await continueButton.click();
    // After the warning signs now, the guide asks about the patient's health history.
    await expect(pageHeading(guide)).toHaveText(q('history'));
    // Moving focus to the new heading may already scroll (Chromium does); either way the
    // frame's top, with the progress and the question, ends up in the window.
    await expect.poll(frameTop).toBeGreaterThanOrEqual(0);
    expect(await frameTop()).toBeLessThan(page.viewportSize()!.height / 2);
    await expect(pageHeading(guide)).toBeInViewport();
  });
});

test.describe('Messages between the guide and the partner’s page', () => {
  const RESIZE = { type: 'relief-guide:height', height: 777 };

  /** A partner test page: the snippet, plus a frame from a third origin that claims to be the guide. */
  async function openWithImpostor(page: Page, partnerOrigin: string, guideOrigin: string): Promise<FrameLocator> {
    const impostor = 'http://impostor.localhost:8999/';
    await page.route(impostor, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><title>impostor</title><script>
          window.addEventListener('message', (event) => {
            if (event.data !== 'pretend') return;
            parent.postMessage(${JSON.stringify(RESIZE)}, '*');
            parent.postMessage({ type: 'relief-guide:step' }, '*');
          });
        </script>`,
      }),
    );
    await openPartnerPage(
      page,
      partnerOrigin,
      guideOrigin,
      `<div data-relief-guide></div><script src="{GUIDE}/embed.js"></script>
       <iframe id="impostor" title="impostor" src="${impostor}"></iframe>
       <iframe id="other-guide" title="another copy of the guide" src="{GUIDE}/index.html?embed=1"></iframe>`,
    );
    const guide = guideFrame(page);
    await expect(pageHeading(guide)).toHaveText(UI.start_heading);
    await expect(pageHeading(page.frameLocator('#other-guide'))).toHaveText(UI.start_heading);
    return guide;
  }

  test('a third origin, the partner’s page itself and another frame of the guide cannot resize the frame', async ({
    page,
    partnerOrigin,
    baseURL,
  }) => {
    await recordMessages(page, partnerOrigin);
    const guide = await openWithImpostor(page, partnerOrigin, new URL(baseURL!).origin);
    const frame = guideFrameElement(page);
    const fitted = await expectFrameFitsContent(frame, guide);

    await page.locator('#impostor').evaluate((element: HTMLIFrameElement) => element.contentWindow!.postMessage('pretend', '*'));
    await page.evaluate((message) => window.postMessage(message, '*'), RESIZE);
    // The other copy is from the guide's origin and sends well-formed messages, but it is
    // not the frame embed.js made.
    await page.frameLocator('#other-guide').locator('html').evaluate((_, message) => parent.postMessage(message, '*'), RESIZE);

    // All three arrived, and changed nothing.
    await expect.poll(async () => (await receivedMessages(page)).filter((m) => JSON.stringify(m.data) === JSON.stringify(RESIZE)).length).toBe(3);
    await page.waitForTimeout(300);
    expect(await frameHeight(frame)).toBe(fitted);

    // The same messages from the guide's own frame are obeyed: the checks above could fail.
    await guide.locator('html').evaluate((_, message) => parent.postMessage(message, '*'), RESIZE);
    await expect.poll(() => frameHeight(frame)).toBe(RESIZE.height);
  });

  test('“new step” from a third origin does not scroll the partner’s page; from the guide it brings the frame’s top into view', async ({
    page,
    partnerOrigin,
    baseURL,
  }) => {
    const guide = await openWithImpostor(page, partnerOrigin, new URL(baseURL!).origin);
    // Room to scroll the frame out of the window.
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('div'), { className: 'spacer' })));
    await page.locator('.spacer').evaluate((spacer: HTMLElement) => spacer.style.setProperty('height', '3000px'));
    await page.evaluate(() => window.scrollTo(0, 2000));
    const frameTop = () => guideFrameElement(page).evaluate((element) => element.getBoundingClientRect().top);
    expect(await frameTop()).toBeLessThan(0);

    await page.locator('#impostor').evaluate((element: HTMLIFrameElement) => element.contentWindow!.postMessage('pretend', '*'));
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.scrollY)).toBe(2000);

    await guide.locator('html').evaluate(() => parent.postMessage({ type: 'relief-guide:step' }, '*'));
    await expect.poll(frameTop).toBe(0);
  });

  test('malformed messages from the guide’s own frame are ignored', async ({ page, partnerOrigin }) => {
    const guide = await openDemo(page, partnerOrigin);
    const frame = guideFrameElement(page);
    const fitted = await expectFrameFitsContent(frame, guide);
    await guide.locator('html').evaluate(() => {
      const type = 'relief-guide:height';
      for (const message of [
        { type, height: '900' },
        { type, height: 900.5 },
        { type, height: -900 },
        { type, height: 0 },
        { type, height: 1e9 },
        { type, height: Number.NaN },
        { type, height: 900, extra: 'x' },
        { type: 'relief-guide:width', height: 900 },
        { height: 900 },
        [type, 900],
        JSON.stringify({ type, height: 900 }),
        type,
        null,
        900,
      ]) {
        parent.postMessage(message, '*');
      }
    });
    await page.waitForTimeout(300);
    expect(await frameHeight(frame)).toBe(fitted);
  });

  test('a whole journey sends only heights and “new step”, never an answer, and only from the guide', async ({
    page,
    partnerOrigin,
    baseURL,
  }) => {
    await recordMessages(page, partnerOrigin);
    const guide = await openDemo(page, partnerOrigin);
    await reachCheckIn(guide, journey.steps);
    await guide.getByRole('button', { name: UI.check_submit }).click();
    await expectResults(guide, journey.sections);
    await guide.getByRole('button', { name: UI.start_again }).click();
    await guide.getByRole('button', { name: UI.start_again_confirm }).click();
    await expect(pageHeading(guide)).toHaveText(UI.start_heading);
    await expectFrameFitsContent(guideFrameElement(page), guide);

    const messages = await receivedMessages(page);
    for (const message of messages) {
      expect(message.origin).toBe(new URL(baseURL!).origin);
      expect(message.fromGuideFrame).toBe(true);
      const data = message.data as Record<string, unknown>;
      if (data.type === 'relief-guide:height') {
        expect(Object.keys(data).sort()).toEqual(['height', 'type']);
        expect(Number.isInteger(data.height)).toBe(true);
      } else {
        expect(data).toEqual({ type: 'relief-guide:step' });
      }
    }
    // One "new step" per screen: the questions, Check, Results, "Clear all your answers?" and Start.
    const steps = messages.filter((m) => (m.data as { type: string }).type === 'relief-guide:step');
    expect(steps).toHaveLength(journey.steps.length + 4);
    expect(messages.length).toBeGreaterThan(steps.length);
    // Nothing of the answers: no share code, no option codes, no words of an answer.
    const everything = JSON.stringify(messages.map((m) => m.data));
    for (const secret of [journey.code, ...journey.code.split('~').slice(1), label('diagnoses.herniated-disc'), 'herniated', 'urgent']) {
      expect(everything).not.toContain(secret);
    }
  });
});

test.describe('Theming', () => {
  test('the partner’s accent colours the buttons and borders', async ({ page, partnerOrigin }) => {
    const guide = await openDemo(page, partnerOrigin);
    expect(await accentInUse(guide)).toBe(DEMO.accentRgb);
    await expect(guide.locator('html')).toHaveAttribute('style', `--partner-accent: ${DEMO.accent}; --partner-accent-dark: #401d5e;`);
  });

  test.describe('in the dark colour scheme', () => {
    test.use({ colorScheme: 'dark' });
    test('the guide keeps its own dark palette, which the partner’s accent was not checked against', async ({ page, partnerOrigin }) => {
      const guide = await openDemo(page, partnerOrigin);
      expect(await accentInUse(guide)).toBe('rgb(63, 196, 154)');
    });
  });

  const hostile = ['red;background:url(x)', '"><script>alert(1)</script>', '#ffff00', 'red', '#0b6e4f;color:red'];
  for (const accent of hostile) {
    test(`a hostile or unreadable accent (${accent}) is refused with a console warning, and the default stays`, async ({
      page,
      partnerOrigin,
      baseURL,
    }) => {
      const requested: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'warning') warnings.push(message.text());
      });
      // Through the snippet, and in the address of a plain frame (no embed.js in between).
      const quoted = accent.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
      await openPartnerPage(
        page,
        partnerOrigin,
        new URL(baseURL!).origin,
        `<div data-relief-guide data-accent="${quoted}"></div><script src="{GUIDE}/embed.js"></script>
         <iframe id="plain" title="plain" src="{GUIDE}/index.html?embed=1&amp;accent=${encodeURIComponent(accent)}"></iframe>`,
      );
      for (const guide of [guideFrame(page), page.frameLocator('#plain')]) {
        await expect(pageHeading(guide)).toHaveText(UI.start_heading);
        expect(await accentInUse(guide)).toBe(DEFAULT_ACCENT_RGB);
        expect(await guide.locator('html').getAttribute('style')).toBeNull();
        expect(await guide.locator('html').evaluate((html) => html.outerHTML)).not.toContain('alert(1)');
      }
      await expect.poll(() => warnings.filter((w) => w.includes('`accent`') && w.includes('the default is used')).length).toBe(2);
      expect(requested.filter((url) => new URL(url).pathname.endsWith('/x'))).toEqual([]);
      expect(dialogs).toEqual([]);
      // The partner's page got nothing but the one frame.
      await expect(page.locator('body > script')).toHaveCount(1);
      await expect(page.locator('iframe')).toHaveCount(2);
    });
  }

  test('?embed=1 outside a frame shows the guide on its own page, ignoring the partner’s name and link', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto('/?embed=1&clinic=Real%20Clinic&contact=https%3A%2F%2Fevil.example%2F&accent=%23000000');
    await expect(pageHeading(page)).toHaveText(UI.start_heading);
    await expect(page.getByRole('banner')).toContainText(UI.app_name);
    await expect(page.getByText('Real Clinic')).toHaveCount(0);
    await expect(page.getByRole('link', { name: PARTNER.contact })).toHaveCount(0);
    expect(await page.locator('html').getAttribute('class')).toBeNull();
    expect(await page.getByRole('link', { name: UI.start_button }).evaluate((b) => getComputedStyle(b).backgroundColor)).toBe(
      DEFAULT_ACCENT_RGB,
    );
    await expect.poll(() => warnings.some((w) => w.includes('only inside a frame'))).toBe(true);
  });
});

test('a whole journey works with third-party storage blocked, and the embedded guide never tries to use it', async ({
  page,
  partnerOrigin,
  baseURL,
}) => {
  await blockGuideStorage(page, new URL(baseURL!).origin);
  const guide = await openDemo(page, partnerOrigin);
  await reachCheckIn(guide, journey.steps);
  await guide.getByRole('button', { name: UI.check_submit }).click();
  await expectResults(guide, journey.sections);
  expect(await storageAttempts(guide)).toBe(0);
});

test('a plain frame with ?embed=1 and no script works too: fixed height, scrolling inside', async ({ page, partnerOrigin, baseURL }) => {
  await openPartnerPage(
    page,
    partnerOrigin,
    new URL(baseURL!).origin,
    `<iframe title="Relief Guide" src="{GUIDE}/index.html?embed=1" width="600" height="400"></iframe>`,
  );
  const guide = guideFrame(page);
  await guide.getByRole('link', { name: UI.start_button }).click();
  await answerIn(guide, ['warning-signs.none']);
  await expect(pageHeading(guide)).toHaveText(q('history'));
  expect(await guideFrameElement(page).evaluate((element) => element.clientHeight)).toBe(400);
  const scroll = await guide.locator('html').evaluate((html) => html.scrollHeight - html.clientHeight);
  expect(scroll, 'the question is taller than the frame, and scrolls').toBeGreaterThan(0);
  await guide.getByRole('button', { name: UI.continue_button }).click();
  await expect(guide.getByRole('alert')).toBeVisible();
});

test.describe('Keyboard only', () => {
  /** Chooses `label` on the current question with the keyboard: Space on a tick box, arrows in a radio group. */
  async function chooseByKeyboard(page: Page, guide: FrameLocator, label: string): Promise<void> {
    const input = guide.getByLabel(label, { exact: true });
    if ((await input.getAttribute('type')) === 'checkbox') {
      await pressUntilFocused(page, 'Tab', input);
      await page.keyboard.press('Space');
    } else {
      // Tab enters the group on its first radio button; Space chooses it, Down arrow the next.
      await pressUntilFocused(page, 'Tab', guide.getByRole('radio').first());
      await page.keyboard.press('Space');
      for (let presses = 0; presses < 10 && !(await input.isChecked()); presses++) {
        await page.keyboard.press('ArrowDown');
      }
    }
    await expect(input).toBeChecked();
  }

  async function answerByKeyboard(page: Page, guide: FrameLocator, steps: readonly Step[]): Promise<void> {
    for (const step of steps) {
      const question = q(step[0]);
      const labels = answersOf([step]).map(label);
      await expect(pageHeading(guide)).toHaveText(question);
      await expect(pageHeading(guide)).toBeFocused();
      // Tab only goes forwards: choose in the order the page lists the answers.
      const onPage = await guide.locator('label').allTextContents();
      const inOrder = [...labels].sort((a, b) => onPage.indexOf(a) - onPage.indexOf(b));
      for (const label of inOrder) await chooseByKeyboard(page, guide, label);
      await pressUntilFocused(page, 'Tab', guide.getByRole('button', { name: UI.continue_button }));
      await page.keyboard.press('Enter');
      await expect(pageHeading(guide)).not.toHaveText(question);
    }
  }

  test('focus on Start, reached before the embedded app ran, stays on Start when it takes over (no header there)', async ({
    page,
    partnerOrigin,
  }) => {
    test.slow();
    // The patient tabs to Start while the app's code is still arriving (the partner's page
    // and its frame share the slowing); the app's first render replaces that markup.
    const cdp = await slowPhone(page);
    await page.goto(`${partnerOrigin}/`, { waitUntil: 'commit' });
    const guide = guideFrame(page);
    const start = guide.getByRole('link', { name: UI.start_button });
    await start.waitFor({ state: 'visible', timeout: 60_000 });
    await page.getByRole('link', { name: DEMO.linkBefore }).focus();
    await pressUntilFocused(page, 'Tab', start);
    const loading = guide.locator('.guide-loading');
    expect(await loading.count(), 'focus reached Start before the app ran').toBe(1);

    // Embedded, the app draws no header: the prerendered language links before Start are gone.
    await expect(loading).toHaveCount(0, { timeout: 60_000 });
    await expect(start).toBeFocused();
    await fullSpeed(cdp);
    await page.keyboard.press('Enter');
    await expect(pageHeading(guide)).toHaveText(q('warning-signs'));
    await expect(pageHeading(guide)).toBeFocused();
  });

  test('Tab goes into the frame, through a whole journey, and out again both ways: focus is never trapped', async ({
    page,
    partnerOrigin,
  }) => {
    const guide = await openDemo(page, partnerOrigin);
    const before = page.getByRole('link', { name: DEMO.linkBefore });
    const after = page.getByRole('link', { name: DEMO.linkAfter });
    const start = guide.getByRole('link', { name: UI.start_button });

    await before.focus();
    await page.keyboard.press('Tab');
    await expect(start).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(before, 'Shift+Tab leaves the frame backwards').toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    await answerByKeyboard(page, guide, journey.steps);
    await expect(pageHeading(guide)).toHaveText(UI.check_heading);
    await pressUntilFocused(page, 'Tab', guide.getByRole('button', { name: UI.check_submit }), 40);
    await page.keyboard.press('Enter');
    await expect(pageHeading(guide)).toHaveText(UI.results_heading);
    await expect(pageHeading(guide)).toBeFocused();

    const contact = guide.getByRole('link', { name: PARTNER.contact });
    await pressUntilFocused(page, 'Tab', contact, 80);
    await page.keyboard.press('Tab');
    await expect(after, 'Tab leaves the frame forwards').toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(contact).toBeFocused();
  });
});
