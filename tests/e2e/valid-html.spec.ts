// Valid HTML, by the Nu HTML Checker (npm vnu-jar, the W3C validator's engine, on Java): no error
// in the built pages as served, nor in the DOM of every screen (support/a11y.ts, SCREENS: every
// question, the error summary, check, results with every part open, each warning-sign card, the
// problem pages) as the app leaves it, serialised from the browser, in every language. Warnings
// are printed, not failed: the checker's advice on, say, a redundant role is not an error.
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { LANGS, SCREENS } from './support/a11y';
import { expect, test, watch } from './support/guide';
import { dist } from './support/offline';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const VNU_JAR: string = require('vnu-jar');

interface Message {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** The checker's messages for these files (its JSON report). */
async function check(files: string[]): Promise<Message[]> {
  const { stderr } = await promisify(execFile)(
    'java',
    ['-Xss8m', '-jar', VNU_JAR, '--format', 'json', '--exit-zero-always', '--html', ...files],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  return (JSON.parse(stderr) as { messages: Message[] }).messages;
}

function describe(messages: Message[]): string {
  return messages
    .map((m) => `${(m.url ?? '').split('/').slice(-2).join('/')}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? `\n    ${m.extract.replace(/\s+/g, ' ').slice(0, 160)}` : ''}`)
    .join('\n');
}

/** The checker takes the page's data block (the packed wasm, `<script type="application/
 * octet-stream">`, which no browser runs or checks against the policy) for an inline script the
 * policy does not allow by hash; it is not one. */
const dataBlock = (m: Message) => /Content Security Policy/.test(m.message) && /type="application\/octet-stream"/.test(m.extract ?? '');

function expectNoErrors(messages: Message[], what: string): void {
  const errors = messages.filter((m) => m.type !== 'info');
  const warnings = messages.filter((m) => m.type === 'info' && m.subType === 'warning' && !dataBlock(m));
  if (warnings.length) console.log(`Nu HTML Checker warnings, ${what}:\n${describe(warnings)}`);
  expect(errors, `Nu HTML Checker errors, ${what}:\n${describe(errors)}`).toEqual([]);
}

test('the built pages are valid HTML', async () => {
  const pages = readdirSync(dist)
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dist, name));
  expect(pages.length).toBeGreaterThanOrEqual(3);
  expectNoErrors(await check(pages), 'dist/');
});

for (const lang of LANGS) {
  test(`the DOM of every screen in ${lang} is valid HTML`, async ({ browser, problems }, testInfo) => {
    // Every screen, each loaded afresh: as the accessibility spec, allow for a busy machine.
    test.setTimeout(300_000);
    const folder = testInfo.outputPath('dom');
    mkdirSync(folder, { recursive: true });
    const context = await browser.newContext();
    const files: string[] = [];
    for (const screen of SCREENS) {
      const page = await context.newPage();
      watch(page, problems);
      await screen.open(page, lang);
      const html = await page.evaluate(() => `<!DOCTYPE html>\n${document.documentElement.outerHTML}`);
      const file = join(folder, `${screen.name.replace(/[^a-z0-9-]+/gi, '-')}.html`);
      writeFileSync(file, html);
      files.push(file);
      await page.close();
    }
    await context.close();
    expect(files.length).toBe(SCREENS.length);
    expectNoErrors(await check(files), `every screen in ${lang}`);
  });
}
