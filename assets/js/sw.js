// Keeps the hosted Relief Guide working offline from the second visit on. `cargo xtask dist`
// writes dist/sw.js from this file, after the lines that define BUILD and PAGES.
//
// The guide is one page per language and the downloaded file with every language
// (docs/decisions.md, "Offline"): the worker keeps every one of them, so a patient can switch
// language offline. No other request is touched.
//
// Updates reach the patient on their next visit. A new deployment changes BUILD, so the browser
// installs this worker again in the background: it caches the new page, takes over at once and
// deletes the old copy. A page that is already open keeps running (it needs nothing more from
// the network); the next time the guide is opened, it is the new one.

const CACHE = `relief-guide-${BUILD}`;
const scope = self.registration.scope;
// Each page's address, and the cached copy that answers it: the scope's own address is the
// reference language's page.
const pageUrls = PAGES.map((file) => new URL(file, scope).href);
const answering = new Map(pageUrls.map((url) => [url, url]));
answering.set(scope, pageUrls[0]);

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    for (const pageUrl of pageUrls) {
      // Asks the server whether its copy changed, so the cache holds this deployment's page.
      const response = await fetch(pageUrl, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${pageUrl}: HTTP ${response.status}`);
      // A fresh response: browsers refuse a redirected one (a host may send index.html to ./)
      // as the answer to opening a page.
      const page = new Response(await response.blob(), {
        headers: { 'Content-Type': response.headers.get('Content-Type') || 'text/html; charset=utf-8' },
      });
      await cache.put(pageUrl, page);
    }
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
  const cached = answering.get(url.origin + url.pathname);
  if (event.request.method !== 'GET' || !cached) return;
  event.respondWith((async () => (await caches.match(cached, { cacheName: CACHE })) || fetch(event.request))());
});
