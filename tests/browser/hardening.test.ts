import { describe, expect, it } from 'vitest';
import { sidebarSlugs } from '../../src/config/sidebar';
import { variants } from '../support/build-variants';
import { useBrowser, useSite } from '../support/fixtures';
import { DESKTOP, newPage } from '../support/browser';

const englishPaths = ['', ...sidebarSlugs.map((slug) => `${slug}/`)];
// The Persian edition mirrors every English page under fa/.
const paths = [...englishPaths, ...englishPaths.map((path) => `fa/${path}`)];

const browser = useBrowser();

describe.each(variants)('every page of the $name build, as a browser loads it', ({ dir, base }) => {
  const site = useSite(dir, base);

  it('requests nothing from another host, breaks no CSP rule and logs no error', async () => {
    const page = await newPage(browser(), { viewport: DESKTOP });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.host !== new URL(site().origin).host)
        foreign.push(request.url());
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    const violations: string[] = [];
    for (const path of paths) {
      await page.goto(site().url(path), { waitUntil: 'load' });
      violations.push(
        ...(
          await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)
        ).map((v) => `${path}: ${v}`),
      );
    }
    // Search loads Pagefind (WebAssembly, a worker) on first use: exercise it under the policy too.
    await page.locator('button[data-open-modal]').click();
    await page.locator('[data-search-input]').fill('salary');
    await page.locator('[data-search-results] a').first().waitFor();
    violations.push(
      ...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)),
    );
    expect(foreign).toEqual([]);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows every page’s content with JavaScript off', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: DESKTOP });
    const page = await context.newPage();
    const unreadable: string[] = [];
    for (const path of paths) {
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
