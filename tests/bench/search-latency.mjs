import { searchQueries } from '../support/search-queries.ts';

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/**
 * Types each query of the query set into the search dialog and reads the page's own
 * "search" performance measure (input event to results rendered). Returns p50/p95 and MRR.
 */
export async function measureSearch(browser, site) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(site.url('role/overview/'));
  await page.locator('button[data-open-modal]').click();
  // The first search pays for loading the index; warm up so the numbers describe typing.
  await page.locator('[data-search-input]').fill('warm up');
  await page.waitForFunction(() => performance.getEntriesByName('search').length > 0);
  const durations = [];
  let reciprocalRanks = 0;
  for (const { query, expect } of searchQueries) {
    const before = await page.evaluate(() => performance.getEntriesByName('search').length);
    await page.locator('[data-search-input]').fill(query);
    await page.waitForFunction((n) => performance.getEntriesByName('search').length > n, before);
    durations.push(await page.evaluate(() => performance.getEntriesByName('search').at(-1).duration));
    const paths = await page
      .locator('[data-search-results] a')
      .evaluateAll((links) => links.map((a) => a.pathname));
    const rank = paths.indexOf(`${site.base}${expect}`);
    reciprocalRanks += rank >= 0 ? 1 / (rank + 1) : 0;
  }
  await context.close();
  return {
    queries: searchQueries.length,
    p50: percentile(durations, 50),
    p95: percentile(durations, 95),
    max: Math.max(...durations),
    mrr: reciprocalRanks / searchQueries.length,
  };
}
