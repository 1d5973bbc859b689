// A simulated screen reader: npm's @guidepup/virtual-screen-reader, which speaks a page from its
// accessibility semantics (roles, names, states, live regions) as a screen reader's virtual
// cursor would, and follows focus. No real screen reader runs on these machines; this one shows
// what the page tells one. Its browser bundle is put into each document the test opens (a
// Playwright init script, which the page's Content-Security-Policy does not govern).
import type { Page } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const BUNDLE = readFileSync(require.resolve('@guidepup/virtual-screen-reader/browser.js'), 'utf8');

/** The bundle as a classic script that leaves `virtual` on `window.__virtual`. */
function asScript(bundle: string): string {
  const exported = bundle.match(/export\s*\{([^}]*)\}\s*;?\s*(\/\*[\s\S]*)?$/);
  const local = exported?.[1]
    .split(',')
    .map((name) => name.trim().split(/\s+as\s+/))
    .find(([, as]) => as === 'virtual')?.[0];
  if (!exported || !local) throw new Error('@guidepup/virtual-screen-reader/browser.js exports no `virtual`');
  return `${bundle.slice(0, exported.index)};window.__virtual = ${local};`;
}

const SCRIPT = asScript(BUNDLE);

/** Where the transcripts are kept for a person to read: beside the engines' screenshots. */
export const TRANSCRIPTS = join(__dirname, '..', '..', '..', 'target', 'engines', 'screen-reader');

export class ScreenReader {
  private constructor(private page: Page) {}

  /** Prepares `page` (before it opens anything): the screen reader is in every document. */
  static async on(page: Page): Promise<ScreenReader> {
    await page.addInitScript({ content: SCRIPT });
    return new ScreenReader(page);
  }

  /** Turns it on over the whole document (after the app has drawn its screen). */
  async start(): Promise<void> {
    await this.page.evaluate(() => (window as unknown as { __virtual: { start(o: object): Promise<void> } }).__virtual.start({ container: document.body }));
  }

  async stop(): Promise<void> {
    await this.page.evaluate(() => (window as unknown as { __virtual: { stop(): Promise<void> } }).__virtual.stop());
  }

  /** Everything spoken since start, in order. */
  async log(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { __virtual: { spokenPhraseLog(): Promise<string[]> } }).__virtual.spokenPhraseLog());
  }

  /** What is spoken while `action` runs (for a focus move: the element it lands on). */
  async during(action: () => Promise<void>): Promise<string[]> {
    const before = (await this.log()).length;
    await action();
    // Focus moves and live regions are spoken as they happen; give the page a moment.
    await this.page.waitForTimeout(200);
    return (await this.log()).slice(before);
  }

  /** Reads on from where the virtual cursor is (the new heading, after a step) to the end of
   * `<main>` (or of the document), as a patient listening to the whole screen would. */
  async readOn(limit = 800): Promise<string[]> {
    return this.page.evaluate(async (limit) => {
      const v = (window as unknown as { __virtual: { next(): Promise<void>; lastSpokenPhrase(): Promise<string> } }).__virtual;
      const read: string[] = [];
      for (let i = 0; i < limit; i++) {
        await v.next();
        const phrase = await v.lastSpokenPhrase();
        read.push(phrase);
        if (phrase === 'end of main' || phrase === 'end of document') break;
      }
      return read;
    }, limit);
  }

  /** Keeps the whole transcript in target/engines/screen-reader/<name>.txt. */
  async keep(name: string): Promise<void> {
    mkdirSync(TRANSCRIPTS, { recursive: true });
    writeFileSync(join(TRANSCRIPTS, `${name}.txt`), `${(await this.log()).join('\n')}\n`);
  }
}

/** `heading, TEXT, level N`, as the screen reader announces a heading. */
export const headingPhrase = (text: string, level = 1) => `heading, ${text}, level ${level}`;
