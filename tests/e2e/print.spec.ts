// Printed results are a clean personal summary: the date and time of printing in local time,
// the answers, the sections shown and why, the notice and the next step; no buttons or links
// to press; black on white. Checked in the PDF that Chromium prints, read back as text.
import { HEADINGS, RESULTS_ANSWERS, guideAddress, openAt } from './support/a11y';
import { fill, governance, note, optionLabel, question, quotedSentence, reasonText, ruleFor, section, sentences, shortName, translation, ui, withClinic } from './support/content';
import { expect, journey, test, watch } from './support/guide';
import { pdfLines } from './support/pdf-text';

const UI = ui('en');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Lines that are navigation, which must not be printed. */
const NAVIGATION = [
  new RegExp(`^‹?\\s*${escape(UI.back)}$`),
  new RegExp(escape(UI.print_button)),
  new RegExp(escape(UI.share_button)),
  new RegExp(`^${escape(UI.start_again)}$`),
  new RegExp(escape(UI.change_answers)),
  new RegExp(`^${escape(ui('es').language_name)}$`),
];

/** The words of `text` as the PDF's text reads them: one space between words. */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

test('the results print with the answers, sections, reasons, notice, next step and date', async ({ page }) => {
  await openAt(page, guideAddress('en', `share=${RESULTS_ANSWERS}`), HEADINGS.en.results);
  const lines = await pdfLines(await page.pdf());
  const text = lines.join(' ');

  const today = new Intl.DateTimeFormat('en-US', { dateStyle: 'long' }).format(new Date());
  const printedOn = UI.printed_on.split('{date}')[0];
  expect(text).toMatch(new RegExp(`${escape(printedOn)}${today} at \\d{1,2}:\\d{2}\\s?[AP]M`));
  const { steps, sections } = journey('herniated-disc');
  const first = sections[0];
  const rule = ruleFor(first.section, first.reasons[0]);
  for (const expected of [
    // The sections shown, and a reason with the article's words.
    ...sections.map((s) => section('en', s.section).title),
    UI.why_heading,
    reasonText('en', first.reasons[0]),
    quotedSentence('en', rule),
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
  // The rest of the article is on screen, one click away; on paper it would bury the summary.
  expect(text).not.toContain(UI.others_heading);
});

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
    // The date as the browser's Spanish locale writes it, in Madrid's time.
    expect(text).toContain(`${es.printed_on.split('{date}')[0]}4 de marzo de 2025 a las 10:30`);
    expect(text).toContain(words(sentences(translation('es').note)[0]));
    expect(text).toContain(section('es', journey('herniated-disc').sections[0].section).title);
    expect(text).not.toContain(es.print_button);
  });
});

test.describe('in New York', () => {
  test.use({ locale: 'en-US', timezoneId: 'America/New_York' });

  test('the printed time is the time of printing, not of opening the results', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2025-03-04T15:00:00Z'));
    await openAt(page, guideAddress('en', `share=${RESULTS_ANSWERS}`), HEADINGS.en.results);
    // The printed-on line (the clinic's contact is printed too, in its own line).
    const printedOn = page.locator('.print-only').filter({ hasText: UI.printed_on.split('{date}')[0] });
    await expect(printedOn).toHaveCount(1);
    await expect(printedOn).toHaveText(new RegExp(`^${escape(UI.printed_on.split('{date}')[0])}March 4, 2025 at 10:00\\sAM$`));

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
      .toMatch(new RegExp(`^${escape(UI.printed_on.split('{date}')[0])}March 4, 2025 at 12:00\\sPM$`));

    // The browser's own print (menu, Ctrl+P) announces itself with beforeprint.
    await page.clock.setFixedTime(new Date('2025-03-04T18:30:00Z'));
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(printedOn).toHaveText(new RegExp(`^${escape(UI.printed_on.split('{date}')[0])}March 4, 2025 at 1:30\\sPM$`));
  });
});
