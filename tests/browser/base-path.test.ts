/**
 * What only the /guide/ build can show in a browser: search results and the builder's share link
 * carry the deploy base. Every other browser test runs on the root build alone.
 */
import { describe, expect, it } from 'vitest';
import { DESKTOP, newPage } from '../support/browser';
import { guideBuild } from '../support/build-variants';
import { useBrowser, useSite } from '../support/fixtures';

const browser = useBrowser();
const site = useSite(guideBuild);
const BUILDER = 'hiring/job-description-builder/';

describe('the site under /guide/', () => {
  it('finds a page through search and opens it under the base', async () => {
    const page = await newPage(browser(), { viewport: DESKTOP });
    await page.goto(site().url(''));
    await page.locator('button[data-open-modal]').click();
    await page.locator('dialog[open] [data-search-input]').fill('salary');
    const first = page.locator('[data-search-results] a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/^\/guide\//);
    await first.click();
    await page.waitForURL('**/guide/career/salary/**');
    await page.close();
  });

  it('shares a builder draft as a link under the base that opens in a fresh browser', async () => {
    const context = await browser().newContext({ viewport: DESKTOP });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site().origin });
    const page = await context.newPage();
    await page.goto(site().url(BUILDER));
    await page.locator('[data-jdb][data-ready]').waitFor({ state: 'attached' });
    await page.locator('#jdb-company').fill('Acme Analytics');
    await page.getByRole('button', { name: 'Copy link to this draft' }).click();
    await expect.poll(() => page.locator('[data-status]').textContent()).toMatch(/Copied the link/);
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link.startsWith(site().url(BUILDER))).toBe(true);
    expect(new URL(link).pathname).toBe('/guide/hiring/job-description-builder/');
    await context.close();

    const fresh = await browser().newContext({ viewport: DESKTOP });
    const other = await fresh.newPage();
    await other.goto(link);
    await other.locator('[data-jdb][data-ready]').waitFor({ state: 'attached' });
    await expect(other.locator('#jdb-company').inputValue()).resolves.toBe('Acme Analytics');
    await fresh.close();
  });
});
