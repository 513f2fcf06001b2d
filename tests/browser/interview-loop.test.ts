/**
 * The interview loop planner in Chromium: focus competencies picked by keyboard (too few and too
 * many said plainly), a loop that tests each once, a competency moved in the matrix with the
 * warning shown, packets downloaded (Markdown and HTML, checked) and printed alone, the plan kept
 * over a reload, corrupt storage refused with a message, a stored job-description draft offered,
 * axe on every state at both widths, the Persian page, and a readable page without JavaScript.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, DESKTOP, newPage, PHONE } from '../support/browser';
import { useBrowser, useSite, useToolPage } from '../support/fixtures';
import { LOOP_STORAGE_KEY } from '../../src/components/InterviewLoop/loop-storage';

const PATH = 'hiring/interview-loop/';
const browser = useBrowser();
const site = useSite();

const open = useToolPage(browser, site, {
  path: PATH,
  ready: '[data-loop-app]:not([hidden])',
  options: { acceptDownloads: true },
  stubPrint: true,
});

/** Ticks a focus competency by keyboard: focus its box and press Space. */
async function pick(page: Page, id: string) {
  await page.locator(`input[data-focus][value="${id}"]`).focus();
  await page.keyboard.press('Space');
}

const FOCUS = ['communication', 'technical-knowledge', 'leadership-and-coaching', 'strategy-and-execution'];
const message = (page: Page) => page.locator('[data-focus-message]');
const cell = (page: Page, skill: string, stage: string) =>
  page.locator(`input[data-cell="${skill}|${stage}"]`);
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), LOOP_STORAGE_KEY);

