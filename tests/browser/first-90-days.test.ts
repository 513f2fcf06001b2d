/**
 * The first-90-days plan in Chromium: answers rebuild the plan by keyboard, lines are reworded,
 * removed and added, the plan survives a reload and travels in a link, the Markdown download holds
 * it (escaped), bad stored data and bad links are refused with a message, two tabs do not save over
 * each other, axe finds nothing at phone and desktop width, and the page reads without JavaScript.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, DESKTOP, newPage, PHONE } from '../support/browser';
import { useBrowser, useSite, useToolPage } from '../support/fixtures';
import { planStorageKey } from '../../src/components/FirstNinetyDays/plan-storage';

const PATH = 'career/first-90-days/';
const KEY = planStorageKey('en');
const browser = useBrowser();
const site = useSite();

const open = useToolPage(browser, site, { path: PATH, ready: '[data-plan-tool]' });

const line = (page: Page, key: string) => page.locator(`li[data-line="${key}"]`);
const lineText = (page: Page, key: string) => line(page, key).locator('textarea');
const status = (page: Page) => page.locator('[data-plan-status]');
const notice = (page: Page) => page.locator('[data-plan-notice-text]');
/** Waits until the plan is saved in storage with `text` in it (saving waits for typing to pause). */
const savedWith = (page: Page, text: string) =>
  page.waitForFunction(([key, t]) => (localStorage.getItem(key!) ?? '').includes(t!), [KEY, text]);

