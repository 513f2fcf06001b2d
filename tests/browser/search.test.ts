import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { rootBuild } from '../support/build-variants';
import { useBrowser, useSite } from '../support/fixtures';
import { axeViolations, DESKTOP, newPage, PHONE } from '../support/browser';
import { hostileQueries, searchQueries } from '../support/search-queries';

const browser = useBrowser();
const site = useSite();
const { base } = rootBuild;

/** Types a query and waits until the status line reports on exactly that query. */
async function searchFor(page: Page, query: string) {
  const input = page.locator('dialog[open] [data-search-input]');
  await input.fill(query);
  await page.waitForFunction((q) => {
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    const input = document.querySelector<HTMLInputElement>('[data-search-input]');
    return input?.value === q && /result/i.test(status) && status.includes(`“${q.trim()}”`);
  }, query);
  return page
    .locator('[data-search-results] a')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
}

describe('search in the root build', () => {
  let page: Page;

  beforeAll(async () => {
    page = await newPage(browser(), { viewport: DESKTOP });
    await page.goto(site().url('role/overview/'));
    await page.locator('button[data-open-modal]').click();
  });
  afterAll(async () => {
    await page?.close();
  });

  it('puts the expected page in the top three for every query of the set', async () => {
    const misses: string[] = [];
    for (const { query, expect: expected } of searchQueries) {
      const paths = await searchFor(page, query);
      const rank = paths.slice(0, 3).findIndex((path) => path === `${base}${expected}`);
      if (rank < 0)
        misses.push(`"${query}" → ${paths.slice(0, 3).join(', ') || 'nothing'} (wanted ${expected})`);
    }
    expect(misses).toEqual([]);
  });

  it('narrows results to one section with the filter', async () => {
    await page.locator('dialog[open] label', { hasText: 'Hiring' }).click();
    const paths = await searchFor(page, 'lead product manager');
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((path) => path.startsWith(`${base}hiring/`))).toBe(true);
    await page.locator('dialog[open] label', { hasText: 'All' }).click();
  });

  it('handles hostile queries without errors or injected markup', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    for (const query of hostileQueries) {
      await page.locator('dialog[open] [data-search-input]').fill(query);
      await page.waitForTimeout(50);
    }
    for (const literal of ["a$&b$'c$`d", '$1 $$ {{query}}']) {
      await searchFor(page, literal);
      await expect(page.locator('[data-search-status]').textContent()).resolves.toContain(`“${literal}”`);
    }
    const payload = '<script>window.__injected = true</script>';
    await searchFor(page, payload);
    await expect(page.locator('[data-search-status]').textContent()).resolves.toContain(payload);
    expect(await page.locator('[data-search-results] script, [data-search-results] img').count()).toBe(0);
    expect(await searchFor(page, 'qqqzzz')).toEqual([]);
    expect(await page.locator('[data-search-empty]').isVisible()).toBe(true);
    expect(await page.locator('[data-search-empty] a').count()).toBeGreaterThan(2);
    expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
    expect(await page.locator('[data-search-results] script, [data-search-results] img').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('the search dialog', () => {
  it('opens with Ctrl+K and /, moves with arrows, opens with Enter, closes with Esc and returns focus', async () => {
    const page = await newPage(browser(), { viewport: DESKTOP });
    await page.goto(site().url('role/overview/'));
    const opener = page.locator('nav[aria-label="Main"] a').first();
    await opener.focus();
    await page.keyboard.press('Control+k');
    // The dialog's code loads on the first shortcut: wait for the dialog, do not race it.
    await page.locator('dialog[open]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'hidden' });
    expect(
      await page.evaluate(() => document.activeElement?.closest('nav')?.getAttribute('aria-label')),
    ).toBe('Main');

    await page.locator('main h1').click();
    await page.keyboard.press('/');
    await page.locator('dialog[open]').waitFor();
    await searchFor(page, 'salary');
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).pathname);
    expect(focused).toBe(`${base}career/salary/`);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-input');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${base}career/salary/**`);
    await page.close();
  });

  it('opens the result for the text now in the box when Enter follows typing at once', async () => {
    const page = await newPage(browser(), { viewport: DESKTOP });
    await page.goto(site().url('role/overview/'));
    await page.locator('button[data-open-modal]').click();
    await searchFor(page, 'salary');
    // Results for "salary" are on screen; Enter comes before the results for the new text.
    await page.locator('dialog[open] [data-search-input]').fill('glossary');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${base}about/glossary/**`);
    await page.close();
  });

  it('is a link to all topics when JavaScript is off', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site().url('role/overview/'));
    const link = page.locator('a[data-search-fallback]');
    await expect(link.isVisible()).resolves.toBe(true);
    await link.click();
    await page.waitForURL(`**${base}about/all-topics/`);
    await context.close();
  });

  it.each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ])('has no axe violation at %s width, with results and with none', async (_name, viewport) => {
    const page = await newPage(browser(), { viewport });
    await page.goto(site().url(''));
    await page.locator('button[data-open-modal]').click();
    await searchFor(page, 'skills');
    expect(await axeViolations(page, 'dialog.search-dialog')).toEqual([]);
    await searchFor(page, 'qqqzzz');
    expect(await axeViolations(page, 'dialog.search-dialog')).toEqual([]);
    await page.close();
  });
});
