import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * A reading session: several articles opened one after another in one tab at phone size, the first
 * with a cold cache and the rest with whatever the first left in the HTTP cache, as a reader who
 * follows links does. Counts the bytes that crossed the network (the server gzips text like a host);
 * responses served from the cache cost nothing. Service workers are blocked so both sites are
 * measured on the HTTP cache alone: the guide's offline precache is a separate, one-off download
 * (see precacheBytes).
 */
export const SESSION_ARTICLES = [
  'role/overview/',
  'role/duties/',
  'role/skills/',
  'career/salary/',
  'career/requirements/',
];

/** Bytes over the network per page of `paths`, visited in order in one tab. */
export async function measureSession(browser, site, paths) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const pages = [];
  try {
    for (const path of paths) {
      const responses = [];
      const listener = (response) => responses.push(response);
      page.on('response', listener);
      await page.goto(site.url(path), { waitUntil: 'networkidle' });
      // As measurePage does: what a page loads once idle (stock Starlight's search UI) counts too.
      await page.waitForTimeout(300);
      page.off('response', listener);
      let bytes = 0;
      let requests = 0;
      for (const response of responses) {
        const sizes = await response.request().sizes();
        // A response from the HTTP cache reports no body bytes (its size is minus its headers).
        if (sizes.responseBodySize < 0) continue;
        requests += 1;
        bytes += sizes.responseBodySize;
      }
      pages.push({ path, requests, bytes });
    }
  } finally {
    await context.close();
  }
  return { pages, total: pages.reduce((sum, p) => sum + p.bytes, 0) };
}

/**
 * What each language's service worker downloads once, in the background, after a reader's first
 * page: the files its precache list names (read from the built sw.js and fa/sw.js), gzipped as
 * the server sends them. Files the first page already loaded are counted too, though the worker
 * may find them in the HTTP cache.
 */
export function precacheBytes(dist) {
  const bytes = (worker) => {
    const script = readFileSync(join(dist, worker), 'utf8');
    let total = 0;
    for (const [, url] of script.matchAll(/url:"([^"]+)"/g)) {
      const path = url.replace(/^\//, '');
      const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
      const body = readFileSync(join(dist, file));
      total += /\.(woff2|png)$/.test(file) ? body.length : gzipSync(body).length;
    }
    return total;
  };
  return { en: bytes('sw.js'), fa: bytes('fa/sw.js') };
}
