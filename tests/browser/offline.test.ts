/**
 * The guide offline: after a first visit the service worker of the page's language has saved
 * every page and asset of that language, so pages, the job description builder and the
 * self-assessment open with the browser offline; a page it has not saved gets the offline notice,
 * and so does search when its index is not saved. A new deploy is picked up: the notice offers a
 * reload, and the reload brings the new files, which then open offline.
 * Each test runs on its own copy of the root build, served like a host, so the update test can
 * change one.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { PHONE } from '../support/browser';
import { rootBuild } from '../support/build-variants';
import { useBrowser } from '../support/fixtures';
import { serveDist, type RunningSite } from '../support/static-server';
import { writeOfflineFiles } from '../../src/integrations/service-worker';

const browser = useBrowser();
const strings = (lang: 'en' | 'fa') =>
  JSON.parse(readFileSync(`src/content/i18n/${lang}.json`, 'utf8')) as Record<string, string>;

let dir: string;
let site: RunningSite;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'offline-'));
  cpSync(rootBuild.dir, dir, { recursive: true });
  site = await serveDist(dir, '/');
});
afterAll(async () => {
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh browser profile that has read one page and waited until its worker has saved the rest. */
async function firstVisit(path: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser().newContext({ viewport: PHONE });
  const page = await context.newPage();
  page.setDefaultTimeout(30_000);
  await page.goto(site.url(path));
  // Ready means a worker is active: it activates only once its install (the precache) is done.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  return { context, page };
}

describe('the guide offline after a first visit', () => {
  // One English first visit serves the three checks of an English reader offline, in order. Search
  // goes first, on the page of the first visit: Chromium's emulated offline state can read as online
  // in documents opened after it.
  describe('an English reader, offline', () => {
    const english = {} as { context: BrowserContext; page: Page };
    beforeAll(async () => {
      Object.assign(english, await firstVisit('role/duties/'));
      await english.context.setOffline(true);
    });
    afterAll(async () => {
      await english.context?.close();
    });

    it('says search needs a connection when its index is not saved', async () => {
      const page = english.page;
      await page.locator('button[data-open-modal]').click();
      await page.locator('dialog[open] [data-search-input]').fill('salary');
      await expect
        .poll(() => page.locator('[data-search-status]').textContent())
        .toBe(strings('en')['guide.search.offline']);
    });

    it('opens other English pages, the builder and the self-assessment offline', async () => {
      const page = english.page;
      await page.goto(site.url('career/salary/'));
      await expect(page.locator('h1').textContent()).resolves.toMatch(/Salary/);
      await page.goto(site.url('hiring/job-description-builder/'));
      await page.locator('[data-jdb][data-ready]').waitFor({ state: 'attached' });
      await page.goto(site.url('career/self-assessment/'));
      await page.locator('[data-assessment-form] input[type="radio"]').first().check();
      await expect(
        page.locator('[data-assessment-form] input[type="radio"]:checked').count(),
      ).resolves.toBeGreaterThan(0);
    });

    it('answers a page it has not saved with the offline notice, in that page’s language', async () => {
      // Persian pages are saved by the Persian worker, which this English reader never installed.
      const page = english.page;
      await page.goto(site.url('fa/role/duties/'));
      await expect(page.locator('h1').textContent()).resolves.toBe(strings('fa')['guide.offline.title']);
      await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
      await page.locator('a').click();
      await expect(page.locator('h1').textContent()).resolves.toMatch(/Lead Product Manager/);
    });
  });

  it('opens Persian pages offline in the Persian font', async () => {
    const { context, page } = await firstVisit('fa/');
    await context.setOffline(true);
    await page.goto(site.url('fa/career/salary/'));
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fa');
    const fontLoaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].some(
        (f) => f.family.replace(/"/g, '') === 'Vazirmatn' && f.status === 'loaded',
      );
    });
    expect(fontLoaded).toBe(true);
    await context.close();
  });

  it('hands a reader’s first Persian page to the Persian worker without reloading it', async () => {
    const { context, page } = await firstVisit('role/duties/');
    await page.goto(site.url('fa/role/duties/'));
    await page.waitForFunction(() => navigator.serviceWorker.controller?.scriptURL.endsWith('/fa/sw.js'));
    // A reload would have started by now (the page reacts as the controller changes).
    const navigation = () =>
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).type;
    await expect(page.evaluate(navigation)).resolves.toBe('navigate');
    await context.close();
  });

  it('picks up a new deploy: the notice reloads into the new version, which then opens offline', async () => {
    const { context, page } = await firstVisit('role/duties/');
    // Deploy a changed page: its new hash changes the worker script.
    const file = join(dir, 'role/skills/index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</main>', '<p id="new-deploy">v2</p></main>'));
    await writeOfflineFiles(dir, '/');
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const reload = page.locator('[data-guide-update] button');
    await expect(reload.textContent()).resolves.toBe(strings('en')['guide.update.reload']);
    await Promise.all([page.waitForEvent('load'), reload.click()]);
    await context.setOffline(true);
    await page.goto(site.url('role/skills/'));
    await expect(page.locator('#new-deploy').textContent()).resolves.toBe('v2');
    await context.close();
  });
});
