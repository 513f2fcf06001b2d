/**
 * Every English page of the root build, in one reused page: no request to another host, no breach
 * of the Content-Security-Policy, no script error, and no axe violation. Then that the axe check
 * finds what it should, the dark theme at phone width, and pages with storage blocked. The Persian
 * pages and the walk with JavaScript off are in site-walk-fa.test.ts, so the two run side by side.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, contextOptions, DESKTOP, PHONE } from '../support/browser';
import { useBrowser, useSharedPage, useSite } from '../support/fixtures';
import { ENGLISH_PAGES as english, watchPage } from '../support/page-watch';

const browser = useBrowser();
const site = useSite();

describe('every English page as a browser loads it', () => {
  const shared = useSharedPage(browser, { viewport: DESKTOP, colorScheme: 'light' });
  const watch = watchPage(shared, site);

  it.each([...english, '404.html'])('"%s" loads cleanly and axe finds no violation', async (path) => {
    expect(await watch.visit(path)).toEqual([]);
    expect(await axeViolations(shared.page())).toEqual([]);
  });

  it('loads Pagefind (WebAssembly, a worker) under the policy when search opens', async () => {
    expect(await watch.visit('role/overview/')).toEqual([]);
    const page = shared.page();
    await page.locator('button[data-open-modal]').click();
    await page.locator('[data-search-input]').fill('salary');
    await page.locator('[data-search-results] a').first().waitFor();
    expect(await watch.csp()).toEqual([]);
    expect(watch.foreign).toEqual([]);
    expect(shared.errors).toEqual([]);
  });
});

describe('the axe check itself', () => {
  const shared = useSharedPage(browser, { viewport: DESKTOP, colorScheme: 'light' });
  it('reports violations planted in a page, and only inside the part it is given', async () => {
    const page = shared.page();
    await page.goto(site().url('role/duties/'));
    await page.evaluate(() => {
      const planted = document.createElement('p');
      planted.id = 'planted';
      planted.innerHTML = '<img src="data:,"><span style="color:#eee;background:#fff">pale</span>';
      document.querySelector('main')!.append(planted);
    });
    const ids = (found: string[]) => found.map((line) => line.split(':')[0]).sort();
    expect(ids(await axeViolations(page))).toEqual(['color-contrast', 'image-alt']);
    expect(ids(await axeViolations(page, '#planted'))).toEqual(['color-contrast', 'image-alt']);
    expect(await axeViolations(page, 'header')).toEqual([]);
  });
});

describe('the dark theme at phone width', () => {
  const shared = useSharedPage(browser, { viewport: PHONE, colorScheme: 'dark' });
  it.each(['', 'career/salary/', 'fa/career/self-assessment/'])(
    '"%s": axe finds no violation',
    async (path) => {
      await shared.page().goto(site().url(path));
      expect(await axeViolations(shared.page())).toEqual([]);
      expect(shared.errors).toEqual([]);
    },
  );
});

describe('with storage blocked', () => {
  it('logs no error and still switches the theme for the page', async () => {
    const context = await browser().newContext(contextOptions({ viewport: DESKTOP, colorScheme: 'light' }));
    // As Chromium behaves with cookies blocked: touching localStorage throws.
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    for (const path of ['', 'role/duties/', 'fa/career/salary/']) await page.goto(site().url(path));
    await page.locator('starlight-theme-select select').first().selectOption('dark');
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
    expect(errors).toEqual([]);
    await context.close();
  });
});
