/**
 * The job-description builder page shared by its browser test files: one Chromium and one page a
 * file, every test starting from empty storage, no request leaving this machine, no script error,
 * and the helpers those tests read and type with.
 */
import { afterEach, beforeAll, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP } from './browser';
import { useBrowser, useSharedPage, useSite } from './fixtures';
import { watchPage } from './page-watch';

export const PATH = 'hiring/job-description-builder/';
export const KEY = 'lead-pm-guide:jd-builder';
export const PERSIAN = 'ما ابزار تحلیل داده برای فروشگاه‌های کوچک می‌سازیم و تیم ما در تهران کار می‌کند. ';

/** Waits for a state, however busy the machine: a generous limit, never a fixed pause. */
export const until = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 20_000, interval: 50 });

export const status = (page: Page) => page.locator('[data-status]');
export const notice = (page: Page) => page.locator('[data-notice-text]');
export const preview = (page: Page) => page.locator('[data-preview]');
export const company = (page: Page) => page.locator('#jdb-company');
/**
 * What the builder last copied. The tests press the copy buttons with Enter: on a busy machine a
 * click was lost now and then (no handler ran), most likely aimed at a button the layout moved a
 * moment later, as late parts such as the wording panel fill in after edits.
 */
export const clipboardText = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
export const stored = (page: Page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);

export async function expectStatus(page: Page, text: string | RegExp) {
  await until(() => status(page).textContent()).toMatch(text);
}

/** Types into a field after clearing it, as a keyboard user would. */
export async function typeInto(page: Page, selector: string, text: string) {
  await page.locator(selector).focus();
  await retype(page, text);
}

/** Types into the focused field after clearing it, as a keyboard user would. */
export async function retype(page: Page, text: string) {
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
}

/** Waits until the draft on screen is the one saved in this browser. */
export async function saved(page: Page, company: string) {
  await until(async () => {
    const text = await stored(page);
    if (!text) return '';
    return JSON.parse(Buffer.from(text.slice(3), 'base64url').toString('utf8')).company;
  }).toBe(company);
}

/** The filled-in draft most tests start from, entered with the keyboard only. */
export async function fillWithKeyboard(page: Page) {
  await page.locator('#jdb-title').focus();
  await retype(page, 'Lead Product Manager, Payments');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Acme Analytics');
  await page.keyboard.press('Tab');
  await page.keyboard.type('acme.example');
  await page.keyboard.press('Tab');
  await page.keyboard.type('We make analytics tools for small shops.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Our team works from Berlin.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('the checkout and payments products');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Payments is our fastest-growing product.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Director of Product');
  await page.keyboard.press('Tab');
  await page.keyboard.type('3');
  await page.keyboard.press('Tab');
  await page.keyboard.type('40 hours a week, core hours 10:00-15:00 CET');
  await page.keyboard.press('Tab'); // the workplace radios: Hybrid stays chosen
  await expect(page.evaluate(() => document.activeElement?.getAttribute('value'))).resolves.toBe('hybrid');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Berlin');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Berlin');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Germany (DE)');
  await expect(page.locator('#jdb-country').inputValue()).resolves.toBe('DE');
  await page.keyboard.press('Tab'); // employment type: Full time
  await page.keyboard.press('Tab');
  await page.keyboard.type('90000');
  await page.keyboard.press('Tab');
  await page.keyboard.type('115,000');
  await page.keyboard.press('Tab');
  await page.keyboard.type('EUR');
  await expect(page.locator('#jdb-currency').inputValue()).resolves.toBe('EUR');
}

/** The Chromium, served site and shared page of a builder test file, with its checks after each test. */
export function useBuilderPage() {
  const browser = useBrowser();
  const site = useSite();
  const shared = useSharedPage(browser, { viewport: DESKTOP, acceptDownloads: true });
  const watch = watchPage(shared, site);

  beforeAll(async () => {
    const page = shared.page();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site().origin });
  });

  afterEach(() => {
    // Nothing the builder does may leave this machine: every request goes to the local server.
    expect(watch.foreign).toEqual([]);
    expect(shared.errors).toEqual([]);
    watch.foreign.length = 0;
  });

  /** Loads the builder afresh (a full load, not a jump within the page), once it is wired up. */
  async function load(page: Page, hash = '', path = PATH) {
    await page.goto('about:blank');
    await page.goto(site().url(path) + hash);
    await page.locator('[data-jdb][data-ready]').waitFor({ state: 'attached' });
  }

  /** The shared page on the builder with nothing stored, at desktop size. */
  async function start(hash = '', path = PATH): Promise<Page> {
    const page = shared.page();
    // Leave the builder first (it saves a pending draft on the way out), then clear the site's
    // storage from outside the page, which costs no page load.
    await page.goto('about:blank');
    const devtools = await page.context().newCDPSession(page);
    await devtools.send('Storage.clearDataForOrigin', {
      origin: site().origin,
      storageTypes: 'local_storage',
    });
    await devtools.detach();
    await page.setViewportSize(DESKTOP);
    await load(page, hash, path);
    return page;
  }

  return { browser, site, shared, load, start };
}
