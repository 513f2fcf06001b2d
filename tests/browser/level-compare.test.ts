import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { rootBuild } from '../support/build-variants';
import { useBrowser, useSite } from '../support/fixtures';
import { axeViolations, DESKTOP, newPage, PHONE } from '../support/browser';
import { readData } from '../support/data-files';

const PATH = 'career/ladder/';
const levelIds = () =>
  readData('levels')
    .sort((a, b) => a.order - b.order)
    .map((l) => l.id);

const browser = useBrowser();

describe.each([rootBuild])('the level comparison in the $name build', ({ dir, base }) => {
  const site = useSite({ name: 'root', dir, base });

  const shownLevels = (page: Page) =>
    page
      .locator('.level-compare tr[data-level]')
      .evaluateAll((rows) =>
        rows.filter((r) => r.checkVisibility()).map((r) => (r as HTMLElement).dataset['level']),
      );

  it('narrows the table to two chosen levels, side by side, and back', async () => {
    const page = await newPage(browser(), { viewport: DESKTOP });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(site().url(PATH));
    await expect(shownLevels(page)).resolves.toEqual(levelIds());

    await page.getByLabel('First level').selectOption('lead-pm');
    await expect(shownLevels(page)).resolves.toEqual(levelIds());
    await expect(page.locator('[data-compare-status]').textContent()).resolves.toMatch(
      /Choose a second level/,
    );

    await page.getByLabel('Second level').selectOption('senior-pm');
    await expect(shownLevels(page)).resolves.toEqual(['senior-pm', 'lead-pm']);
    await expect(page.locator('[data-compare-status]').textContent()).resolves.toBe(
      'Comparing Senior product manager and Lead product manager.',
    );
    // Side by side: the two cards share a top edge.
    const [a, b] = await page
      .locator('.level-compare tr[data-level]:not([hidden])')
      .evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().top));
    expect(Math.abs(a! - b!)).toBeLessThan(2);
    expect(new URL(page.url()).searchParams.get('compare')).toBe('senior-pm,lead-pm');

    // The address keeps the comparison.
    await page.reload();
    await expect(shownLevels(page)).resolves.toEqual(['senior-pm', 'lead-pm']);
    await expect(page.getByLabel('First level').inputValue()).resolves.toBe('senior-pm');

    await page.getByRole('button', { name: 'Show all levels' }).click();
    await expect(shownLevels(page)).resolves.toEqual(levelIds());
    expect(new URL(page.url()).searchParams.has('compare')).toBe(false);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the full table without JavaScript', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const page = await newPage(browser(), { viewport, javaScriptEnabled: false });
      await page.goto(site().url(`${PATH}?compare=senior-pm,lead-pm`));
      await expect(shownLevels(page)).resolves.toEqual(levelIds());
      await expect(page.locator('[data-compare-controls]').isVisible()).resolves.toBe(false);
      await page.context().close();
    }
  });

  it('is a table on desktop and cards on a phone', async () => {
    const display = async (viewport: typeof DESKTOP) => {
      const page = await newPage(browser(), { viewport });
      await page.goto(site().url(PATH));
      const value = await page
        .locator('.compare-table tbody tr')
        .first()
        .evaluate((r) => getComputedStyle(r).display);
      await page.context().close();
      return value;
    };
    await expect(display(DESKTOP)).resolves.toBe('table-row');
    await expect(display(PHONE)).resolves.toBe('block');
  });

  it.each([
    ['phone', PHONE, 'dark'],
    ['desktop', DESKTOP, 'light'],
  ] as const)('has no axe violation at %s width, whole and compared', async (_n, viewport, colorScheme) => {
    const page = await newPage(browser(), { viewport, colorScheme });
    await page.goto(site().url(PATH));
    expect(await axeViolations(page, '[data-level-compare]')).toEqual([]);
    await page.getByLabel('First level').selectOption('group-pm');
    await page.getByLabel('Second level').selectOption('lead-pm');
    expect(await axeViolations(page, '[data-level-compare]')).toEqual([]);
    await page.context().close();
  });
});
