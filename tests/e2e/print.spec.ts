// Printed results are a clean personal summary: the date and time of printing in local time,
// the answers, the sections shown and why, the notice and the next step; no buttons or links
// to press; black on white. Checked in the PDF that Chromium prints, read back as text.
import { test, expect } from '@playwright/test';
import { HEADINGS, RESULTS_ANSWERS, guideAddress, openAt } from './support/a11y';
import { pdfLines } from './support/pdf-text';

/** Lines that are navigation, which must not be printed. */
const NAVIGATION = [
  /^‹?\s*Back$/,
  /Print these results/,
  /Copy a link to these results/,
  /^Start again$/,
  /Change your answers/,
  /^Español$/,
];

test('the results print with the answers, sections, reasons, notice, next step and date', async ({ page }) => {
  await openAt(page, guideAddress('en', `share=${RESULTS_ANSWERS}`), HEADINGS.en.results);
  const lines = await pdfLines(await page.pdf());
  const text = lines.join(' ');

  const today = new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).format(new Date());
  expect(text).toMatch(new RegExp(`Printed on ${today} at \\d{1,2}:\\d{2}\\s?[AP]M`));
  for (const expected of [
    // The sections shown, and a reason with the article's words.
    'Epidural Steroid Injections',
    'Nerve Blocks',
    'Understanding Persistent Pain',
    'Why you are seeing this',
    'You told us a doctor said you have: Herniated disc (also called a slipped or bulging disc).',
    'These injections are commonly used to treat conditions such as herniated discs, spinal stenosis, or radiculopathy.',
    // The notice and the next step.
    'This is education, not a diagnosis',
    'Only a doctor who examines you can do that.',
    'What to do next',
    'Talk to a pain management specialist about your pain.',
    // The answers.
    'Your answers',
    'Where it hurts Lower back Pain that spreads down one or both legs',
    'How long More than a year',
    'What a doctor said Herniated disc (also called a slipped or bulging disc)',
    'Did they help They helped a little',
  ]) {
    expect(text).toContain(expected);
  }
  for (const navigation of NAVIGATION) {
    expect(lines.filter((line) => navigation.test(line)), `${navigation}`).toEqual([]);
  }
  // The rest of the article is on screen, one click away; on paper it would bury the summary.
  expect(text).not.toContain('Other parts of the article');
});

test('printed results are black on white, even in dark mode', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await openAt(page, guideAddress('en', `share=${RESULTS_ANSWERS}`), HEADINGS.en.results);
  await page.emulateMedia({ media: 'print' });
  const colours = await page.evaluate(() => {
    const found = new Set<string>();
    for (const element of document.querySelectorAll('body, body *')) {
      if (element.getClientRects().length === 0) continue;
      const style = getComputedStyle(element);
      const hasText = [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '',
      );
      if (hasText) found.add(`text ${style.color}`);
      if (style.backgroundColor !== 'rgba(0, 0, 0, 0)') found.add(`background ${style.backgroundColor}`);
    }
    return [...found].sort();
  });
  expect(colours).toEqual(['background rgb(255, 255, 255)', 'text rgb(0, 0, 0)']);
  await context.close();
});

test.describe('in Madrid, in Spanish', () => {
  test.use({ locale: 'es-ES', timezoneId: 'Europe/Madrid' });

  test('the printed date is in Spanish and local time, and the review note is printed', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2025-03-04T09:30:00Z'));
    await openAt(page, guideAddress(null, `share=${RESULTS_ANSWERS}`), HEADINGS.es.results);
    const text = (await pdfLines(await page.pdf())).join(' ');
    expect(text).toContain('Impreso el 4 de marzo de 2025 a las 10:30');
    expect(text).toContain('Esta traducción todavía no ha sido revisada por el equipo médico de la clínica.');
    expect(text).toContain('Inyecciones epidurales de esteroides');
    expect(text).not.toContain('Imprimir estos resultados');
  });
});

test.describe('in New York', () => {
  test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

  test('the printed time is the time of printing, not of opening the results', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2025-03-04T15:00:00Z'));
    await openAt(page, guideAddress('en', `share=${RESULTS_ANSWERS}`), HEADINGS.en.results);
    const printedOn = page.locator('.print-only');
    await expect(printedOn).toHaveText(/^Printed on March 4, 2025 at 10:00\sAM$/);

    // "Print these results", two hours later: the page shows the new time before the dialog.
    await page.evaluate(() => {
      window.print = () => {
        (window as unknown as { printedOn: string }).printedOn = document.querySelector('.print-only')!.textContent!;
      };
    });
    await page.clock.setFixedTime(new Date('2025-03-04T17:00:00Z'));
    await page.getByRole('button', { name: 'Print these results' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printedOn?: string }).printedOn))
      .toMatch(/^Printed on March 4, 2025 at 12:00\sPM$/);

    // The browser's own print (menu, Ctrl+P) announces itself with beforeprint.
    await page.clock.setFixedTime(new Date('2025-03-04T18:30:00Z'));
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(printedOn).toHaveText(/^Printed on March 4, 2025 at 1:30\sPM$/);
  });
});
