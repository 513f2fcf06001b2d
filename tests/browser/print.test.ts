import { describe, expect, it } from 'vitest';
import { rootBuild, SITE_URL } from '../support/build-variants';
import { useBrowser, useSharedPage, useSite } from '../support/fixtures';
import { DESKTOP } from '../support/browser';

/** The pages readers are most likely to print: an article, the JD template and the ladder. */
const PRINTED = ['role/duties/', 'hiring/job-description/', 'career/ladder/'];

const browser = useBrowser();
const site = useSite();
const { base } = rootBuild;

describe('printing the root build', () => {
  const shared = useSharedPage(browser, { viewport: DESKTOP });
  const page = () => shared.page();

  async function openForPrint(path: string) {
    await page().emulateMedia({ media: 'screen' });
    await page().goto(site().url(path));
    await page().emulateMedia({ media: 'print' });
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
      const visible = await page()
        .locator(selector)
        .evaluateAll((els) => els.some((el) => el.checkVisibility()));
      expect(visible, `${selector} on ${path}`).toBe(false);
    }
    await expect(page().locator('h1').isVisible()).resolves.toBe(true);
    await expect(page().locator('.article-meta .print-only').textContent()).resolves.toBe(
      `${SITE_URL}${base}${path}`,
    );
  });

  it('shows where links go after the link text, but not for glossary terms or in-page links', async () => {
    await openForPrint('hiring/job-description/');
    const after = (selector: string) =>
      page()
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
    const styles = await page()
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
