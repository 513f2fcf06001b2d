/**
 * Every Persian page of the root build, in one reused page: no request to another host, no breach
 * of the Content-Security-Policy, no script error, and axe on one page per template (the tools in
 * their states are checked in tools-fa.test.ts). Then every page of both languages with
 * JavaScript off.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, DESKTOP } from '../support/browser';
import { useBrowser, useSharedPage, useSite } from '../support/fixtures';
import { ENGLISH_PAGES as english, PERSIAN_PAGES as persian, watchPage } from '../support/page-watch';

/** One Persian page per template: axe checks the right-to-left layout and Persian labels there. */
const PERSIAN_AXE = new Set([
  'fa/',
  'fa/role/duties/',
  'fa/career/salary/',
  'fa/career/ladder/',
  'fa/career/self-assessment/',
  'fa/hiring/job-description-builder/',
  'fa/hiring/interview-kit/',
  'fa/about/glossary/',
  'fa/404.html',
]);

const browser = useBrowser();
const site = useSite();

describe('every Persian page as a browser loads it', () => {
  const shared = useSharedPage(browser, { viewport: DESKTOP, colorScheme: 'light' });
  const watch = watchPage(shared, site);

  it('checks one page of each template with axe, and each of them is a page of the guide', () => {
    expect([...PERSIAN_AXE].filter((path) => ![...persian, 'fa/404.html'].includes(path))).toEqual([]);
  });

  it.each([...persian, 'fa/404.html'])('"%s" loads cleanly (axe on one page per template)', async (path) => {
    expect(await watch.visit(path)).toEqual([]);
    if (PERSIAN_AXE.has(path)) expect(await axeViolations(shared.page())).toEqual([]);
  });
});

describe('with JavaScript off', () => {
  it('shows every page’s content in both languages', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: DESKTOP });
    const unreadable: string[] = [];
    // Without scripts a page is only parsing and layout: four tabs at once keep both cores busy.
    const queue = [...english, ...persian];
    const tab = async () => {
      const page = await context.newPage();
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        // The document is all this reads: no need to wait for fonts and images.
        await page.goto(site().url(path), { waitUntil: 'domcontentloaded' });
        const visibleText = await page.locator('main').innerText();
        const h1 = await page.locator('main h1').first().isVisible();
        if (!h1 || visibleText.trim().length < 300)
          unreadable.push(`${path} (${visibleText.trim().length} characters)`);
      }
    };
    await Promise.all([tab(), tab(), tab(), tab()]);
    expect(unreadable.sort()).toEqual([]);
    await context.close();
  });
});
