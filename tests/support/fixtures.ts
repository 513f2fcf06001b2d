import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, newPage } from './browser';
import { rootBuild, type Build } from './build-variants';
import { serveDist, type RunningSite } from './static-server';

/** One Chromium for the calling test file or block: launched before its tests, closed after. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium is not running: call useBrowser() at the top of the file');
    return browser;
  };
}

/** A build (the root build unless given) served on 127.0.0.1 for the calling file or block. */
export function useSite(build: Build = rootBuild): () => RunningSite {
  let site: RunningSite | undefined;
  beforeAll(async () => {
    site = await serveDist(build.dir, build.base);
  });
  afterAll(async () => {
    await site?.close();
  });
  return () => {
    if (!site) throw new Error(`${build.dir} is not being served`);
    return site;
  };
}

/**
 * One page reused by every test of the calling file or block, as Starlight's own accessibility
 * tests do: a fresh context per test costs more than most of the tests themselves. Errors the page
 * logs are collected in `errors`; tests that need isolation (storage, downloads) open their own.
 */
export function useSharedPage(browser: () => Browser, options: BrowserContextOptions = {}) {
  let page: Page | undefined;
  const errors: string[] = [];
  beforeAll(async () => {
    page = await newPage(browser(), options);
    page.on('pageerror', (error) => errors.push(`${page!.url()}: ${error.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`${page!.url()}: ${msg.text()}`);
    });
  });
  afterAll(async () => {
    await page?.close();
  });
  return {
    page: () => {
      if (!page) throw new Error('the shared page is not open yet');
      return page;
    },
    errors,
  };
}

interface ToolPageOptions {
  /** The tool's page, from the site root. */
  path: string;
  /** What appears once the tool is wired up. */
  ready: string;
  /** Context options every page of the file starts from. */
  options?: BrowserContextOptions;
  /** Replaces window.print with a note of what would print, so no dialog opens. */
  stubPrint?: boolean;
}

/**
 * Opens a tool in a fresh context (clean storage) and collects the errors it logs: for tests of
 * what a reader's stored work does across reloads and tabs, where one shared page will not do.
 */
export function useToolPage(browser: () => Browser, site: () => RunningSite, tool: ToolPageOptions) {
  return async function open(options: BrowserContextOptions = {}, path = tool.path) {
    const page = await newPage(browser(), { viewport: DESKTOP, ...tool.options, ...options });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    if (tool.stubPrint) {
      await page.addInitScript(() => {
        window.print = () => {
          (window as unknown as { printed?: string }).printed =
            document.documentElement.dataset['printOnly'] ?? 'all';
        };
      });
    }
    await page.goto(site().url(path));
    await page.locator(tool.ready).waitFor();
    return { page, errors };
  };
}
