import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { sidebarSlugs } from '../../src/config/sidebar';
import { assertBuilt, variants } from '../support/build-variants';
import { serveDist, type RunningSite } from '../support/static-server';
import { axeViolations, DESKTOP, launchBrowser, newPage, PHONE } from '../support/browser';

// Axe runs on every page of the root build; the /guide/ build has the same markup but for links.
const root = variants.find((v) => v.name === 'root') ?? variants[0]!;
const paths = ['', ...sidebarSlugs.map((slug) => `${slug}/`), '404.html'];
// Every Persian page too: right-to-left layout, Persian labels and the Persian web font.
paths.push(...['', ...sidebarSlugs.map((slug) => `${slug}/`), '404.html'].map((path) => `fa/${path}`));

let browser: Browser;
let site: RunningSite;
beforeAll(async () => {
  assertBuilt(root.dir);
  [browser, site] = await Promise.all([launchBrowser(), serveDist(root.dir, root.base)]);
});
afterAll(async () => {
  await Promise.all([browser?.close(), site?.close()]);
});

describe('axe finds no violation', () => {
  it.each(paths)('on "%s" in the light theme at desktop width', async (path) => {
    const page = await newPage(browser, { viewport: DESKTOP, colorScheme: 'light' });
    await page.goto(site.url(path));
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it.each(['', 'role/overview/', 'career/salary/'])(
    'on "%s" in the dark theme at phone width',
    async (path) => {
      const page = await newPage(browser, { viewport: PHONE, colorScheme: 'dark' });
      await page.goto(site.url(path));
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
  );

  it('on the open search dialog', async () => {
    const page = await newPage(browser, { viewport: DESKTOP });
    await page.goto(site.url('role/overview/'));
    await page.locator('button[data-open-modal]').click();
    await page.locator('dialog[open] [data-search-input]').fill('skills');
    await page.locator('[data-search-results] a').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
