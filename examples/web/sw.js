// Service worker: keeps the page, its engine and every catalog's data file in
// the browser's cache, so the page works offline once it has been loaded.
// Network first (a served update wins), the cache when the network fails.

const CACHE = 'teleworksec-web-v2';
const FILES = ['./', 'index.html', 'app.js', 'teleworksec.mjs', 'teleworksec.wasm', 'style.css',
  'catalogs/index.json'];

// The catalogs' data files are listed in catalogs/index.json (written at build time).
async function precache() {
  const cache = await caches.open(CACHE);
  await cache.addAll(FILES);
  const ids = await (await cache.match('catalogs/index.json')).json();
  await cache.addAll(ids.map((id) => `catalogs/${id}.json`));
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return;
  event.respondWith(fetch(event.request)
    .then((response) => {
      if (response.ok) {
        const copy = response.clone();
        caches.open(CACHE).then((cache) => cache.put(event.request, copy));
      }
      return response;
    })
    .catch(() => caches.match(event.request, { ignoreSearch: true })));
});
