/**
 * The title decoder in Chromium: answers given by keyboard place a job and name the nearest
 * framework titles, the answers live in the address (a reload keeps them, a link opens them, a
 * hostile link is read safely and counted), bad years get a clear error, axe finds nothing at phone
 * and desktop width and in Persian, and without JavaScript the tables carry the mapping.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, DESKTOP, newPage, PHONE } from '../support/browser';
import { useBrowser, useSharedPage, useSite } from '../support/fixtures';

const PATH = 'career/title-decoder/';
const browser = useBrowser();
const site = useSite();

const answer = (page: Page) => page.locator('[data-decoder-answer]');
const headline = (page: Page) => page.locator('[data-decoder-answer] .td-headline');

/** Chooses an option of a select by keyboard: focus it, then type the start of the option's text. */
async function choose(page: Page, question: string, value: string) {
  const select = page.locator(`select[data-decoder-question="${question}"]`);
  await select.focus();
  const label = await select.locator(`option[value="${value}"]`).textContent();
  await page.keyboard.type(label!.slice(0, 12));
  await expect(select.inputValue()).resolves.toBe(value);
}

describe('the title decoder', () => {
  const shared = useSharedPage(browser, { viewport: DESKTOP });

  it('places a job from answers given by keyboard, with the nearest framework titles', async () => {
    const page = shared.page();
    await page.goto(site().url(PATH));
    await expect(answer(page).textContent()).resolves.toMatch(/Answer at least 2 questions/);
    await choose(page, 'scope', 'several');
    await choose(page, 'team', 'manage12');
    await expect(headline(page).textContent()).resolves.toBe('Lead product manager');
    await expect(answer(page).textContent()).resolves.toMatch(/A people lead/);
    await expect(page.locator('[data-decoder-status]').textContent()).resolves.toBe(
      'Placed as Lead product manager.',
    );
    // GitLab has no lead PM: the titles either side; DDaT has one.
    await expect(
      answer(page)
        .locator('li[data-title]')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['title'])),
    ).resolves.toEqual(['gitlab-senior-pm', 'gitlab-group-manager-product', 'ddat-lead-pm', 'moj-senior-pm']);

    // Years typed in a field; the ad's title compared with the job.
    await page.locator('[data-decoder-years]').fill('6');
    await page.locator('[data-decoder-title]').selectOption('director-of-product');
    await expect(answer(page).textContent()).resolves.toMatch(
      /The ad's title, Director of product, sits 2 steps above/,
    );
    expect(shared.errors).toEqual([]);
  });

  it('keeps the answers in the address, through a reload and a shared link', async () => {
    const page = shared.page();
    await page.reload();
    await expect(page.locator('select[data-decoder-question="scope"]').inputValue()).resolves.toBe('several');
    await expect(page.locator('[data-decoder-years]').inputValue()).resolves.toBe('6');
    const url = new URL(page.url());
    expect(url.searchParams.get('team')).toBe('manage12');
    await page.goto(site().url(`${PATH}?scope=all&team=none&reports=ceo`));
    await expect(headline(page).textContent()).resolves.toBe('Senior product manager');
    await expect(answer(page).textContent()).resolves.toMatch(
      /With no PM to lead, the job is a senior PM job at most/,
    );
  });

  it('reads a hostile link safely and says what it left out', async () => {
    const page = shared.page();
    await page.goto(
      site().url(
        `${PATH}?scope=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&team=guide3&decisions=investment&years=abc&title=__proto__`,
      ),
    );
    await expect(page.locator('[data-decoder-status]').textContent()).resolves.toMatch(
      /left out of the link because they could not be read: 3/,
    );
    await expect(headline(page).textContent()).resolves.toBe('Principal product manager');
    await expect(page.locator('.title-decoder img').count()).resolves.toBe(0);
    expect(shared.errors).toEqual([]);
  });

  it('says when the years are not a number, and leaves them out', async () => {
    const page = shared.page();
    await page.goto(site().url(`${PATH}?scope=product&decisions=roadmap`));
    const years = page.locator('[data-decoder-years]');
    await years.fill('seven');
    await expect(years.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(page.locator('[data-decoder-years-error]').textContent()).resolves.toMatch(
      /whole years from 0 to 40/,
    );
    await expect(headline(page).textContent()).resolves.toBe('Senior product manager');
    await years.fill('۱۲');
    await expect(years.getAttribute('aria-invalid')).resolves.toBe('false');
    await page.locator('[data-decoder-reset]').click();
    await expect(page.locator('select[data-decoder-question="scope"]').inputValue()).resolves.toBe('');
    expect(new URL(page.url()).search).toBe('');
  });

  it.each([
    ['phone', PHONE, 'dark'],
    ['desktop', DESKTOP, 'light'],
  ] as const)('has no axe violation at %s width', async (_name, viewport, colorScheme) => {
    const page = await newPage(browser(), { viewport, colorScheme });
    await page.goto(
      site().url(`${PATH}?scope=section&team=guide3&decisions=budget&reports=ceo&years=99&title=lead-pm`),
    );
    await page.locator('[data-decoder-years]').fill('99');
    expect(await axeViolations(page, '[data-title-decoder]')).toEqual([]);
    await page.close();
  });

  it('has no axe violation in Persian, and writes Persian digits', async () => {
    const page = await newPage(browser(), { viewport: PHONE });
    await page.goto(site().url(`fa/${PATH}?scope=several&team=manage12&years=7`));
    await expect(answer(page).textContent()).resolves.toMatch(/گرید ۸/);
    await expect(page.locator('[data-decoder-years]').inputValue()).resolves.toBe('۷');
    expect(await axeViolations(page, '[data-title-decoder]')).toEqual([]);
    await page.close();
  });

  it('shows every framework title and the rules as tables without JavaScript', async () => {
    const page = await newPage(browser(), { viewport: PHONE, javaScriptEnabled: false });
    await page.goto(site().url(PATH));
    await expect(page.locator('[data-decoder-form]').isVisible()).resolves.toBe(false);
    await expect(page.locator('.td-noscript').isVisible()).resolves.toBe(true);
    await expect(page.locator('.ft-table tbody tr').count()).resolves.toBe(19);
    await expect(page.locator('#title-ddat-lead-pm').textContent()).resolves.toMatch(/Role level 4 of 5/);
    await expect(page.locator('.answer-map tbody tr').count()).resolves.toBeGreaterThan(20);
    await page.close();
  });
});
