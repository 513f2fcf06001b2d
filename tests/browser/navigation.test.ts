import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { assertBuilt, variants } from '../support/build-variants';
import { serveDist, type RunningSite } from '../support/static-server';
import { DESKTOP, launchBrowser, newPage, PHONE } from '../support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(variants)('reading the $name build in Chromium', ({ dir, base }) => {
  let site: RunningSite;
  let page: Page;

  beforeAll(async () => {
    assertBuilt(dir);
    site = await serveDist(dir, base);
  });
  afterAll(async () => {
    await site?.close();
  });

  async function open(path: string, viewport = DESKTOP) {
    page = await newPage(browser, { viewport });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    await page.goto(site.url(path));
    return errors;
  }

  it('renders the home page with the role in numbers', async () => {
    const errors = await open('');
    await expect(page.locator('h1').textContent()).resolves.toMatch(/Lead Product Manager/i);
    const facts = page.locator('.quick-facts');
    await expect(facts.textContent()).resolves.toMatch(/\$145,000/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('navigates through the sidebar', async () => {
    await open('role/overview/');
    await page
      .locator('nav[aria-label="Main"] a', { hasText: 'Duties and responsibilities' })
      .first()
      .click();
    await page.waitForURL(`**${base}role/duties/`);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/Duties/);
    await expect(
      page.locator('nav[aria-label="Main"] a[aria-current="page"]').textContent(),
    ).resolves.toMatch(/Duties/);
    await page.close();
  });

  it('finds a page through search and opens the result', async () => {
    await open('');
    await page.locator('button[data-open-modal]').click();
    const input = page.locator('dialog[open] [data-search-input]');
    await input.fill('salary');
    const first = page.locator('[data-search-results] a').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(new RegExp(`^${base}`));
    await first.click();
    await page.waitForURL(`**${base}career/salary/**`);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/Salary/i);
    await page.close();
  });

  it('switches to the dark theme and remembers it', async () => {
    await open('role/overview/');
    await page.locator('starlight-theme-select select').first().selectOption('dark');
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
    await page.reload();
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
    await page.locator('starlight-theme-select select').first().selectOption('light');
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('light');
    await page.close();
  });

  it('opens the menu at phone width and follows a link from it', async () => {
    await open('role/overview/', PHONE);
    const sidebarLink = page
      .locator('nav[aria-label="Main"] a', { hasText: 'Salary and job outlook' })
      .first();
    await expect(sidebarLink.isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: 'Menu' }).click();
    await sidebarLink.waitFor({ state: 'visible' });
    await sidebarLink.click();
    await page.waitForURL(`**${base}career/salary/`);
    await page.close();
  });

  it('answers an unknown address with the 404 page', async () => {
    await open('no/such/page/');
    await expect(page.locator('h1').textContent()).resolves.toMatch(/not found/i);
    await page.close();
  });
});
