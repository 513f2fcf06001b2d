/**
 * The builder's "Where it will be posted" picker and its pay-posting warnings in Chromium: picking
 * places with the keyboard, the filter box, each kind of warning appearing and going away as the
 * draft is fixed, the link to the rule's card, the places surviving a reload and a share link, the
 * Persian page, and axe on the new states. The rules themselves are tested in
 * tests/unit/jd-posting-findings.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/browser';
import { en, linkHash, sampleState } from '../support/jd-fixtures';
import { PATH, typeInto, until, useBuilderPage } from '../support/jd-page';

const fa: Record<string, string> = JSON.parse(readFileSync('src/content/i18n/fa.json', 'utf8'));

const { shared, site, start } = useBuilderPage();

/** The findings on screen, as "code" strings in order. */
const findings = (page: Page) =>
  page
    .locator('[data-rules-list] li')
    .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset['finding']));
const findingText = (page: Page, code: string) =>
  page.locator(`[data-rules-list] li[data-finding="${code}"]`).first().textContent();

/** Picks a place as a keyboard user does: filter, Tab to the box, Space. */
async function pick(page: Page, query: string, id: string) {
  await page.locator('#jdb-place-filter').focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(query);
  await until(() => page.locator(`input[data-place][value="${id}"]`).isVisible()).toBe(true);
  await page.keyboard.press('Tab');
  await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).value)).resolves.toBe(id);
  await page.keyboard.press('Space');
  await expect(page.locator(`input[data-place][value="${id}"]`).isChecked()).resolves.toBe(true);
}

