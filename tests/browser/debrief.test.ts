/**
 * The debrief page in Chromium: three scorecards filled in by keyboard and downloaded as JSON,
 * merged with setInputFiles, the two-point disagreement flagged, a hostile, a duplicate and an
 * oversized file refused by name without losing the loaded ones, "score before you look" hiding
 * and revealing, the competencies ticked from a loop plan in the same browser, print showing only
 * the debrief, axe on every state, the Persian page, and a readable page without JavaScript.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, newPage, PHONE } from '../support/browser';
import { useBrowser, useSite, useToolPage } from '../support/fixtures';
import { LOOP_STORAGE_KEY } from '../../src/components/InterviewLoop/loop-storage';

const PATH = 'hiring/debrief/';
const browser = useBrowser();
const site = useSite();

const open = useToolPage(browser, site, {
  path: PATH,
  ready: '[data-debrief-app]:not([hidden])',
  options: { acceptDownloads: true },
  stubPrint: true,
});

interface Fill {
  interviewer: string;
  stage: string;
  lean: string;
  ratings: Record<string, { rating: number; evidence: string }>;
}

/** Fills the scorecard form by keyboard where it matters (ticks and ratings) and downloads it. */
async function fillAndDownload(page: Page, card: Fill) {
  await page.locator('[data-sc-clear]').press('Enter');
  await page.locator('[data-sc="loop"]').fill('Lead PM, payments');
  await page.locator('[data-sc="candidate"]').fill('Candidate B');
  await page.locator('[data-sc="interviewer"]').fill(card.interviewer);
  await page.locator('[data-sc="role"]').fill('Interviewer');
  await page.locator('[data-sc="stage"]').selectOption(card.stage);
  await page.locator('[data-sc="lean"]').selectOption(card.lean);
  for (const [id, { rating, evidence }] of Object.entries(card.ratings)) {
    await page.locator(`input[data-sc-skill][value="${id}"]`).focus();
    await page.keyboard.press('Space');
    await page.locator(`[data-rate="${id}"]:not([hidden])`).waitFor();
    await page.locator(`input[name="rate-${id}"][value="${rating}"]`).focus();
    await page.keyboard.press('Space');
    await page.locator(`[data-evidence="${id}"]`).fill(evidence);
  }
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-sc-download]').press('Enter'),
  ]);
  return {
    name: file.suggestedFilename(),
    mimeType: 'application/json',
    buffer: await readFile((await file.path())!),
  };
}

const CARDS: Fill[] = [
  {
    interviewer: 'Ana',
    stage: 'execution',
    lean: 'hire',
    ratings: {
      communication: { rating: 4, evidence: 'Told leaders about the slip two weeks early.' },
      'technical-knowledge': { rating: 3, evidence: 'Knew the API limits.' },
    },
  },
  {
    interviewer: 'Ben',
    stage: 'case',
    lean: 'no-hire',
    ratings: {
      communication: { rating: 2, evidence: 'Vague on dates; latency < 200 ms was his only number.' },
    },
  },
  {
    interviewer: 'Cy',
    stage: 'executive',
    lean: 'undecided',
    ratings: {
      communication: { rating: 3, evidence: '' },
      innovation: { rating: 5, evidence: 'Two bets, with numbers.' },
    },
  },
];

const results = (page: Page) => page.locator('[data-results]');
const row = (page: Page, id: string) => page.locator(`tr[data-competency="${id}"]`);
const messages = (page: Page) => page.locator('[data-messages]');

