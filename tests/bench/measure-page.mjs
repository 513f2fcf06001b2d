import { gzipSync } from 'node:zlib';

const KIND = (type, url) =>
  /javascript/.test(type) || /\.m?js($|\?)/.test(url)
    ? 'js'
    : /css/.test(type) || /\.css($|\?)/.test(url)
      ? 'css'
      : /html/.test(type)
        ? 'html'
        : 'other';

/**
 * Loads a page in a fresh context, service workers blocked, and returns what it transferred on first load: request count
 * and gzip-compressed bytes by kind (what a host with compression sends).
 */
export async function measurePage(browser, url) {
  // The service worker's background download after the page (bench "session" reports it) is not
  // part of the page's first load, so it is kept out of the measure.
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  const bodies = [];
  page.on('response', async (response) => {
    bodies.push(
      response
        .body()
        .then((body) => ({
          url: response.url(),
          type: response.headers()['content-type'] ?? '',
          bytes: gzipSync(body).length,
        }))
        .catch(() => undefined),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  const responses = (await Promise.all(bodies)).filter(Boolean);
  await context.close();
  const totals = { html: 0, css: 0, js: 0, other: 0 };
  const files = { html: 0, css: 0, js: 0, other: 0 };
  for (const r of responses) {
    const kind = KIND(r.type, r.url);
    totals[kind] += r.bytes;
    files[kind] += 1;
  }
  return {
    requests: responses.length,
    totals,
    files,
    total: Object.values(totals).reduce((a, b) => a + b, 0),
  };
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