describe('the pay-posting warnings', () => {
  it('stay hidden until a place is picked', async () => {
    const page = await start();
    await expect(page.locator('[data-rules-panel]').isVisible()).resolves.toBe(false);
  });

  it('filter the places as the reader types, and say when none match', async () => {
    const page = await start();
    await typeInto(page, '#jdb-place-filter', 'new y');
    await until(async () =>
      (await page.locator('.jdb-place-group li:visible').allTextContents()).map((t) => t.trim()),
    ).toEqual(['New York City', 'New York State']);
    // Groups with no match are hidden with their legend.
    await expect(page.locator('[data-place-group]:visible').count()).resolves.toBe(1);
    await typeInto(page, '#jdb-place-filter', 'atlantis');
    await until(() => page.locator('[data-place-none]').isVisible()).toBe(true);
    await typeInto(page, '#jdb-place-filter', '');
    await until(() => page.locator('input[data-place]:visible').count()).toBeGreaterThan(40);
  });

  it('warn by name where the draft breaks a rule, link the rule, and clear as the draft is fixed', async () => {
    const page = await start();
    await pick(page, 'colorado', 'us-colorado');
    await until(() => findings(page)).toEqual(['payRange', 'benefits']);
    await expect(findingText(page, 'payRange')).resolves.toContain(
      'Colorado: the ad must state the pay range.',
    );
    await expect(page.locator('[data-rules-panel]').textContent()).resolves.toContain(
      'This is not legal advice.',
    );
    const link = page.locator('[data-rules-list] li[data-finding="payRange"] a');
    await expect(link.textContent()).resolves.toBe('See the rule for Colorado');
    await expect(link.getAttribute('href')).resolves.toBe('/hiring/pay-posting-rules/#us-colorado');
    expect(await axeViolations(page, '[data-jdb]')).toEqual([]);

    // Pay in, then benefits in: each warning goes as its cause is fixed.
    await typeInto(page, '#jdb-salaryMin', '90000');
    await page.keyboard.press('Tab');
    await page.keyboard.type('115000');
    await until(() => findings(page)).toEqual(['benefits']);
    await typeInto(page, '#jdb-benefits', 'Health cover, a 401(k) match and 25 days of paid leave.');
    await until(() => findings(page)).toEqual([]);
    await until(() => page.locator('[data-rules-ok]').isVisible()).toBe(true);

    // A pay-history question, banned in California and not in the UK.
    await page.locator('#jdb-asksPayHistory').focus();
    await page.keyboard.type(en['guide.jdb.asksPayHistory.yes']!);
    await expect(page.locator('#jdb-asksPayHistory').inputValue()).resolves.toBe('yes');
    await pick(page, 'california', 'us-california');
    await pick(page, 'united kingdom', 'uk');
    // Colorado bans the question too; the UK does not.
    await until(() => findings(page)).toEqual(['payHistory', 'payHistory']);
    await expect(findingText(page, 'payHistory')).resolves.toContain('California: employers may not ask');

    // Advice, not a warning, where we could not verify the rules, and where pay is due before the interview.
    await pick(page, 'iran', 'ir');
    await pick(page, 'slovakia', 'eu-slovakia');
    await typeInto(page, '#jdb-salaryMax', '');
    // Places come group by group (US, EU, UK, Iran), each group by name.
    await until(() => findings(page)).toEqual([
      'payRange',
      'payHistory',
      'payRange',
      'payHistory',
      'payHistoryDirective',
      'payBeforeInterview',
      'notVerified',
    ]);
    await expect(page.locator('[data-rules-list] li[data-level="info"]').count()).resolves.toBe(3);
    expect(await axeViolations(page, '[data-jdb]')).toEqual([]);

    // The link leads to the place's card on the rules page.
    await page.locator('[data-rules-list] li[data-finding="payRange"] a').first().click();
    await page.waitForURL(/pay-posting-rules\/#us-/);
    const anchor = new URL(page.url()).hash.slice(1);
    await expect(page.locator(`article#${anchor} h3`).isVisible()).resolves.toBe(true);
  });

  it('keep the places across a reload and in a share link, and warn where a job description is due', async () => {
    const state = { ...sampleState(), responsibility: [], postedIn: ['us-new-york-state'] };
    const page = await start(linkHash(state));
    await expect(page.locator('input[data-place][value="us-new-york-state"]').isChecked()).resolves.toBe(
      true,
    );
    await until(() => findings(page)).toEqual(['jobDescription']);
    await typeInto(page, '#jdb-roleIntro', 'Payments is our fastest-growing product.');
    await until(() => findings(page)).toEqual([]);
    await page.reload();
    await page.locator('[data-jdb][data-ready]').waitFor({ state: 'attached' });
    await expect(page.locator('input[data-place][value="us-new-york-state"]').isChecked()).resolves.toBe(
      true,
    );
    await until(() => page.locator('[data-rules-ok]').isVisible()).toBe(true);
  });

  it('speak Persian on the Persian page and link the Persian rules page', async () => {
    const page = await start('', `fa/${PATH}`);
    await pick(page, 'کلرادو', 'us-colorado');
    await until(() => findings(page)).toEqual(['payRange', 'benefits']);
    await expect(findingText(page, 'payRange')).resolves.toContain('کلرادو');
    await expect(page.locator('[data-rules-panel]').textContent()).resolves.toContain(
      fa['guide.jdb.rules.notAdvice'],
    );
    await expect(page.locator('[data-rules-list] li a').first().getAttribute('href')).resolves.toBe(
      '/fa/hiring/pay-posting-rules/#us-colorado',
    );
    expect(await axeViolations(page, '[data-jdb]')).toEqual([]);
  });
});

describe('the pay-posting rules page', () => {
  it('has a card for every place the builder offers, and passes axe', async () => {
    const builder = await start();
    const ids = await builder
      .locator('input[data-place]')
      .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    const page = shared.page();
    await page.goto(site().url('hiring/pay-posting-rules/'));
    const cards = await page.locator('article.posting-rule').evaluateAll((els) => els.map((e) => e.id));
    expect([...cards].sort()).toEqual([...ids].sort());
    await expect(page.locator('main').textContent()).resolves.toContain('Not legal advice');
    expect(await axeViolations(page, 'main')).toEqual([]);
  });
});
