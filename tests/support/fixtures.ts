import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';
import { assertBuilt } from './build-variants';
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

/** A build served on 127.0.0.1 for the calling describe block. */
export function useSite(dir: string, base: string): () => RunningSite {
  let site: RunningSite | undefined;
  beforeAll(async () => {
    assertBuilt(dir);
    site = await serveDist(dir, base);
  });
  afterAll(async () => {
    await site?.close();
  });
  return () => {
    if (!site) throw new Error(`${dir} is not being served`);
    return site;
  };
}
