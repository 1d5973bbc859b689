// `cargo xtask dist` minifies the page's stylesheet (xtask/src/minify.rs): only comments and
// whitespace may go. The browser must read exactly the rules of assets/style.css from it. (The
// minified scripts are proven by every other spec, which runs them.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/guide';
import { dist } from './support/offline';

test('the page’s stylesheet has exactly the rules of assets/style.css', async ({ page }) => {
  const source = readFileSync(join(__dirname, '..', '..', 'assets', 'style.css'), 'utf8');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const inline = [...html.matchAll(/<style>([^]*?)<\/style>/g)].map((match) => match[1]);
  expect(inline, 'one stylesheet').toHaveLength(1);
  expect(inline[0].length, 'minified').toBeLessThan(source.length * 0.8);

  // The rules as the browser parses and writes them back, whatever the whitespace was; except
  // that a value using var() is kept as written until it is used, so whitespace after its
  // commas (which the minifier drops, and which never matters after a comma) is ignored.
  const rules = async (css: string) =>
    (
      await page.evaluate((text) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        return [...sheet.cssRules].map((rule) => rule.cssText);
      }, css)
    ).map((rule) => rule.replace(/,\s+/g, ','));
  const expected = await rules(source);
  expect(expected.length, 'the source has rules').toBeGreaterThan(50);
  expect(await rules(inline[0])).toEqual(expected);
});
