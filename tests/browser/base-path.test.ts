/**
 * What only the /guide/ build can show in a browser: search results, the builder's share link and
 * the copied Markdown carry the deploy base, and the service worker saves and serves pages under it. Every other browser test runs on the root build alone.
 */
import { describe, expect, it } from 'vitest';
import { DESKTOP, newPage } from '../support/browser';
import { guideBuild, SITE_URL } from '../support/build-variants';
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

  it('saves the pages of the reader’s language under the base and opens them offline', async () => {
    const context = await browser().newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(site().url('fa/role/duties/'));
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe('/guide/fa/');
    await context.setOffline(true);
    await page.goto(site().url('fa/career/self-assessment/'));
    await page.locator('[data-assessment-form]').waitFor();
    await context.close();
  });

  it('copies a page as Markdown with links under the base', async () => {
    const context = await browser().newContext({ viewport: DESKTOP });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site().origin });
    const page = await context.newPage();
    await page.goto(site().url('role/duties/'));
    await page.getByRole('button', { name: 'Copy page as Markdown' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied as Markdown' }).waitFor();
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toMatch(/^# Duties and responsibilities\n/);
    expect(markdown).toContain(`](${SITE_URL}/guide/role/skills/)`);
    await context.close();
  });
});
