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

/** Until the service worker exists there is no precache to count. */
export function precacheBytes() {
  return undefined;
}
