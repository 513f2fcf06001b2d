import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { rootBuild } from '../support/build-variants';
import { useBrowser, useSite } from '../support/fixtures';
import { axeViolations, DESKTOP, newPage, PHONE } from '../support/browser';
import { STORAGE_KEY } from '../../src/components/SelfAssessment/state';

const PATH = 'career/self-assessment/';

const browser = useBrowser();

describe.each([rootBuild])('the skills self-assessment in the $name build', ({ dir, base }) => {
  const site = useSite({ name: 'root', dir, base });

  /** A fresh browser profile on the page, recording errors and every address it asks for. */
  async function open(options: Parameters<typeof newPage>[1] = {}) {
    const page = await newPage(browser(), { viewport: DESKTOP, ...options });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(site().url(PATH));
    return { page, errors, requests };
  }

  const checked = (page: Page) =>
    page
      .locator('[data-assessment-form] input[type="radio"]:checked')
      .evaluateAll((inputs) =>
        inputs.map((i) => `${(i as HTMLInputElement).dataset['skill']}=${(i as HTMLInputElement).value}`),
      );
  const ratingBar = (page: Page, id: string) =>
    page.locator(`[data-assessment-chart] g[data-skill="${id}"] rect.rating`);

  it('rates with the keyboard, updates the chart and the gaps, and announces it', async () => {
    const { page, errors } = await open();
    await expect(page.locator('[data-assessment-results]').isVisible()).resolves.toBe(true);
    await expect(ratingBar(page, 'communication').count()).resolves.toBe(0);

    await page.locator('#sa-communication-1').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(checked(page)).resolves.toEqual(['communication=3']);

    await expect(ratingBar(page, 'communication').count()).resolves.toBe(1);
    const status = page.locator('[data-assessment-status]');
    await expect(status.textContent()).resolves.toMatch(/Communication: 3 of 5/);
    await expect(page.locator('[data-assessment-summary]').textContent()).resolves.toMatch(
      /You rated 1 of \d+ skills/,
    );

    // The gap links to the skill under the deploy base and names a first step.
    const gap = page.locator('[data-assessment-gaps] li').first();
    await expect(gap.locator('a').getAttribute('href')).resolves.toBe(`${base}role/skills/#communication`);
    await expect(gap.textContent()).resolves.toMatch(/Gap: 1\..*Next step:/);

    // The table alternative says the same.
    const row = page.locator('[data-assessment-table] tr', { hasText: 'Communication' });
    // Rating, then the senior, lead and group or principal bars side by side, then the gap.
    await expect(row.locator('td').allTextContents()).resolves.toEqual(['3', '3', '4', '4', '1']);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('compares with the next level chosen by keyboard, in the chart, the table and the gaps', async () => {
    const { page, errors } = await open();
    await page.locator('#sa-communication-3').check();
    await page.locator('#sa-leadership-and-coaching-2').check();
    await expect(page.locator('[data-assessment-gaps] li').count()).resolves.toBe(2);
    // A product manager is compared with the senior PM bar: communication at 3 meets it.
    await page.locator('[data-assessment-level]').focus();
    await page.keyboard.press('ArrowUp');
    await expect(page.locator('[data-assessment-level]').inputValue()).resolves.toBe('pm');
    await expect(page.locator('[data-assessment-status]').textContent()).resolves.toBe(
      'Now comparing with the senior PM bar.',
    );
    await expect(page.locator('#sa-gaps-heading').textContent()).resolves.toMatch(/senior PM bar/);
    await expect(
      page.locator('[data-assessment-gaps] li', { hasText: 'Communication' }).count(),
    ).resolves.toBe(0);
    await expect(page.locator('[data-assessment-gap-column]').textContent()).resolves.toBe(
      'Gap to the senior PM bar',
    );
    await expect(page.locator('[data-assessment-table] td.next').first().textContent()).resolves.toBe('3');
    await expect(page.locator('[data-assessment-chart] svg').textContent()).resolves.toMatch(/Senior PM bar/);
    // A lead PM against the group or principal PM bar; the choice survives a reload.
    await page.locator('[data-assessment-level]').selectOption('lead');
    await expect(page.locator('[data-assessment-chart] title').textContent()).resolves.toMatch(
      /group or principal PM bar/,
    );
    await page.reload();
    await expect(page.locator('[data-assessment-level]').inputValue()).resolves.toBe('lead');
    await expect(checked(page)).resolves.toEqual(['communication=3', 'leadership-and-coaching=2']);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('button[data-assessment-download]').click(),
    ]);
    const json = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(json).toMatchObject({ version: 2, currentLevel: 'lead', nextLevel: 'group' });
    expect(json.skills[0]).toMatchObject({ id: 'communication', bars: { senior: 3, lead: 4, group: 4 } });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('keeps ratings after a reload, and the gap link lands on the skill', async () => {
    const { page } = await open();
    await page.locator('#sa-leadership-and-coaching-2').check();
    await page.locator('#sa-user-empathy-and-ux-5').check();
    await page.reload();
    await expect(checked(page)).resolves.toEqual(['leadership-and-coaching=2', 'user-empathy-and-ux=5']);
    await expect(ratingBar(page, 'user-empathy-and-ux').count()).resolves.toBe(1);
    await page.locator('[data-assessment-gaps] a', { hasText: 'Leadership' }).click();
    await page.waitForURL(`**${base}role/skills/#leadership-and-coaching`);
    await expect(page.locator('#leadership-and-coaching').count()).resolves.toBe(1);
    await page.context().close();
  });

  it('downloads the ratings as JSON', async () => {
    const { page } = await open();
    await page.locator('#sa-leadership-and-coaching-4').check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('button[data-assessment-download]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('lead-pm-self-assessment.json');
    const json = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(json.kind).toBe('lead-pm-self-assessment');
    expect(json.skills.find((s: { id: string }) => s.id === 'leadership-and-coaching')).toMatchObject({
      rating: 4,
    });
    expect(json.skills.find((s: { id: string }) => s.id === 'communication')).toMatchObject({ rating: null });
    await expect(page.locator('[data-assessment-status]').textContent()).resolves.toMatch(/Downloaded/);
    await page.context().close();
  });

  it('clears every rating after confirmation, and they stay cleared', async () => {
    const { page } = await open();
    await page.locator('#sa-communication-4').check();
    await page.locator('#sa-innovation-2').check();
    const clear = page.locator('button[data-assessment-clear]');
    await clear.click();
    await expect(page.locator('[data-assessment-confirm]').isVisible()).resolves.toBe(true);
    await expect(clear.getAttribute('aria-expanded')).resolves.toBe('true');

    // Cancelling keeps them.
    await page.locator('button[data-assessment-clear-no]').click();
    await expect(checked(page)).resolves.toHaveLength(2);

    await clear.click();
    const yes = page.locator('button[data-assessment-clear-yes]');
    await expect(yes.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    await yes.click();
    await expect(checked(page)).resolves.toEqual([]);
    await expect(page.locator('[data-assessment-status]').textContent()).resolves.toMatch(/cleared/);
    await expect(page.locator('[data-assessment-chart] g[data-skill] rect.rating').count()).resolves.toBe(0);
    await expect(page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).resolves.toBeNull();
    await page.reload();
    await expect(checked(page)).resolves.toEqual([]);
    await page.context().close();
  });

  it('shows ratings made in another tab instead of saving over them', async () => {
    const { page } = await open();
    const other = await page.context().newPage();
    await other.goto(site().url(PATH));
    await page.locator('#sa-communication-4').check();
    await expect.poll(() => checked(other)).toEqual(['communication=4']);
    await expect(other.locator('[data-assessment-status]').textContent()).resolves.toMatch(/another tab/);
    await other.locator('#sa-innovation-2').check();
    await expect.poll(() => checked(page)).toEqual(['communication=4', 'innovation=2']);
    await page.reload();
    await expect(checked(page)).resolves.toEqual(['communication=4', 'innovation=2']);
    await page.context().close();
  });

  it('ignores corrupt or hostile stored values without an error', async () => {
    const page = await newPage(browser(), { viewport: DESKTOP });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript((key) => {
      localStorage.setItem(
        key,
        '{"version":1,"ratings":{"communication":"<img src=x onerror=alert(1)>","leadership-and-coaching":9,"innovation":3,"__proto__":{"x":1}}}',
      );
    }, STORAGE_KEY);
    await page.goto(site().url(PATH));
    await expect(checked(page)).resolves.toEqual(['innovation=3']);
    await expect(page.locator('[data-assessment-results] img').count()).resolves.toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the form and a note without JavaScript', async () => {
    const page = await newPage(browser(), { viewport: PHONE, javaScriptEnabled: false });
    await page.goto(site().url(PATH));
    await expect(page.locator('[data-assessment-form] fieldset').count()).resolves.toBeGreaterThan(5);
    await expect(page.locator('#sa-communication-3').isVisible()).resolves.toBe(true);
    await expect(page.locator('.sa-noscript').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-assessment-results]').isVisible()).resolves.toBe(false);
    await page.context().close();
  });

  it.each([
    ['phone', PHONE, 'dark'],
    ['desktop', DESKTOP, 'light'],
  ] as const)(
    'has no axe violation at %s width and asks for nothing beyond this server',
    async (_n, viewport, colorScheme) => {
      const { page, requests } = await open({ viewport, colorScheme });
      await page.locator('#sa-communication-2').check();
      await page.locator('#sa-technical-knowledge-5').check();
      await page.locator('[data-assessment-details] summary').click();
      await page.locator('button[data-assessment-clear]').click();
      expect(await axeViolations(page, '[data-self-assessment]')).toEqual([]);
      const outside = requests.filter((url) => !url.startsWith(site().origin) && !url.startsWith('blob:'));
      expect(outside).toEqual([]);
      expect(requests.every((url) => url.startsWith('http://127.0.0.1:') || url.startsWith('blob:'))).toBe(
        true,
      );
      await page.context().close();
    },
  );
});
