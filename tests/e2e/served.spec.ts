// dist/ served as a clinic deploys it: every page here comes from Debian's nginx with
// deploy/nginx.conf (xtask/src/nginx.rs). What the browser gets: the headers the README asks
// for, frames only on the partner sites that configuration names, and the precompressed copies
// beside each file, sent as they are.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pageHeading, UI } from './support/guide';
import { expect, guideFrame, openPartnerPage, test } from './support/embed';

const DIST = join(__dirname, '..', '..', 'dist');
/** The files a clinic copies (not their .gz/.br copies). */
const FILES = readdirSync(DIST).filter((name) => !/\.(gz|br)$/.test(name) && statSync(join(DIST, name)).isFile());
const size = (name: string) => statSync(join(DIST, name)).size;

test.describe('Served by nginx with deploy/nginx.conf', () => {
  // What the server sends: the service worker, which answers from its own copy after the
  // first page, stays out of it.
  test.use({ serviceWorkers: 'block' });

  test('every page and script carries the headers of the README, embed.js its own', async ({ page, partnerOrigin }) => {
    expect(FILES).toEqual(expect.arrayContaining(['index.html', 'relief-guide.html', 'sw.js', 'embed.js']));
    for (const name of FILES) {
      // The pages as the browser navigates to them; the scripts as it fetches them.
      const response = name.endsWith('.html') ? await page.goto(`/${name}`) : await page.request.get(`/${name}`);
      expect(response?.status(), name).toBe(200);
      const headers = name.endsWith('.html') ? await (response as any).allHeaders() : response!.headers();
      expect(headers['x-content-type-options'], name).toBe('nosniff');
      expect(headers['referrer-policy'], name).toBe('no-referrer');
      expect(headers['x-frame-options'], name).toBeUndefined();
      const type = name.endsWith('.html') ? 'text/html' : name.endsWith('.js') ? 'text/javascript' : undefined;
      if (type) expect(headers['content-type'], name).toContain(type);
      if (name === 'embed.js') {
        // A script partners load, never framed: its own location sends these instead.
        expect(headers['access-control-allow-origin']).toBe('*');
        expect(headers['cache-control']).toBe('no-cache');
        expect(headers['content-security-policy']).toBeUndefined();
      } else {
        expect(headers['content-security-policy'], name).toBe(`frame-ancestors 'self' ${partnerOrigin}`);
        expect(headers['access-control-allow-origin'], name).toBeUndefined();
      }
    }
  });

  test('the guide’s start page is what / serves', async ({ page }) => {
    await page.goto('/');
    await expect(pageHeading(page)).toHaveText(UI.start_heading);
  });

  test('the browser is sent the .br copy of each page, byte for byte, and it opens to the page', async ({ page }) => {
    for (const name of FILES.filter((n) => n.endsWith('.html'))) {
      // A language's page asked for by name (else a browser in English is taken to index.html).
      const lang = /^index\.(\w+)\.html$/.exec(name)?.[1];
      const response = await page.goto(lang ? `/${name}?lang=${lang}` : `/${name}`);
      const headers = await response!.allHeaders();
      expect(headers['content-encoding'], name).toBe('br');
      expect(headers['vary'], name).toBe('Accept-Encoding');
      // What was sent is the .br file's length; what the browser decoded is the page itself.
      expect(Number(headers['content-length']), name).toBe(size(`${name}.br`));
      const sizes = await page.evaluate(() => {
        const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return { encoded: entry.encodedBodySize, decoded: entry.decodedBodySize };
      });
      expect(sizes, name).toEqual({ encoded: size(`${name}.br`), decoded: size(name) });
    }
  });

  test('scripts fetched as Chromium asks (gzip, deflate, br, zstd) are sent as their .br copy', async ({ page }) => {
    for (const name of FILES.filter((n) => n.endsWith('.js'))) {
      const response = await page.request.get(`/${name}`, { headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' } });
      expect(response.headers()['content-encoding'], name).toBe('br');
      expect(Number(response.headers()['content-length']), name).toBe(size(`${name}.br`));
      expect((await response.body()).length, name).toBe(size(name));
    }
  });

  test('a browser that takes only gzip is sent the .gz copy; one that takes neither, the file', async ({ page }) => {
    for (const [encoding, suffix] of [
      ['gzip', '.gz'],
      ['identity', ''],
    ] as const) {
      for (const name of FILES.filter((n) => /\.(html|js)$/.test(n))) {
        const response = await page.request.get(`/${name}`, { headers: { 'Accept-Encoding': encoding } });
        const headers = response.headers();
        expect(headers['content-encoding'], `${name} ${encoding}`).toBe(suffix ? 'gzip' : undefined);
        expect(Number(headers['content-length']), `${name} ${encoding}`).toBe(size(`${name}${suffix}`));
        expect(headers['x-content-type-options']).toBe('nosniff');
      }
    }
  });

  test('the partner named in frame-ancestors can show the guide in a frame', async ({ page, partnerOrigin, baseURL }) => {
    await openPartnerPage(page, partnerOrigin, baseURL!, '<iframe src="{GUIDE}/?embed=1" title="Relief Guide"></iframe>');
    await expect(pageHeading(guideFrame(page))).toHaveText(UI.start_heading);
  });

  test('a site not named in frame-ancestors cannot: the browser refuses the frame', async ({ page, partnerOrigin, baseURL, problems }) => {
    // Another origin than the partner's: the same port on another host name.
    const stranger = partnerOrigin.replace('127.0.0.1', 'localhost');
    const refused: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes('frame-ancestors')) refused.push(message.text());
    });
    const guideResponse = page.waitForResponse((response) => response.url().startsWith(`${baseURL}/?embed=1`));
    await openPartnerPage(page, stranger, baseURL!, '<iframe src="{GUIDE}/?embed=1" title="Relief Guide"></iframe>');
    expect((await guideResponse).status()).toBe(200);
    await expect.poll(() => refused.length).toBeGreaterThan(0);
    expect(refused[0]).toContain(partnerOrigin);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame?.url()).not.toContain(baseURL!);
    await expect(guideFrame(page).getByRole('heading')).toHaveCount(0);
    // The refusal is the one console error expected here.
    const expected = problems.filter((p) => p.includes('frame-ancestors'));
    expect(expected.length).toBeGreaterThan(0);
    problems.splice(0, problems.length, ...problems.filter((p) => !p.includes('frame-ancestors')));
  });
});
