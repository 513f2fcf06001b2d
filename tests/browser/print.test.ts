import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { assertBuilt, SITE_URL, variants } from '../support/build-variants';
import { serveDist, type RunningSite } from '../support/static-server';
import { DESKTOP, launchBrowser, newPage } from '../support/browser';

/** The pages readers are most likely to print: an article, the JD template and the ladder. */
const PRINTED = ['role/duties/', 'hiring/job-description/', 'career/ladder/'];
/** PDF page sizes in points, as Chromium writes them into each page's MediaBox. */
const SIZES = { A4: [595.92, 842.88], Letter: [612, 792] } as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The MediaBox of every page of a PDF, read from its uncompressed page objects. */
function mediaBoxes(pdf: Buffer): number[][] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox \[([^\]]+)\]/g)].map((m) =>
    m[1]!.trim().split(/\s+/).map(Number),
  );
}

describe.each(variants)('printing the $name build', ({ dir, base }) => {
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

  it.each(PRINTED)('%s prints to PDF on A4 and on Letter', async (path) => {
    await openForPrint(path);
    for (const [format, size] of Object.entries(SIZES)) {
      const pdf = await page.pdf({ format: format as keyof typeof SIZES, printBackground: true });
      const boxes = mediaBoxes(pdf);
      expect(boxes.length, `${path} ${format} pages`).toBeGreaterThan(0);
      expect(boxes.length, `${path} ${format} pages`).toBeLessThan(12);
      for (const box of boxes) {
        expect(box[2]).toBeCloseTo(size[0], 0);
        expect(box[3]).toBeCloseTo(size[1], 0);
      }
    }
  });
});
