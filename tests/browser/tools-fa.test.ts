/**
 * The interactive tools on Persian pages (/fa/...): a Persian job description with Persian exports,
 * a mirrored self-assessment chart in Persian digits, the level comparison, and no axe violation.
 */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse } from 'node-html-parser';
import { assertBuilt, rootBuild } from '../support/build-variants';
import { serveDist, type RunningSite } from '../support/static-server';
import { axeViolations, contextOptions, DESKTOP, launchBrowser, PHONE } from '../support/browser';

const fa: Record<string, string> = JSON.parse(readFileSync('src/content/i18n/fa.json', 'utf8'));
const PAGES = {
  builder: 'fa/hiring/job-description-builder/',
  kit: 'fa/hiring/interview-kit/',
  assessment: 'fa/career/self-assessment/',
  ladder: 'fa/career/ladder/',
  salary: 'fa/career/salary/',
};
const TOOL_ROOT: Record<string, string> = {
  [PAGES.builder]: '[data-jdb]',
  [PAGES.kit]: '.ikit',
  [PAGES.assessment]: '[data-self-assessment]',
  [PAGES.ladder]: '[data-level-compare]',
  [PAGES.salary]: 'figure.salary-chart',
};
const PERSIAN_LETTERS = /[\u0600-\u06ff]/g;
const LATIN_LETTERS = /[A-Za-z]/g;
const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([rootBuild])('the tools on Persian pages in the $name build', ({ dir, base }) => {
  let site: RunningSite;
  let contexts: BrowserContext[] = [];
  let errors: string[] = [];

  beforeAll(async () => {
    assertBuilt(dir);
    site = await serveDist(dir, base);
  });
  afterAll(async () => {
    await site?.close();
  });
  afterEach(async () => {
    expect(errors).toEqual([]);
    await Promise.all(contexts.map((c) => c.close()));
    contexts = [];
    errors = [];
  });

  async function open(path: string, viewport = DESKTOP, colorScheme: 'light' | 'dark' = 'light') {
    const context = await browser.newContext(
      contextOptions({ viewport, colorScheme, acceptDownloads: true }),
    );
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(site.url(path));
    return page;
  }

  async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button }).click(),
    ]);
    return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
  }

  it('builds a Persian job description and exports it in Persian', async () => {
    const page = await open(PAGES.builder);
    await page.locator('[data-jdb][data-ready]').waitFor({ state: 'attached' });
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    await expect(page.getByLabel(fa['guide.jdb.field.title']!).inputValue()).resolves.toBe(
      'مدیر محصول لید (Lead Product Manager)',
    );
    await page.getByLabel(fa['guide.jdb.field.company']!).fill('شرکت نمونه');
    await page.getByLabel(fa['guide.jdb.field.locality']!, { exact: true }).fill('تهران');
    await page.getByLabel(fa['guide.jdb.field.country']!, { exact: true }).selectOption('IR');
    // Salaries typed in Persian digits are numbers like any other.
    await page.getByLabel(fa['guide.jdb.field.salaryMin']!).fill('۱۲۰٬۰۰۰');
    await page.getByLabel(fa['guide.jdb.field.salaryMax']!).fill('150000');
    await expect(page.locator('[data-problems]').isHidden()).resolves.toBe(true);
    await expect(page.locator('[data-preview]').textContent()).resolves.toContain('۱۲۰٬۰۰۰');
    // Every line of the preview runs right to left, the salary included.
    const directions = await page
      .locator('[data-preview] .jdb-facts span')
      .evaluateAll((spans) => spans.map((s) => getComputedStyle(s).direction));
    expect(new Set(directions)).toEqual(new Set(['rtl']));

    const md = await download(page, fa['guide.jdb.downloadMd']!);
    expect(md.text.startsWith('# مدیر محصول لید (Lead Product Manager)\n')).toBe(true);
    expect(md.text).toContain(`## ${fa['guide.jd.responsibilities']}`);
    expect(md.text).toContain('۱۲۰٬۰۰۰');
    expect(md.text).toContain(fa['guide.jdb.eeoDefault']);
    expect(count(md.text, PERSIAN_LETTERS)).toBeGreaterThan(10 * count(md.text, LATIN_LETTERS));
    await expect.poll(() => page.locator('[data-status]').textContent()).toContain(md.name);

    const html = parse((await download(page, fa['guide.jdb.downloadHtml']!)).text);
    expect(html.querySelector('html')!.attributes).toEqual({ lang: 'fa', dir: 'rtl' });
    expect(html.querySelector('h1')!.textContent).toBe('مدیر محصول لید (Lead Product Manager)');

    const jsonld = await page.locator('[data-jsonld]').textContent();
    const posting = JSON.parse(jsonld!.replace(/^<script[^>]*>|<\/script>\s*$/g, ''));
    expect(posting).toMatchObject({
      inLanguage: 'fa',
      employmentType: 'FULL_TIME',
      baseSalary: { currency: 'USD', value: { minValue: 120000, maxValue: 150000, unitText: 'YEAR' } },
    });

    // A Persian draft is saved under its own key, leaving any English draft alone.
    await page.waitForTimeout(400);
    const keys = await page.evaluate(() => Object.keys(localStorage));
    expect(keys).toContain('lead-pm-guide:jd-builder:fa');
    expect(keys).not.toContain('lead-pm-guide:jd-builder');
  });

  it('rates skills and draws a mirrored chart in Persian digits', async () => {
    const page = await open(PAGES.assessment, PHONE);
    const skills = await page
      .locator('input[type="radio"][data-skill]')
      .evaluateAll((inputs) => [...new Set(inputs.map((i) => (i as HTMLInputElement).dataset['skill']!))]);
    await page.locator(`label[for="sa-${skills[0]}-2"]`).click();
    await page.locator(`label[for="sa-${skills[1]}-5"]`).click();
    const chart = page.locator('[data-assessment-chart] svg');
    await expect(chart.getAttribute('direction')).resolves.toBe('rtl');
    const axis = await chart.locator('.axis text').allTextContents();
    expect(axis).toEqual(['۰', '۱', '۲', '۳', '۴', '۵']);
    await expect(chart.textContent()).resolves.not.toMatch(/[0-9]/);
    await expect(page.locator('[data-assessment-summary]').textContent()).resolves.toMatch(/۲/);

    // The bar of the first skill grows from the right edge of its track.
    const row = chart.locator(`g[data-skill="${skills[0]}"]`);
    const track = (await row.locator('.track').boundingBox())!;
    const bar = (await row.locator('.rating').boundingBox())!;
    expect(Math.abs(bar.x + bar.width - (track.x + track.width))).toBeLessThan(1.5);
    expect(bar.width).toBeLessThan(track.width * 0.6);
    // Its name sits at the right, like the text around it.
    const name = (await row.locator('.name').boundingBox())!;
    expect(Math.abs(name.x + name.width - (track.x + track.width))).toBeLessThan(4);

    const gap = page.locator('[data-assessment-gaps] a').first();
    await expect(gap.getAttribute('href')).resolves.toBe(`${base}fa/role/skills/#${skills[0]}`);
  });

  it('compares two levels, with the choice kept in the address', async () => {
    const page = await open(PAGES.ladder);
    await page.getByLabel(fa['guide.compare.first']!).selectOption('senior-pm');
    await page.getByLabel(fa['guide.compare.second']!).selectOption('lead-pm');
    const shown = await page
      .locator('.level-compare tr[data-level]')
      .evaluateAll((rows) =>
        rows.filter((r) => r.checkVisibility()).map((r) => (r as HTMLElement).dataset['level']),
      );
    expect(shown).toEqual(['senior-pm', 'lead-pm']);
    expect(new URL(page.url()).searchParams.get('compare')).toBe('senior-pm,lead-pm');
    const status = await page.locator('[data-compare-status]').textContent();
    expect(count(status!, PERSIAN_LETTERS)).toBeGreaterThan(10);
    // Side by side and mirrored: the first level stands on the right.
    const [first, second] = await page
      .locator('.level-compare tr[data-level]:not([hidden])')
      .evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().left));
    expect(first!).toBeGreaterThan(second!);

    await page.getByRole('button', { name: fa['guide.compare.showAll']! }).click();
    await expect(page.locator('[data-compare-status]').textContent()).resolves.toMatch(/[۰-۹]/);
  });

  it('downloads the interview kit and scorecard in Persian, right to left', async () => {
    const page = await open(PAGES.kit);
    const kit = await download(page, fa['guide.interviewKit.downloadKit']!);
    expect(kit.name).toBe('lead-pm-interview-kit-fa.md');
    expect(kit.text.startsWith(`# ${fa['guide.interviewKit.title']}\n`)).toBe(true);
    expect(count(kit.text, PERSIAN_LETTERS)).toBeGreaterThan(5 * count(kit.text, LATIN_LETTERS));
    const scorecard = await download(page, fa['guide.interviewKit.downloadScorecard']!);
    expect(scorecard.name).toBe('lead-pm-scorecard-fa.html');
    const html = parse(scorecard.text);
    expect(html.querySelector('html')!.attributes).toEqual({ lang: 'fa', dir: 'rtl' });
    expect(html.querySelector('h1')!.textContent).toBe(fa['guide.scorecard.title']);
    // Links lead to the Persian pages.
    const links = await page.locator('.ikit a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((href) => !href.startsWith(`${base}fa/`))).toEqual([]);
  });

  it('draws the salary chart right to left in Persian digits', async () => {
    const page = await open(PAGES.salary);
    const chart = page.locator('figure.salary-chart svg').first();
    await expect(chart.getAttribute('direction')).resolves.toBe('rtl');
    await expect(chart.locator('.value').first().textContent()).resolves.toMatch(/^[^0-9]*[۰-۹]/);
    const box = (await chart.boundingBox())!;
    const bar = (await chart.locator('.bar rect').first().boundingBox())!;
    expect(Math.abs(bar.x + bar.width - (box.x + box.width))).toBeLessThan(box.width * 0.03);
  });

  it('has no axe violation on any Persian tool page in its state, and nothing wider than the screen', async () => {
    for (const path of Object.values(PAGES)) {
      // Phone width in the dark theme: the site walk checks each whole page at desktop width, light.
      const page = await open(path, PHONE, 'dark');
      if (path === PAGES.assessment) {
        await page.locator('input[type="radio"][data-skill]').first().check({ force: true });
      }
      if (path === PAGES.ladder) {
        await page.getByLabel(fa['guide.compare.first']!).selectOption('group-pm');
        await page.getByLabel(fa['guide.compare.second']!).selectOption('lead-pm');
      }
      expect([path, ...(await axeViolations(page, TOOL_ROOT[path]))]).toEqual([path]);
      // RTL layouts that leak sideways scroll the whole page, at either width.
      for (const viewport of [PHONE, DESKTOP]) {
        await page.setViewportSize(viewport);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect([path, viewport.width, overflow]).toEqual([path, viewport.width, 0]);
      }
    }
  });
});
