/**
 * Every page of the root build, in one reused page: no request to another host, no breach of the
 * Content-Security-Policy, no script error, and no axe violation on every English page and on one
 * Persian page per template. Then every page again with JavaScript off.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { sidebarSlugs } from '../../src/config/sidebar';
import { axeViolations, DESKTOP, PHONE } from '../support/browser';
import { useBrowser, useSharedPage, useSite } from '../support/fixtures';

const english = ['', ...sidebarSlugs.map((slug) => `${slug}/`)];
const persian = english.map((path) => `fa/${path}`);
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

type Watched = Window & { __cspViolations?: string[] };

describe('every page as a browser loads it', () => {
  const shared = useSharedPage(browser, { viewport: DESKTOP, colorScheme: 'light' });
  const foreign: string[] = [];

  beforeAll(async () => {
    const page = shared.page();
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as Watched).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.host !== new URL(site().origin).host)
        foreign.push(request.url());
    });
  });

  /** Loads a page and returns what went wrong on it: requests elsewhere, CSP breaches, errors. */
  async function visit(path: string) {
    const page = shared.page();
    const [errorsBefore, foreignBefore] = [shared.errors.length, foreign.length];
    await page.goto(site().url(path), { waitUntil: 'load' });
    const csp = await page.evaluate(() => (window as Watched).__cspViolations ?? []);
    return [...foreign.slice(foreignBefore), ...csp, ...shared.errors.slice(errorsBefore)];
  }

  it.each([...english, '404.html'])('"%s" loads cleanly and axe finds no violation', async (path) => {
    expect(await visit(path)).toEqual([]);
    expect(await axeViolations(shared.page())).toEqual([]);
  });

  it.each([...persian, 'fa/404.html'])('"%s" loads cleanly (axe on one page per template)', async (path) => {
    expect(await visit(path)).toEqual([]);
    if (PERSIAN_AXE.has(path)) expect(await axeViolations(shared.page())).toEqual([]);
  });

  it('loads Pagefind (WebAssembly, a worker) under the policy when search opens', async () => {
    expect(await visit('role/overview/')).toEqual([]);
    const page = shared.page();
    await page.locator('button[data-open-modal]').click();
    await page.locator('[data-search-input]').fill('salary');
    await page.locator('[data-search-results] a').first().waitFor();
    expect(await page.evaluate(() => (window as Watched).__cspViolations ?? [])).toEqual([]);
    expect(foreign).toEqual([]);
    expect(shared.errors).toEqual([]);
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

describe('with JavaScript off', () => {
  it('shows every page’s content in both languages', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: DESKTOP });
    const page = await context.newPage();
    const unreadable: string[] = [];
    for (const path of [...english, ...persian]) {
      await page.goto(site().url(path));
      const visibleText = await page.locator('main').innerText();
      const h1 = await page.locator('main h1').first().isVisible();
      if (!h1 || visibleText.trim().length < 300)
        unreadable.push(`${path} (${visibleText.trim().length} characters)`);
    }
    expect(unreadable).toEqual([]);
    await context.close();
  });
});

describe('with storage blocked', () => {
  it('logs no error and still switches the theme for the page', async () => {
    const context = await browser().newContext({ viewport: DESKTOP, colorScheme: 'light' });
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
