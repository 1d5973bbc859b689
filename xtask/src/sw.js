// Keeps the hosted Relief Guide working offline from the second visit on. `cargo xtask dist`
// writes dist/sw.js from this file, after the lines that define BUILD, PAGE and SAME_PAGE.
//
// The whole guide is one page (ARCHITECTURE.md, "Offline"), and relief-guide.html holds the
// same bytes as index.html, so one cached copy of the page answers the guide's address,
// index.html and the "Save for offline use" download. No other request is touched.
//
// Updates reach the patient on their next visit. A new deployment changes BUILD, so the browser
// installs this worker again in the background: it caches the new page, takes over at once and
// deletes the old copy. A page that is already open keeps running (it needs nothing more from
// the network); the next time the guide is opened, it is the new one.

const CACHE = `relief-guide-${BUILD}`;
const scope = self.registration.scope;
const pageUrl = new URL(PAGE, scope).href;
const pageUrls = new Set(SAME_PAGE.map((path) => new URL(path, scope).href));

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    // Asks the server whether its copy changed, so the cache holds this deployment's page.
    const response = await fetch(pageUrl, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${pageUrl}: HTTP ${response.status}`);
    // A fresh response: browsers refuse a redirected one (a host may send index.html to ./)
    // as the answer to opening a page.
    const page = new Response(await response.blob(), {
      headers: { 'Content-Type': response.headers.get('Content-Type') || 'text/html; charset=utf-8' },
    });
    await (await caches.open(CACHE)).put(pageUrl, page);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('relief-guide-') && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || !pageUrls.has(url.origin + url.pathname)) return;
  event.respondWith((async () => (await caches.match(pageUrl, { cacheName: CACHE })) || fetch(event.request))());
});
