import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { assertBuilt, rootBuild } from '../support/build-variants';
import { serveDist, type RunningSite } from '../support/static-server';
import { DESKTOP, launchBrowser, newPage, PHONE } from '../support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([rootBuild])('the Persian version of the $name build in Chromium', ({ dir, base }) => {
  let site: RunningSite;

  beforeAll(async () => {
    assertBuilt(dir);
    site = await serveDist(dir, base);
  });
  afterAll(async () => {
    await site?.close();
  });

  /** Opens a page and records every font file (and font stylesheet) it requests. */
  async function open(path: string, options: Parameters<typeof newPage>[1] = { viewport: DESKTOP }) {
    const page = await newPage(browser, options);
    const fonts: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font' || /\.woff2?$|\/fonts\//.test(request.url()))
        fonts.push(request.url());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(site.url(path));
    return { page, fonts, errors };
  }

  it('finds Persian pages for a Persian query, and never an English page', async () => {
    const { page } = await open('fa/role/overview/');
    await page.locator('button[data-open-modal]').click();
    const search = async (query: string) => {
      await page.locator('dialog[open] [data-search-input]').fill(query);
      await page.waitForFunction((q) => {
        // The hint also quotes an example query; only a report on results says «نتیجه».
        const status = document.querySelector('[data-search-status]')?.textContent ?? '';
        return status.includes(`«${q}»`) && status.includes('نتیجه');
      }, query);
      return page
        .locator('[data-search-results] a')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    };
    // Typed on an Arabic keyboard (ي ك), a query finds what its Persian spelling (ی ک) finds.
    for (const [persian, arabic] of [
      ['کارت ارزیابی', 'كارت ارزيابي'],
      ['یک روز کاری', 'يک روز كاری'],
      ['مدیر محصول لید', 'مدير محصول ليد'],
    ]) {
      const expected = await search(persian!);
      expect(expected.length, persian).toBeGreaterThan(0);
      await page.locator('dialog[open] [data-search-input]').fill(arabic!);
      await page.waitForFunction(
        (p) => (document.querySelector('[data-search-status]')?.textContent ?? '').includes(`«${p}»`),
        persian,
      );
      const found = await page
        .locator('[data-search-results] a')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
      expect(found, arabic).toEqual(expected);
    }
    // A keyword-only match shows no hidden keyword list, and no English section label, in its excerpt.
    for (const query of ['سنیور', 'پروداکت لید']) {
      await search(query);
      const excerpts = await page.locator('[data-search-results] li').allTextContents();
      expect(excerpts.length, query).toBeGreaterThan(0);
      for (const text of excerpts) {
        expect(text, query).not.toMatch(/⟦|⟧|, .*, .*, |\b(Role|Career|Hiring|About)\b/);
      }
    }
    const salary = await search('حقوق');
    expect(salary.slice(0, 3)).toContain(`${base}fa/career/salary/`);
    for (const query of ['حقوق', 'مهارت', 'شرح شغل', 'OKR', 'salary']) {
      const paths = await search(query);
      expect(
        paths.filter((path) => !path.startsWith(`${base}fa/`)),
        query,
      ).toEqual([]);
    }
    // The status line counts in Persian digits.
    await search('مدیر محصول');
    await expect(page.locator('[data-search-status]').textContent()).resolves.not.toMatch(/[0-9]/);
    await page.close();
  });

  it('answers an unknown Persian address with the Persian 404, and links each page to its twin without JavaScript', async () => {
    const { page } = await open('fa/no/such/page/');
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    await expect(page.locator('h1').textContent()).resolves.toMatch(/[\u0600-\u06ff]/);
    await page.close();
    const noScript = await newPage(browser, { viewport: PHONE, javaScriptEnabled: false });
    await noScript.goto(site.url('role/duties/'));
    await noScript.locator('.twin-link a').click();
    await noScript.waitForURL(site.url('fa/role/duties/'));
    await noScript.locator('.twin-link a').click();
    await noScript.waitForURL(site.url('role/duties/'));
    await noScript.close();
  });

  it('keeps English search on English pages', async () => {
    const { page } = await open('role/overview/');
    await page.locator('button[data-open-modal]').click();
    await page.locator('dialog[open] [data-search-input]').fill('product manager');
    await page.locator('[data-search-results] a').first().waitFor();
    const paths = await page
      .locator('[data-search-results] a')
      .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
    expect(paths.filter((path) => path.startsWith(`${base}fa/`))).toEqual([]);
    await page.close();
  });

  it('requests no font file on English pages', async () => {
    for (const path of ['', 'career/salary/', 'hiring/job-description-builder/']) {
      const { page, fonts } = await open(path);
      await page.evaluate(() => document.fonts.ready);
      await page.locator('button[data-open-modal]').click();
      await page.waitForTimeout(100);
      expect(fonts, path || 'home').toEqual([]);
      await page.close();
    }
  });

  it('loads Vazirmatn on Persian pages and sets the text in it', async () => {
    const { page, fonts } = await open('fa/career/salary/');
    await page.evaluate(() => document.fonts.ready);
    // One file, the Persian subset: no Latin subset, no other weight or font.
    expect(fonts).toEqual([site.url('fonts/vazirmatn-persian.woff2')]);
    const state = await page.evaluate(() => ({
      family: getComputedStyle(document.body).fontFamily,
      loaded: [...document.fonts].some(
        (f) => f.family.replace(/"/g, '') === 'Vazirmatn' && f.status === 'loaded',
      ),
    }));
    expect(state.family).toMatch(/Vazirmatn/);
    expect(state.loaded).toBe(true);
    await page.close();
  });
});
