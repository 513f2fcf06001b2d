import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Axe violations as short strings, so a failing test says what and where. `include` narrows the
 * check to one part of the page (a tool in a given state) when the whole page is checked elsewhere.
 * axe-core runs in the page itself and reports violations only: @axe-core/playwright's wrapper
 * cost most of a second more a page (it gathers every frame and every result type), and our pages
 * have no frames.
 */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await axe.run(selector ?? document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, include);
  return violations.map((v) => `${v.id}: ${v.help} (${v.targets.slice(0, 3).join(', ')})`);
}