describe('the debrief page', () => {
  it('merges three downloaded scorecards, flags the disagreement and refuses bad files without losing any', async () => {
    const { page, errors } = await open();
    const files = [];
    for (const card of CARDS) files.push(await fillAndDownload(page, card));
    expect(files.map((f) => f.name)).toEqual([
      'scorecard-ana-execution.json',
      'scorecard-ben-case.json',
      'scorecard-cy-executive.json',
    ]);
    const first = JSON.parse(files[0]!.buffer.toString('utf8')) as Record<string, unknown>;
    expect(first).toMatchObject({
      format: 'lead-pm-guide/scorecard',
      version: 1,
      candidate: 'Candidate B',
      stage: 'execution',
    });
    await expect(axeViolations(page, '[data-debrief]')).resolves.toEqual([]);

    await page.locator('[data-files]').setInputFiles(files);
    await messages(page).getByText('Loaded 3 scorecards').waitFor();
    await expect(row(page, 'communication').locator('td').allTextContents()).resolves.toEqual([
      '4',
      '2',
      '3',
      '3',
      '3',
      '2 points apart',
    ]);
    await expect(row(page, 'communication').getAttribute('class')).resolves.toBe('debrief-flagged');
    await expect(row(page, 'innovation').locator('td').last().textContent()).resolves.toBe('');
    await expect(results(page).textContent()).resolves.toMatch(
      /two or more points apart on 1 competencies: Communication/,
    );
    await expect(results(page).textContent()).resolves.toMatch(/Leanings: 1 hire, 1 no hire, 1 undecided/);
    await expect(results(page).textContent()).resolves.toContain('latency < 200 ms');
    await expect(axeViolations(page, '[data-debrief]')).resolves.toEqual([]);

    // A hostile file, a duplicate, an oversized one and another candidate: all refused by name.
    const hostile = JSON.stringify({
      ...first,
      interviewer: '<script>window.owned = 1</script>',
    });
    const proto = JSON.stringify(first).replace('{', '{"__proto__":{"polluted":1},');
    const other = JSON.stringify({ ...first, interviewer: 'Dee', candidate: 'Candidate C' });
    await page.locator('[data-files]').setInputFiles([
      { name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from(hostile) },
      { name: 'proto.json', mimeType: 'application/json', buffer: Buffer.from(proto) },
      { name: 'again.json', mimeType: 'application/json', buffer: files[0]!.buffer },
      { name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(300_000, 32) },
      { name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(other) },
    ]);
    await messages(page)
      .getByText(/other\.json/)
      .waitFor();
    const said = (await messages(page).textContent())!;
    expect(said).toMatch(/evil\.json was not loaded: its field "interviewer" holds HTML or script code/);
    expect(said).toMatch(/proto\.json was not loaded: it holds keys \(such as __proto__\)/);
    expect(said).toMatch(/again\.json was not loaded: a scorecard from the same interviewer/);
    expect(said).toMatch(/huge\.json was not loaded: it is larger than 200 KB/);
    expect(said).toMatch(/other\.json was not loaded: it is for a different candidate/);
    await expect(page.locator('[data-loaded] > li').count()).resolves.toBe(3);
    await expect(
      page.evaluate(() => (window as unknown as { owned?: number }).owned),
    ).resolves.toBeUndefined();
    await expect(page.evaluate(() => (({}) as Record<string, unknown>)['polluted'])).resolves.toBeUndefined();
    await expect(page.locator('[data-debrief] script:not([type])').count()).resolves.toBe(0);
    await expect(axeViolations(page, '[data-debrief]')).resolves.toEqual([]);

    // Print shows the debrief table without the form or the controls.
    await page.locator('[data-print-debrief]').press('Enter');
    await expect(page.evaluate(() => (window as unknown as { printed?: string }).printed)).resolves.toBe(
      'debrief',
    );
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.debrief-table').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-scorecard-form]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-files]').isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the others hidden in "score before you look" until your own scorecard is in', async () => {
    const { page, errors } = await open();
    const files = [];
    for (const card of CARDS.slice(1)) files.push(await fillAndDownload(page, card));
    await page.locator('[data-blind]').focus();
    await page.keyboard.press('Space');
    await page.locator('[data-files]').setInputFiles(files);
    await messages(page).getByText('Loaded 2 scorecards').waitFor();
    await expect(page.locator('[data-loaded] > li').count()).resolves.toBe(2);
    await expect(page.locator('.debrief-table').count()).resolves.toBe(0);
    await expect(page.locator('[data-blind-note]').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-debrief-app]').textContent()).resolves.not.toContain('Vague on dates');
    await expect(axeViolations(page, '[data-debrief]')).resolves.toEqual([]);

    // Your own scorecard, added from the form, reveals the ratings.
    await page.locator('[data-sc-clear]').press('Enter');
    await page.locator('[data-sc="loop"]').fill('Lead PM, payments');
    await page.locator('[data-sc="candidate"]').fill('Candidate B');
    await page.locator('[data-sc="interviewer"]').fill('Ana');
    await page.locator('input[data-sc-skill][value="communication"]').check();
    await page.locator('input[name="rate-communication"][value="5"]').check();
    await page.locator('[data-sc-add]').press('Enter');
    await page.locator('.debrief-table').waitFor();
    await expect(page.locator('[data-blind-note]').isHidden()).resolves.toBe(true);
    await expect(row(page, 'communication').locator('td').first().textContent()).resolves.toBe('2');
    await expect(page.locator('[data-loaded]').textContent()).resolves.toContain('your scorecard');
    await expect(axeViolations(page, '[data-debrief]')).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('ticks the competencies the loop plan in this browser gives an interview, and keeps the draft', async () => {
    const page = await newPage(browser(), { viewport: PHONE });
    const plan = {
      version: 1,
      focus: ['communication', 'technical-knowledge', 'innovation', 'problem-solving'],
      leadsPms: false,
      assignment: {
        communication: ['screen'],
        'technical-knowledge': ['execution'],
        innovation: ['case'],
        'problem-solving': ['execution'],
      },
      loopName: 'Loop from the planner',
    };
    await page.addInitScript(
      ([key, value]) => localStorage.getItem(key!) ?? localStorage.setItem(key!, value!),
      [LOOP_STORAGE_KEY, JSON.stringify(plan)],
    );
    await page.goto(site().url(PATH));
    await page.locator('[data-sc="stage"]').selectOption('execution');
    await expect(
      page
        .locator('input[data-sc-skill]:checked')
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
    ).resolves.toEqual(['technical-knowledge', 'problem-solving']);
    await expect(page.locator('[data-sc="loop"]').inputValue()).resolves.toBe('Loop from the planner');
    await page.locator('[data-evidence="problem-solving"]').fill('Split the outage into three causes.');
    await page.waitForFunction(() =>
      (localStorage.getItem('lead-pm-guide:scorecard-draft') ?? '').includes('three causes'),
    );
    await page.reload();
    await expect(page.locator('[data-evidence="problem-solving"]').inputValue()).resolves.toBe(
      'Split the outage into three causes.',
    );
    await expect(axeViolations(page, '[data-debrief]')).resolves.toEqual([]);
    // A rating left out stops the download with a message, not a broken file.
    await page.locator('[data-sc="candidate"]').fill('Candidate B');
    await page.locator('[data-sc="interviewer"]').fill('Ana');
    await page.locator('[data-sc-download]').press('Enter');
    await expect(page.locator('[data-sc-status]').textContent()).resolves.toMatch(
      /Rate Technical knowledge from 1 to 5/,
    );
    await page.close();
  });

  it('works in Persian, right to left', async () => {
    const { page, errors } = await open({ viewport: PHONE }, `fa/${PATH}`);
    await expect(page.locator('html').getAttribute('dir')).resolves.toBe('rtl');
    const file = await fillAndDownload(page, CARDS[0]!);
    await page
      .locator('[data-files]')
      .setInputFiles([file, { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{') }]);
    await messages(page)
      .getByText(/bad\.json بارگذاری نشد/)
      .waitFor();
    await expect(row(page, 'communication').locator('td').first().textContent()).resolves.toBe('۴');
    await expect(axeViolations(page, '[data-debrief]')).resolves.toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('explains itself without JavaScript and links the printable scorecard', async () => {
    const page = await newPage(browser(), { viewport: PHONE, javaScriptEnabled: false });
    await page.goto(site().url(PATH));
    await expect(page.locator('[data-debrief-app]').isHidden()).resolves.toBe(true);
    await expect(page.locator('.debrief-noscript').isVisible()).resolves.toBe(true);
    await expect(
      page.locator('.debrief-static a[href$="/hiring/interview-kit/#scorecard"]').count(),
    ).resolves.toBe(1);
    await page.close();
  });
});
