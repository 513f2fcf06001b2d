import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parse } from 'node-html-parser';
import { rootBuild } from '../support/build-variants';
import { useBrowser, useSite } from '../support/fixtures';
import { axeViolations, DESKTOP, newPage, PHONE } from '../support/browser';
import { readData } from '../support/data-files';

const PATH = 'hiring/interview-kit/';

// The competencies the kit must show: every skill a job-description line names (all skills if none do).
const items = readData('jdItems');
const skills = readData('skills').sort((a, b) => a.order - b.order);
const named = skills.filter((s) => items.some((i) => i.skill === s.id));
const questions = readData('interviewQuestions').sort((a, b) => a.order - b.order);
const competencies = (named.length > 0 ? named : skills).map((s) => ({
  ...s,
  interview: questions.filter((q) => q.skill === s.id),
}));

const browser = useBrowser();

describe.each([rootBuild])('the interview kit in the $name build', ({ dir, base }) => {
  const site = useSite({ name: 'root', dir, base });

  async function open(viewport = DESKTOP, colorScheme: 'light' | 'dark' = 'light') {
    const page = await newPage(browser(), { viewport, colorScheme, acceptDownloads: true });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    // Record print requests instead of opening a print dialog.
    await page.addInitScript(() => {
      window.print = () => {
        (window as unknown as { printed?: string }).printed =
          document.documentElement.dataset['printOnly'] ?? 'all';
      };
    });
    await page.goto(site().url(PATH));
    return { page, errors };
  }

  it('renders every competency with its JD lines, questions and scorecard row', async () => {
    const { page, errors } = await open();
    const sections = page.locator('.ikit-competency');
    await expect(sections.count()).resolves.toBe(competencies.length);
    for (const skill of competencies) {
      const section = page.locator(`[data-competency="${skill.id}"]`);
      await expect(section.locator('h3').textContent()).resolves.toBe(skill.name);
      await expect(section.locator('.ikit-questions > li').count()).resolves.toBe(skill.interview.length);
      const text = (await section.textContent())!;
      for (const q of skill.interview) {
        for (const part of [q.question, q.probes, q.strong, q.weak]) expect(text).toContain(part);
      }
      const lines = items.filter((i) => i.skill === skill.id);
      const shown = await section.locator('.ikit-lines a').allTextContents();
      expect(shown).toEqual(lines.map((l) => l.text));
      const row = page.locator('.scorecard-table tbody tr', {
        has: page.locator(`a[href="#kit-${skill.id}"]`),
      });
      await expect(row.locator('td').allTextContents()).resolves.toEqual([
        skill.anchors.one,
        skill.anchors.three,
        skill.anchors.five,
        '',
        '',
      ]);
    }
    await expect(page.locator('.scorecard-table tbody tr').count()).resolves.toBe(competencies.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('downloads the kit and the scorecard', async () => {
    const { page } = await open();
    const files: Record<string, string> = {};
    for (const [label, name] of [
      ['Download kit (.md)', 'lead-pm-interview-kit.md'],
      ['Download scorecard (.html)', 'lead-pm-scorecard.html'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: label }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(name);
      files[name] = await readFile((await download.path())!, 'utf8');
      await expect.poll(() => page.locator('[data-kit-status]').textContent()).toBe(`Downloaded ${name}`);
    }
    const kit = files['lead-pm-interview-kit.md']!;
    for (const skill of competencies) {
      expect(kit).toContain(`## ${skill.name}`);
      expect(kit).toContain(skill.interview[0]!.probes.replace(/([*_[\]<>|~`\\])/g, '\\$1'));
    }
    const scorecard = parse(files['lead-pm-scorecard.html']!);
    expect(scorecard.querySelectorAll('tbody tr').map((tr) => tr.querySelector('th')!.textContent)).toEqual(
      competencies.map((s) => expect.stringContaining(s.name)),
    );
    await page.close();
  });

  async function visible(page: Page, selector: string) {
    return page.locator(selector).first().isVisible();
  }

  it('prints the kit and scorecard without the site around them, or the scorecard alone', async () => {
    const { page } = await open();
    await page.getByRole('button', { name: 'Print kit and scorecard' }).click();
    await expect(page.evaluate(() => (window as unknown as { printed?: string }).printed)).resolves.toBe(
      'all',
    );
    await page.emulateMedia({ media: 'print' });
    for (const hidden of [
      'header.header',
      'nav.sidebar',
      '.right-sidebar-container',
      '.pagination-links',
      '.ikit-actions',
      'section.source-list',
      '.sl-markdown-content > .sl-heading-wrapper',
    ]) {
      await expect(visible(page, hidden), hidden).resolves.toBe(false);
    }
    for (const shown of [
      'h1',
      '.ikit-print-title',
      '.ikit-competency',
      '.scorecard-table',
      '.scorecard-print-title',
    ]) {
      await expect(visible(page, shown), shown).resolves.toBe(true);
    }
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Print the scorecard only' }).click();
    await expect(page.evaluate(() => (window as unknown as { printed?: string }).printed)).resolves.toBe(
      'scorecard',
    );
    await page.emulateMedia({ media: 'print' });
    await expect(visible(page, '.ikit-competency')).resolves.toBe(false);
    await expect(visible(page, '.scorecard-table')).resolves.toBe(true);
    await page.close();
  });

  it.each([
    ['phone', PHONE, 'dark'],
    ['desktop', DESKTOP, 'light'],
  ] as const)('has no axe violations at %s width', async (_name, viewport, scheme) => {
    const { page } = await open(viewport, scheme);
    expect(await axeViolations(page, '.ikit')).toEqual([]);
    const widths = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(widths[0]).toBe(widths[1]);
    await page.close();
  });
});
