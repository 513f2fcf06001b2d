/**
 * The promotion case in Chromium: evidence logged by keyboard and read against the bar, gaps with
 * their first step, a reload that keeps the case, a Markdown download that holds it (escaped, with
 * only web addresses as links), removal with undo, corrupt storage refused with a message, two tabs
 * that warn instead of saving over each other, axe at phone and desktop width and in Persian, and
 * a readable page without JavaScript.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, DESKTOP, newPage, PHONE } from '../support/browser';
import { useBrowser, useSite, useToolPage } from '../support/fixtures';
import { CASE_STORAGE_KEY } from '../../src/components/PromotionCase/case-storage';

const PATH = 'career/promotion-case/';
const browser = useBrowser();
const site = useSite();

const open = useToolPage(browser, site, { path: PATH, ready: '[data-case-tool]' });

const skill = (page: Page, id: string) => page.locator(`section[data-skill="${id}"]`);
const field = (page: Page, id: string, name: string) =>
  skill(page, id).locator(`[data-field="${name}"]`).first();
const row = (page: Page, name: string) => page.locator('[data-case-table] tr', { hasText: name });
const saved = (page: Page, text: string) =>
  page.waitForFunction(
    ([key, t]) => (localStorage.getItem(key!) ?? '').includes(t!),
    [CASE_STORAGE_KEY, text],
  );

/** Adds a piece of evidence to a skill by keyboard and fills what you did and its level. */
async function addEvidence(page: Page, id: string, did: string, level: string) {
  await skill(page, id).locator('button[data-add]').press('Enter');
  await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset['field'])).resolves.toBe(
    'did',
  );
  await page.keyboard.type(did);
  await skill(page, id).locator('select[data-field="level"]').last().selectOption(level);
}

