// Printed results are a clean personal summary: the date and time of printing in local time,
// written as the page's language writes it in the clinic's country; the sections shown, each
// in plain words with why and the article's own words; the next step with the clinic's name,
// phone and address on the first page; the notice and the answers; no buttons or links to
// press; black on white; at most two A4 pages. Checked in the PDF that Chromium prints, read
// back as text.
import { HEADINGS, RESULTS_ANSWERS, guideAddress, openAt } from './support/a11y';
import {
  becauseText,
  clinic,
  fill,
  governance,
  note,
  optionLabel,
  question,
  quotedSentence,
  ruleFor,
  section,
  sentences,
  shortName,
  translation,
  ui,
  withClinic,
} from './support/content';
import { JOURNEYS, expect, journey, test, watch } from './support/guide';
import { pdfLines, pdfPages } from './support/pdf-text';

const UI = ui('en');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Lines that are navigation, which must not be printed. */
const NAVIGATION = [
  new RegExp(`^‹?\\s*${escape(UI.back)}$`),
  new RegExp(escape(UI.print_button)),
  new RegExp(escape(UI.share_button)),
  new RegExp(`^${escape(UI.start_again)}$`),
  new RegExp(escape(UI.change_answers)),
  new RegExp(escape(UI.others_heading)),
  new RegExp(`^${escape(ui('es').language_name)}$`),
];

/**
 * "Printed on …" for `date` in `timeZone`, written as English is written in the clinic's
 * country (content/clinic.toml), which is what the page does whatever the browser's region.
 */
const printedAt = (date: string, timeZone: string) =>
  UI.printed_on.replace(
    '{date}',
    new Intl.DateTimeFormat(`en-${clinic(undefined).country}`, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(date)),
  );

/** The words of `text` as the PDF's text reads them: one space between words. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

test('the results print with the answers, sections, reasons, notice, next step and date', async ({ page }) => {
  await openAt(page, guideAddress('en', `share=${RESULTS_ANSWERS}`), HEADINGS.en.results);
  const lines = await pdfLines(await page.pdf());
  const text = lines.join(' ');

  // Today, as the clinic's country writes English.
  const today = new Intl.DateTimeFormat(`en-${clinic(undefined).country}`, { dateStyle: 'long' }).format(new Date());
  expect(text).toContain(`${UI.printed_on.split('{date}')[0]}${today}`);
  const { steps, sections } = journey('herniated-disc');
  const first = sections[0];
  const rule = ruleFor(first.section, first.reasons[0]);
  for (const expected of [
    // The sections shown in plain words, and why.
    ...sections.map((s) => section('en', s.section).title),
    ...sections.map((s) => section('en', s.section).summary),
    becauseText('en', first.reasons),
    // The notice and the next step.
    UI.notice_heading,
    sentences(UI.notice_text).at(-1)!,
    UI.next_heading,
    sentences(note('en', 'next-specialist'))[0],
    // The clinic's name and phone, and what to do if a warning sign appears later.
    withClinic(UI.clinic_contact),
    UI.safety_net_heading,
    withClinic(UI.safety_net_emergency),
    ...UI.safety_net_signs.split('\n'),
    sentences(withClinic(UI.safety_net_urgent))[0],
    // What the article leaves out, and what to ask.
    UI.not_covered_heading,
    // What is one tap away on screen is printed open.
    UI.ask_heading,
    ...UI.ask_questions.split('\n'),
    // Who wrote the words and when they are due for review.
    UI.about_heading,
    fill(UI.about_dates, { last: governance('en').last_reviewed, next: governance('en').next_review }),
    // The answers: each question's short name, then its answers.
    UI.your_answers_heading,
    // Each question's answers in the order the question lists its options.
    ...steps.map(([questionId, optionIds]) =>
      [
        shortName('en', questionId),
        ...question(questionId)
          .option.filter((o) => optionIds.includes(o.id))
          .map((o) => optionLabel('en', `${questionId}.${o.id}`)),
      ].join(' '),
    ),
  ]) {
    expect(text).toContain(words(expected));
  }
  for (const navigation of NAVIGATION) {
    expect(lines.filter((line) => navigation.test(line)), `${navigation}`).toEqual([]);
  }
  // The article's own words are on screen, one tap away; on paper they would bury the summary
  // (and take it past two pages): the clinic's address, printed, leads to the article.
  expect(text).not.toContain(UI.article_words_heading);
  expect(text).not.toContain(words(quotedSentence('en', rule)));
  expect(text).not.toContain(section('en', 'benefits').item[0].text);
});

for (const typical of Object.values(JOURNEYS)) {
  test(`${typical.name}: the results print on at most two A4 pages, the next step and the clinic's phone on the first`, async ({ page }) => {
    await openAt(page, guideAddress('en', `share=${typical.code}`), HEADINGS.en.results);
    const pages = await pdfPages(await page.pdf({ format: 'A4' }));
    console.log(`${typical.name}: ${pages.length} A4 page(s)`);
    expect(pages.length).toBeLessThanOrEqual(2);
    const first = pages[0].join(' ');
    expect(first).toContain(UI.next_heading);
    expect(first).toContain(words(clinic(undefined).phone));
    expect(first).toContain(words(withClinic(UI.clinic_contact)));
  });
}

test('printed results are black on white, even in dark mode', async ({ browser, problems }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  watch(page, problems);
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
    const es = ui('es');
    // The date as Spanish writes it, in Madrid's time.
    expect(text).toContain(`${es.printed_on.split('{date}')[0]}4 de marzo de 2025 a las 10:30`);
    expect(text).toContain(words(sentences(translation('es').note)[0]));
    expect(text).toContain(section('es', journey('herniated-disc').sections[0].section).title);
    expect(text).not.toContain(es.print_button);
  });
});

test.describe('in New York', () => {
  test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

  // In local time, but written as the clinic's country writes English, not as the browser's
  // region (here the United States) would.
  test('the printed time is the time of printing, not of opening the results', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2025-03-04T15:00:00Z'));
    await openAt(page, guideAddress('en', `share=${RESULTS_ANSWERS}`), HEADINGS.en.results);
    // The printed-on line (the clinic's contact is printed too, in its own line).
    const printedOn = page.locator('.print-only').filter({ hasText: UI.printed_on.split('{date}')[0] });
    await expect(printedOn).toHaveCount(1);
    await expect(printedOn).toHaveText(printedAt('2025-03-04T15:00:00Z', 'America/New_York'));
    await expect(printedOn).not.toHaveText(/March 4/);

    // "Print these results", two hours later: the page shows the new time before the dialog.
    await page.evaluate((prefix) => {
      window.print = () => {
        (window as unknown as { printedOn: string }).printedOn = [...document.querySelectorAll('.print-only')]
          .map((line) => line.textContent!)
          .find((line) => line.startsWith(prefix))!;
      };
    }, UI.printed_on.split('{date}')[0]);
    await page.clock.setFixedTime(new Date('2025-03-04T17:00:00Z'));
    await page.getByRole('button', { name: UI.print_button }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printedOn?: string }).printedOn))
      .toBe(printedAt('2025-03-04T17:00:00Z', 'America/New_York'));

    // The browser's own print (menu, Ctrl+P) announces itself with beforeprint.
    await page.clock.setFixedTime(new Date('2025-03-04T18:30:00Z'));
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(printedOn).toHaveText(printedAt('2025-03-04T18:30:00Z', 'America/New_York'));
  });
});