describe('the first-90-days plan', () => {
  it('rebuilds the plan from answers given by keyboard, and says so', async () => {
    const { page, errors } = await open();
    await expect(line(page, 'read-what-exists').count()).resolves.toBe(1);
    await expect(line(page, 'the-bet-behind-the-area').count()).resolves.toBe(0);
    await page.locator('input[name="situation"][value="inherited"]').focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('input[name="situation"][value="new"]').isChecked()).resolves.toBe(true);
    await expect(line(page, 'the-bet-behind-the-area').count()).resolves.toBe(1);
    await expect(line(page, 'read-what-exists').count()).resolves.toBe(0);
    await expect(status(page).textContent()).resolves.toMatch(/The plan now fits your answers: \d+ lines/);
    // An individual-contributor lead gets the coordination lines instead of one-on-ones.
    await page.locator('input[name="lead"][value="people"]').focus();
    await page.keyboard.press('ArrowDown');
    await expect(line(page, 'working-agreements').count()).resolves.toBe(1);
    await expect(line(page, 'growth-plans').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('rewords, removes and adds lines by keyboard, keeps them after a reload, and downloads them', async () => {
    const { page, errors } = await open();
    const first = lineText(page, 'charter-with-manager');
    await first.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('Agree my remit with the CPO <img src=x onerror=alert(1)> **now**');
    await savedWith(page, 'Agree my remit');

    // Remove the next line with the keyboard; focus moves on and the line can come back.
    await line(page, 'first-one-on-ones').locator('button[data-action="remove"]').focus();
    await page.keyboard.press('Enter');
    await expect(line(page, 'first-one-on-ones').count()).resolves.toBe(0);
    await expect(status(page).textContent()).resolves.toMatch(/Removed line 2 of week 1/);
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toMatch(/TEXTAREA|BUTTON/);
    await expect(page.locator('[data-plan-bring-back]').textContent()).resolves.toMatch(/\(1\)/);

    // Add a line of your own to week 2; the new field takes focus.
    await page.locator('button[data-action="add"][data-week="2"]').press('Enter');
    await page.keyboard.type('Lunch with the support team');
    await savedWith(page, 'Lunch with the support team');

    await page.reload();
    await page.locator('[data-plan-tool]').waitFor();
    await expect(first.inputValue()).resolves.toContain('Agree my remit with the CPO');
    await expect(line(page, 'first-one-on-ones').count()).resolves.toBe(0);
    await expect(page.locator('li[data-line="own-1"] textarea').inputValue()).resolves.toBe(
      'Lunch with the support team',
    );
    await expect(notice(page).textContent()).resolves.toMatch(/Your saved plan is back/);
    await expect(line(page, 'charter-with-manager').textContent()).resolves.toMatch(/Reworded/);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-plan-download]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('lead-pm-first-90-days.md');
    const markdown = await readFile(await download.path(), 'utf8');
    expect(markdown).toMatch(/^# First 90 days as a lead PM/);
    expect(markdown).toContain('## Weeks 1–3: Listen');
    expect(markdown).toContain(
      '- [ ] Agree my remit with the CPO \\<img src=x onerror=alert(1)\\> \\*\\*now\\*\\*',
    );
    expect(markdown).toContain('*Your line:* Lunch with the support team');
    expect(markdown).not.toContain('Hold a first one-on-one');
    await expect(page.locator('.plan-view img').count()).resolves.toBe(0);

    // Back to the data's wording, and the removed line back.
    await line(page, 'charter-with-manager').locator('button[data-action="restore"]').click();
    await expect(first.inputValue()).resolves.toMatch(/^Meet your manager/);
    await page.locator('[data-plan-bring-back]').click();
    await expect(line(page, 'first-one-on-ones').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a plan from its link, and refuses a broken link or stored plan with a message', async () => {
    const { page } = await open();
    await page.locator('input[name="market"][value="b2c"]').check();
    await lineText(page, 'watch-users').fill('Watch ten users sign up');
    await savedWith(page, 'Watch ten users');
    const link = page.url();
    expect(link).toContain('#plan=');
    await page.close();

    // A fresh browser opens the same plan from the link.
    const other = await open({}, link.replace(site().origin + '/', ''));
    await expect(lineText(other.page, 'watch-users').inputValue()).resolves.toBe('Watch ten users sign up');
    await expect(other.page.locator('input[name="market"][value="b2c"]').isChecked()).resolves.toBe(true);
    await expect(notice(other.page).textContent()).resolves.toMatch(/came from a link/);
    await other.page.close();

    const broken = await open({}, `${PATH}#plan=%E0%A4%A`);
    await expect(notice(broken.page).textContent()).resolves.toMatch(/could not be read/);
    await expect(line(broken.page, 'charter-with-manager').count()).resolves.toBe(1);
    expect(broken.errors).toEqual([]);
    await broken.page.close();

    const page2 = await newPage(browser(), { viewport: DESKTOP });
    const errors: string[] = [];
    page2.on('pageerror', (e) => errors.push(e.message));
    await page2.addInitScript((key) => localStorage.setItem(key, '{"version":1,"answers":[1,2'), KEY);
    await page2.goto(site().url(PATH));
    await expect(notice(page2).textContent()).resolves.toMatch(/saved plan could not be read/);
    expect(errors).toEqual([]);
    await page2.close();
  });

  it('warns when another tab changes the plan, and lets you choose', async () => {
    const { page } = await open();
    const second = await page.context().newPage();
    await second.goto(site().url(PATH));
    await second.locator('[data-plan-tool]').waitFor();
    await lineText(page, 'learn-the-numbers').fill('Learn the CFO’s five numbers');
    await savedWith(page, 'five numbers');
    // The other tab hears of the change through a storage event, a moment later.
    await expect.poll(() => notice(second).textContent()).toMatch(/changed in another tab/);
    await second.locator('[data-plan-load-other]').click();
    await expect(lineText(second, 'learn-the-numbers').inputValue()).resolves.toBe(
      'Learn the CFO’s five numbers',
    );
    await page.close();
  });

  it('keeps too long a line on screen but does not save it, and says why', async () => {
    const { page } = await open();
    await lineText(page, 'learn-the-numbers').fill('x'.repeat(1001));
    const error = line(page, 'learn-the-numbers').locator('.plan-error');
    await expect(error.textContent()).resolves.toMatch(/1,001 characters; a line holds at most 1,000/);
    await expect(lineText(page, 'learn-the-numbers').getAttribute('aria-invalid')).resolves.toBe('true');
    await page.locator('input[name="pms"][value="many"]').check();
    await expect(status(page).textContent()).resolves.toMatch(/Not saved/);
    await expect(page.evaluate((key) => localStorage.getItem(key) ?? '', KEY)).resolves.not.toContain('xxxx');
    await page.close();
  });

  it.each([
    ['phone', PHONE, 'dark'],
    ['desktop', DESKTOP, 'light'],
  ] as const)('has no axe violation at %s width', async (_name, viewport, colorScheme) => {
    const { page } = await open({ viewport, colorScheme });
    await page.locator('button[data-action="add"][data-week="1"]').click();
    await lineText(page, 'charter-with-manager').fill('y'.repeat(1001));
    await page.locator('[data-plan-reset]').click();
    expect(await axeViolations(page, '[data-first-90]')).toEqual([]);
    await page.close();
  });

  it('has no axe violation in Persian, with Persian digits in the plan', async () => {
    const { page } = await open({ viewport: PHONE }, `fa/${PATH}`);
    await expect(page.locator('.plan-view h3').first().textContent()).resolves.toMatch(/۱.*۳/);
    expect(await axeViolations(page, '[data-first-90]')).toEqual([]);
    await page.close();
  });

  it('lists every line, week by week, with who it is for, without JavaScript', async () => {
    const page = await newPage(browser(), { viewport: PHONE, javaScriptEnabled: false });
    await page.goto(site().url(PATH));
    await expect(page.locator('[data-plan-static]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-plan-tool]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-plan-static] .plan-line').count()).resolves.toBeGreaterThan(40);
    await expect(page.locator('[data-plan-static]').textContent()).resolves.toMatch(/For: every plan/);
    await page.close();
  });
});