async function download(page: Page, kind: 'md' | 'html') {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-packet-download="${kind}"]`).press('Enter'),
  ]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

describe('the interview loop planner', () => {
  it('plans a loop by keyboard, warns on a moved competency, and keeps the plan after a reload', async () => {
    const { page, errors } = await open();
    await expect(message(page).textContent()).resolves.toMatch(/pick at least 4/);
    await expect(page.locator('[data-loop-result]').isHidden()).resolves.toBe(true);
    for (const id of FOCUS.slice(0, 3)) await pick(page, id);
    await expect(message(page).textContent()).resolves.toMatch(/3 picked: pick at least 4/);
    await pick(page, FOCUS[3]!);
    await expect(message(page).textContent()).resolves.toMatch(/4 competencies picked/);
    await expect(axeViolations(page, '[data-loop]')).resolves.toEqual([]);

    // Every competency in exactly one interview; leadership with the direct-report panel.
    await expect(page.locator('[data-coverage]').textContent()).resolves.toMatch(/exactly one interview/);
    await expect(cell(page, 'leadership-and-coaching', 'people-leadership').isChecked()).resolves.toBe(true);
    for (const id of FOCUS) {
      await expect(page.locator(`tr[data-skill="${id}"] .loop-cell-status`).textContent()).resolves.toBe(
        'Tested once',
      );
    }
    const timeline = page.locator('[data-timeline] > li');
    await expect(timeline.first().textContent()).resolves.toMatch(/starts at minute 0/);
    await expect(page.locator('[data-total]').textContent()).resolves.toMatch(
      /interviews, \d+ minutes in all/,
    );

    // Move communication: tick a second interview (a double), then untick the first.
    const from = await page
      .locator('tr[data-skill="communication"] input:checked')
      .getAttribute('data-cell')
      .then((v) => v!.split('|')[1]!);
    const to = from === 'executive' ? 'execution' : 'executive';
    await cell(page, 'communication', to).focus();
    await page.keyboard.press('Space');
    await expect(page.locator('[data-coverage]').textContent()).resolves.toMatch(
      /Communication is tested twice/,
    );
    await expect(
      page.locator('tr[data-skill="communication"] .loop-cell-status').textContent(),
    ).resolves.toBe('Tested twice');
    await expect(axeViolations(page, '[data-loop]')).resolves.toEqual([]);
    await cell(page, 'communication', from).focus();
    await page.keyboard.press('Space');
    await cell(page, 'communication', to).focus();
    await page.keyboard.press('Space');
    await expect(page.locator('[data-coverage]').textContent()).resolves.toMatch(
      /Communication is not tested in any interview/,
    );
    await expect(
      page.locator('tr[data-skill="communication"] .loop-cell-status').textContent(),
    ).resolves.toBe('Not tested');
    await page.keyboard.press('Space');
    await expect(page.locator('[data-coverage]').textContent()).resolves.toMatch(/exactly one interview/);
    await page.waitForFunction(
      ([key, stage]) => (localStorage.getItem(key!) ?? '').includes(`"communication":["${stage}"]`),
      [LOOP_STORAGE_KEY, to],
    );

    await page.reload();
    await page.locator('[data-loop-app]:not([hidden])').waitFor();
    await expect(cell(page, 'communication', to).isChecked()).resolves.toBe(true);
    await expect(cell(page, 'communication', from).isChecked()).resolves.toBe(false);
    await expect(page.locator('input[data-focus]:checked').count()).resolves.toBe(4);

    // Seven competencies are too many: the loop hides and the message says why.
    for (const id of ['innovation', 'problem-solving', 'analysis-and-data']) await pick(page, id);
    await expect(message(page).textContent()).resolves.toMatch(/7 picked: pick at most 6/);
    await expect(page.locator('[data-loop-result]').isHidden()).resolves.toBe(true);
    await expect(axeViolations(page, '[data-loop]')).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports each interviewer packet as Markdown and HTML, and prints the packet alone', async () => {
    const { page, errors } = await open();
    for (const id of FOCUS) await pick(page, id);
    await page.locator('[data-loop-name]').fill('Lead PM <b>payments</b>');
    await page.locator('[data-packet-stage]').selectOption('people-leadership');
    await expect(page.locator('[data-packet-preview] h3').textContent()).resolves.toBe(
      'Interviewer packet: People leadership, with a direct-report panel',
    );
    const md = await download(page, 'md');
    expect(md.name).toBe('lead-pm-packet-people-leadership.md');
    expect(md.text).toContain('# Interviewer packet: People leadership');
    expect(md.text).toContain('Lead PM \\<b\\>payments\\</b\\>');
    expect(md.text).toMatch(/Walk me through the last product manager you hired/);
    expect(md.text).toContain('## Lead product manager interview scorecard');
    expect(md.text).toContain('Leadership and coaching');
    await expect(page.locator('[data-packet-status]').textContent()).resolves.toBe(
      'Downloaded lead-pm-packet-people-leadership.md',
    );
    const html = await download(page, 'html');
    expect(html.name).toBe('lead-pm-packet-people-leadership.html');
    expect(html.text).toContain('<html lang="en" dir="ltr">');
    expect(html.text).toContain('Lead PM &lt;b&gt;payments&lt;/b&gt;');
    expect(html.text).toContain('<table>');

    await page.locator('[data-packet-print]').press('Enter');
    await expect(page.evaluate(() => (window as unknown as { printed?: string }).printed)).resolves.toBe(
      'packet',
    );
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-packet-preview]').isVisible()).resolves.toBe(true);
    for (const hidden of ['.loop-focus', '[data-matrix]', '.loop-static', 'h1#_top']) {
      await expect(page.locator(hidden).first().isVisible(), hidden).resolves.toBe(false);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says when the stored plan is corrupt and starts empty', async () => {
    const page = await newPage(browser(), { viewport: PHONE });
    await page.addInitScript(
      (key) => localStorage.setItem(key, '{"version":1,"focus":"oops'),
      LOOP_STORAGE_KEY,
    );
    await page.goto(site().url(PATH));
    await expect(page.locator('[data-loop-notice]').textContent()).resolves.toMatch(/could not be read/);
    await expect(page.locator('input[data-focus]:checked').count()).resolves.toBe(0);
    await expect(axeViolations(page, '[data-loop]')).resolves.toEqual([]);
    await pick(page, 'communication');
    await page.waitForFunction(
      (key) => (localStorage.getItem(key) ?? '').includes('"focus":["communication"]'),
      LOOP_STORAGE_KEY,
    );
    await expect(stored(page)).resolves.toMatch(/^\{"version":1,/);
    await page.close();
  });

  it('offers the competencies of a stored job-description draft, without changing it', async () => {
    // Build a real draft in the builder, then open the planner in the same browser context.
    const page = await newPage(browser(), { viewport: DESKTOP });
    await page.goto(site().url('hiring/job-description-builder/'));
    await page.locator('#jdb-company').fill('Acme');
    await page.waitForFunction(() =>
      (localStorage.getItem('lead-pm-guide:jd-builder') ?? '').startsWith('v1.'),
    );
    const draft = await page.evaluate(() => localStorage.getItem('lead-pm-guide:jd-builder'));
    await page.goto(site().url(PATH));
    const offer = page.locator('[data-from-draft]');
    await offer.waitFor();
    await expect(offer.textContent()).resolves.toMatch(
      /Start from my job-description draft \(\d+ competencies\)/,
    );
    await offer.press('Enter');
    await expect(message(page).textContent()).resolves.toMatch(
      /Picked the competencies your draft's lines name/,
    );
    await expect(page.locator('input[data-focus]:checked').count()).resolves.toBeGreaterThan(0);
    await expect(page.evaluate(() => localStorage.getItem('lead-pm-guide:jd-builder'))).resolves.toBe(draft);
    await page.close();
  });

  it('works in Persian, right to left, with Persian packets', async () => {
    const { page, errors } = await open({ viewport: PHONE }, `fa/${PATH}`);
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    for (const id of FOCUS) await pick(page, id);
    await expect(message(page).textContent()).resolves.toMatch(/۴ شایستگی انتخاب شده است/);
    await expect(page.locator('[data-coverage]').textContent()).resolves.toMatch(/دقیقاً در یک مصاحبه/);
    await expect(axeViolations(page, '[data-loop]')).resolves.toEqual([]);
    const md = await download(page, 'md');
    expect(md.name).toMatch(/-fa\.md$/);
    expect(md.text).toContain('# بسته‌ی مصاحبه‌گر:');
    const html = await download(page, 'html');
    expect(html.text).toContain('<html lang="fa" dir="rtl">');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is readable without JavaScript: the interviews and a link to the kit', async () => {
    const page = await newPage(browser(), { viewport: PHONE, javaScriptEnabled: false });
    await page.goto(site().url(PATH));
    await expect(page.locator('[data-loop-app]').isHidden()).resolves.toBe(true);
    await expect(page.locator('.loop-stages > li').count()).resolves.toBe(5);
    await expect(page.locator('.loop-static a[href$="/hiring/interview-kit/"]').count()).resolves.toBe(1);
    await expect(page.locator('.loop-noscript').isVisible()).resolves.toBe(true);
    await page.close();
  });
});
