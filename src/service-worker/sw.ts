/**
 * The guide's service worker, one per language (sw.js at the base for English, fa/sw.js for
 * Persian), bundled with Workbox by src/integrations/service-worker.ts, which also fills in the
 * constants below. After a reader's first page it downloads every page and asset of that
 * language (the precache), so the guide and its tools open offline. Search's index is cached as
 * it is used. A new deploy changes this file (the precache list carries each file's hash); the
 * browser finds it on the next visit and installs it beside the old one, and the page offers a
 * reload (src/components/offline/register.ts) which tells it to take over.
 */
import { clientsClaim } from 'workbox-core';
import { precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { NetworkFirst, NetworkOnly } from 'workbox-strategies';
import { offlinePage, type OfflineStrings } from './offline-page';

declare const PRECACHE: PrecacheEntry[];
/** The site's base path, "/" or "/guide/". */
declare const BASE: string;
declare const OFFLINE_STRINGS: { en: OfflineStrings; fa: OfflineStrings };

interface WorkerScope {
  registration: { scope: string };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  addEventListener(
    type: 'activate',
    listener: (event: Event & { waitUntil(promise: Promise<unknown>): void }) => void,
  ): void;
}
const worker = self as unknown as WorkerScope;

// Search's files, cached as search uses them: from the network while online (the index is rebuilt
// with each deploy under the same entry name), from the cache when offline.
const SEARCH_CACHE = `search-${worker.registration.scope}`;

precacheAndRoute(PRECACHE);

registerRoute(
  ({ url }) => url.origin === location.origin && url.pathname.startsWith(`${BASE}pagefind/`),
  new NetworkFirst({ cacheName: SEARCH_CACHE }),
);

// Every other page goes to the network; when that fails, the reader gets a page that says so.
registerRoute(({ request }) => request.mode === 'navigate', new NetworkOnly());
setCatchHandler(async ({ request, url }) => {
  if (request.destination !== 'document') return Response.error();
  const persian = url.pathname.startsWith(`${BASE}fa/`);
  return offlinePage(
    persian ? OFFLINE_STRINGS.fa : OFFLINE_STRINGS.en,
    persian ? 'fa' : 'en',
    worker.registration.scope,
  );
});

// A new version waits until the page asks it to take over (the reader chose to reload, or the
// tab was hidden), so an open page never finds its files swapped under it.
worker.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void worker.skipWaiting();
});

// The first version takes control of the page that installed it, so that page works offline too.
clientsClaim();

// A new deploy may have rebuilt the search index under the same names: start its cache afresh.
worker.addEventListener('activate', (event) => event.waitUntil(caches.delete(SEARCH_CACHE)));
