import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { assertBuilt, rootBuild, SITE_URL } from '../support/build-variants';
import { serveDist, type RunningSite } from '../support/static-server';
import { DESKTOP, launchBrowser, newPage } from '../support/browser';

/** The pages readers are most likely to print: an article, the JD template and the ladder. */
const PRINTED = ['role/duties/', 'hiring/job-description/', 'career/ladder/'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([rootBuild])('printing the $name build', ({ dir, base }) => {
  let site: RunningSite;
  let page: Page;

  beforeAll(async () => {
    assertBuilt(dir);
    site = await serveDist(dir, base);
    page = await newPage(browser, { viewport: DESKTOP });
  });
  afterAll(async () => {
    await page?.close();
    await site?.close();
  });

  async function openForPrint(path: string) {
    await page.emulateMedia({ media: 'screen' });
    await page.goto(site.url(path));
    await page.emulateMedia({ media: 'print' });
  }

  it.each(PRINTED)('%s prints the article without the site around it', async (path) => {
    await openForPrint(path);
    for (const selector of [
      '.page > header',
      'nav.sidebar',
      'site-search',
      '.right-sidebar-container',
      'mobile-starlight-toc',
      '.pagination-links',
    ]) {
      const visible = await page
        .locator(selector)
        .evaluateAll((els) => els.some((el) => el.checkVisibility()));
      expect(visible, `${selector} on ${path}`).toBe(false);
    }
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    await expect(page.locator('.article-meta .print-only').textContent()).resolves.toBe(
      `${SITE_URL}${base}${path}`,
    );
  });

  it('shows where links go after the link text, but not for glossary terms or in-page links', async () => {
    await openForPrint('hiring/job-description/');
    const after = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => ({
          href: el.getAttribute('href'),
          content: getComputedStyle(el, '::after').content,
        }));
    const internal = await after(`.sl-markdown-content a[href^="${base}"]:not(.term)`);
    expect(internal.content).toBe(`" (${internal.href})"`);
    const term = await after('.sl-markdown-content a.term');
    expect(term.content).toBe('none');
    const hash = await after('.sl-markdown-content a[href^="#"]:not(.sl-anchor-link)');
    expect(hash.content).toBe('none');
    await openForPrint('career/ladder/');
    const external = await after('.sl-markdown-content a[href^="http"]');
    expect(external.content).toBe(`" (${external.href})"`);
  });

  it('keeps table rows whole and repeats table headers on each sheet', async () => {
    await openForPrint('career/ladder/');
    const styles = await page
      .locator('.sl-markdown-content table')
      .first()
      .evaluate((table) => ({
        row: getComputedStyle(table.querySelector('tbody tr')!).breakInside,
        head: getComputedStyle(table.querySelector('thead')!).display,
        overflow: getComputedStyle(table.closest('.table-scroll') ?? table).overflowX,
      }));
    expect(styles).toEqual({ row: 'avoid', head: 'table-header-group', overflow: 'visible' });
  });
});