describe('the promotion case', () => {
  it('reads evidence against the bar, flags the gaps, and keeps the case after a reload', async () => {
    const { page, errors } = await open();
    await expect(page.locator('[data-case-gaps] li').count()).resolves.toBe(10);
    await addEvidence(page, 'communication', 'Rewrote the roadmap review so it ends in decisions', '4');
    await field(page, 'communication', 'result').fill('Three teams now plan around it');
    await field(page, 'communication', 'link').fill('docs.example.com/roadmap-review');
    await addEvidence(page, 'innovation', 'Ran one discovery sprint', '2');
    await saved(page, 'Ran one discovery sprint');

    await expect(row(page, 'Communication').locator('td').allTextContents()).resolves.toEqual([
      '4',
      '4',
      'At the bar',
    ]);
    await expect(row(page, 'Innovation').locator('td').allTextContents()).resolves.toEqual([
      '3',
      '2',
      '1 below the bar',
    ]);
    const innovationGap = page.locator('[data-case-gaps] li', { hasText: 'Innovation' });
    await expect(innovationGap.textContent()).resolves.toMatch(/First step:/);
    await expect(page.locator('[data-case-gaps] li').count()).resolves.toBe(9);
    await expect(page.locator('[data-case-summary]').textContent()).resolves.toMatch(
      /Skills with evidence at the bar: 1 of 10/,
    );

    // Another level, another bar: the same evidence against the group or principal PM bar.
    await page.locator('[data-case-target]').selectOption('senior');
    await expect(row(page, 'Innovation').locator('td').first().textContent()).resolves.toBe('2');

    await page.reload();
    await page.locator('[data-case-tool]').waitFor();
    await expect(field(page, 'communication', 'did').inputValue()).resolves.toMatch(/^Rewrote the roadmap/);
    await expect(page.locator('[data-case-target]').inputValue()).resolves.toBe('senior');
    await expect(page.locator('[data-case-notice-text]').textContent()).resolves.toMatch(
      /saved case is back/,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads the case as escaped Markdown, with only web addresses as links', async () => {
    const { page } = await open();
    await addEvidence(
      page,
      'communication',
      'Launch note <script>alert(1)</script> [x](javascript:alert(1))',
      '5',
    );
    await field(page, 'communication', 'link').fill('javascript:alert(1)');
    await expect(skill(page, 'communication').locator('.case-error').nth(2).textContent()).resolves.toMatch(
      /Not a web address/,
    );
    await addEvidence(page, 'analysis-and-data', 'Built the activation funnel', '3');
    await field(page, 'analysis-and-data', 'link').fill('https://example.com/funnel');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-case-download]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('lead-pm-promotion-case.md');
    const md = await readFile(await download.path(), 'utf8');
    expect(md).toMatch(/^# Promotion case: Lead product manager/);
    expect(md).toContain('| Communication | 4 | 5 | At the bar |');
    expect(md).toContain('Launch note \\<script\\>alert(1)\\</script\\> \\[x\\](javascript:alert(1))');
    expect(md).not.toContain('<javascript:');
    expect(md).toContain('<https://example.com/funnel>');
    expect(md).toMatch(/## Gaps to close, with a first step\n\n1\. \*\*Technical knowledge:\*\*/);
    await expect(page.locator('.case-skills script, .case-skills img').count()).resolves.toBe(0);
    await page.close();
  });

  it('removes evidence with an undo, and clears the case only after asking', async () => {
    const { page } = await open();
    await addEvidence(page, 'problem-solving', 'Found why trials stall', '4');
    await skill(page, 'problem-solving').locator('button[data-remove]').press('Enter');
    await expect(skill(page, 'problem-solving').locator('fieldset').count()).resolves.toBe(0);
    await expect(page.locator('[data-case-notice-text]').textContent()).resolves.toMatch(/Evidence removed/);
    await page.locator('[data-case-undo]').click();
    await expect(field(page, 'problem-solving', 'did').inputValue()).resolves.toBe('Found why trials stall');

    await page.locator('[data-case-clear]').click();
    await expect(
      page.locator('[data-case-clear-yes]').evaluate((b) => b === document.activeElement),
    ).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.locator('[data-case-confirm]').isVisible()).resolves.toBe(false);
    await expect(skill(page, 'problem-solving').locator('fieldset').count()).resolves.toBe(1);
    await page.locator('[data-case-clear]').click();
    await page.locator('[data-case-clear-yes]').click();
    await expect(page.locator('fieldset.case-evidence').count()).resolves.toBe(0);
    await expect(page.evaluate((key) => localStorage.getItem(key), CASE_STORAGE_KEY)).resolves.toBeNull();
    await page.close();
  });

  it('ignores corrupt or hostile stored data with a message, keeping what it can read', async () => {
    for (const [stored, expected] of [
      [
        '{"version":1,"evidence":[{"skill":"communication","did":"<img src=x onerror=alert(1)>","level":9},"x"]',
        /could not be read/,
      ],
      [
        '{"version":1,"evidence":[{"skill":"communication","did":"<img src=x onerror=alert(1)>","level":9},{"skill":"nope"}]}',
        /left out: 2/,
      ],
      ['{"version":99}', /newer version/],
    ] as const) {
      const page = await newPage(browser(), { viewport: DESKTOP });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.addInitScript(
        ([key, value]) => localStorage.setItem(key!, value!),
        [CASE_STORAGE_KEY, stored],
      );
      await page.goto(site().url(PATH));
      await expect(page.locator('[data-case-notice-text]').textContent()).resolves.toMatch(expected);
      await expect(page.locator('.case-skills img').count()).resolves.toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('warns when another tab changes the case, and lets you keep this one', async () => {
    const { page } = await open();
    const second = await page.context().newPage();
    await second.goto(site().url(PATH));
    await second.locator('[data-case-tool]').waitFor();
    await addEvidence(page, 'innovation', 'Prototype week', '3');
    await saved(page, 'Prototype week');
    // The other tab hears of the change through a storage event, a moment later.
    await expect
      .poll(() => second.locator('[data-case-notice-text]').textContent())
      .toMatch(/changed in another tab/);
    await second.locator('[data-case-keep-mine]').click();
    await expect.poll(() => second.locator('[data-case-status]').textContent()).toMatch(/saved again/);
    await expect(
      page.evaluate((key) => localStorage.getItem(key) ?? '', CASE_STORAGE_KEY),
    ).resolves.not.toContain('Prototype week');
    await page.close();
  });

  it.each([
    ['phone', PHONE, 'dark'],
    ['desktop', DESKTOP, 'light'],
  ] as const)('has no axe violation at %s width', async (_name, viewport, colorScheme) => {
    const { page } = await open({ viewport, colorScheme });
    await addEvidence(page, 'communication', 'x', '3');
    // Over the limit at once: typing a thousand keys is tested nowhere and costs seconds.
    await field(page, 'communication', 'did').fill('x'.repeat(1001));
    await field(page, 'communication', 'when').fill('2026-09');
    await page.locator('[data-case-clear]').click();
    expect(await axeViolations(page, '[data-promotion-case]')).toEqual([]);
    await page.close();
  });

  it('has no axe violation in Persian', async () => {
    const { page } = await open({ viewport: PHONE }, `fa/${PATH}`);
    await addEvidence(page, 'communication', 'نقشه‌ی راه را بازنویسی کردم', '4');
    await expect(row(page, 'ارتباط مؤثر').locator('td').first().textContent()).resolves.toBe('۴');
    expect(await axeViolations(page, '[data-promotion-case]')).toEqual([]);
    await page.close();
  });

  it('shows each skill, its bars and links to its scale and how to build it without JavaScript', async () => {
    const page = await newPage(browser(), { viewport: PHONE, javaScriptEnabled: false });
    await page.goto(site().url(PATH));
    await expect(page.locator('[data-case-static] section').count()).resolves.toBe(10);
    await expect(
      page.locator('[data-case-static] a[href$="self-assessment/#sa-communication"]').count(),
    ).resolves.toBe(1);
    await expect(
      page.locator('[data-case-static] a[href$="role/skills/#communication"]').count(),
    ).resolves.toBe(1);
    await expect(page.locator('.case-noscript').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-case-tool]').isVisible()).resolves.toBe(false);
    await page.close();
  });
});
