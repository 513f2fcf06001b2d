import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { CHROME_FLAGS, CHROME_PATH } from './chrome';

/** Debian's Chromium, headless, with nothing that phones home (this machine has no network). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: CHROME_FLAGS,
  });
}

/**
 * Context options for every test but the offline ones: service workers blocked. After a few seconds
 * on a page the guide's worker downloads every page of its language, which would cost each test
 * file seconds of work that only tests/browser/offline.test.ts is about.
 */
export const contextOptions = (options: BrowserContextOptions = {}): BrowserContextOptions => ({
  serviceWorkers: 'block',
  ...options,
});

/** A page in its own context (axe needs one), failing fast rather than at the test timeout. */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(contextOptions(options));
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('close', () => void context.close().catch(() => undefined));
  return page;
}

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

/**
 * Axe violations as short strings, so a failing test says what and where. `include` narrows the
 * check to one part of the page (a tool in a given state) when the whole page is checked elsewhere.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  // Only violations are read: asking axe for passes and incomplete nodes too costs seconds a page.
  // Legacy mode runs axe in the page itself. The default opens a blank page in the context to
  // merge per-frame results, which costs three to four times as much, and our pages have no frames.
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).setLegacyMode(true);
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
  );
}
