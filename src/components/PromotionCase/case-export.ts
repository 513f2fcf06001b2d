/**
 * The promotion case as Markdown, for the download, and the words the page and the export share.
 * Pure: every piece of text goes through the shared escaping, and a link is written as a link only
 * when it is a plain web address.
 */
import { escapeMarkdown, markdownParagraph } from '../../lib/escape';
import { safeWebUrl } from '../../lib/clean-text';
import { formatDate, formatNumber, formatPublished, localDigits } from '../../lib/locale';
import { fill } from '../../lib/template';
import {
  assessCase,
  gapsOf,
  isMonth,
  summariseCase,
  type CaseSkill,
  type CaseState,
  type SkillCase,
} from './case-logic';

export const CASE_FILE_NAME = 'lead-pm-promotion-case.md';

export interface CaseWords {
  ui: Record<string, string>;
  locale: string;
  targets: Record<string, string>;
}

const say = (words: CaseWords, key: string, values: Record<string, string | number> = {}) =>
  fill(words.ui[key] ?? key, localDigits(values, words.locale));

/** "At the bar", "1 below the bar"... for the table. */
export function statusText(c: SkillCase, words: CaseWords): string {
  return say(words, `status.${c.status}`, { gap: c.gap });
}

/** The sentence under a skill's heading. */
export function statusLine(c: SkillCase, words: CaseWords): string {
  return say(words, `statusLine.${c.status}`, { best: c.best ?? 0, gap: c.gap });
}

export function summaryLine(cases: readonly SkillCase[], words: CaseWords): string {
  const summary = summariseCase(cases);
  return summary.evidence === 0 ? say(words, 'summaryEmpty') : say(words, 'summary', summary);
}

/** A month as the page shows it, "September 2026", or the reader's own text where it is not one. */
export const monthText = (when: string, locale: string) =>
  isMonth(when) ? formatPublished(when, locale) : when;

export function caseMarkdown(
  skills: readonly CaseSkill[],
  state: CaseState,
  words: CaseWords,
  preparedOn: Date,
): string {
  const cases = assessCase(skills, state);
  const level = words.targets[state.target] ?? state.target;
  const n = (value: number) => formatNumber(value, words.locale);
  const cell = (text: string) => escapeMarkdown(text).replace(/\n/g, ' ');
  const out = [
    `# ${escapeMarkdown(say(words, 'mdTitle', { level }))}`,
    '',
    markdownParagraph(say(words, 'mdPrepared', { date: formatDate(preparedOn, words.locale) })),
    '',
    markdownParagraph(summaryLine(cases, words)),
    '',
    `| ${['col.skill', 'col.bar', 'col.best', 'col.status'].map((k) => cell(say(words, k))).join(' | ')} |`,
    '| --- | --- | --- | --- |',
    ...cases.map(
      (c) =>
        `| ${cell(c.skill.name)} | ${n(c.bar)} | ${c.best === null ? '–' : n(c.best)} | ${cell(statusText(c, words))} |`,
    ),
  ];
  for (const c of cases) {
    out.push(
      '',
      `## ${escapeMarkdown(c.skill.name)}`,
      '',
      markdownParagraph(say(words, 'barLine', { level, bar: c.bar })),
    );
    out.push('', markdownParagraph(statusLine(c, words)));
    c.evidence.forEach((e, i) => {
      out.push('', `### ${escapeMarkdown(say(words, 'evidenceN', { n: i + 1 }))}`, '');
      const field = (key: string, value: string) => {
        if (value.trim() !== '')
          out.push(
            `- **${escapeMarkdown(say(words, key))}:** ${markdownParagraph(value).replace(/\n/g, '\n  ')}`,
          );
      };
      field('mdDid', e.did);
      field('mdResult', e.result);
      const url = safeWebUrl(e.link);
      // Angle brackets keep an address whole; anything else stays plain, escaped text.
      if (url)
        out.push(
          `- **${escapeMarkdown(say(words, 'mdLink'))}:** <${url.replace(/[<>\s]/g, encodeURIComponent)}>`,
        );
      else field('mdLink', e.link);
      if (e.when) field('mdWhen', monthText(e.when, words.locale));
      if (e.level !== null)
        out.push(`- **${escapeMarkdown(say(words, 'mdLevel'))}:** ${n(e.level)} / ${n(5)}`);
      field('mdNote', e.note);
    });
  }
  const gaps = gapsOf(cases);
  out.push('', `## ${escapeMarkdown(say(words, 'gapsHeading'))}`, '');
  if (gaps.length === 0) out.push(markdownParagraph(say(words, 'noGaps')));
  gaps.forEach((c, i) => {
    out.push(`${i + 1}. **${escapeMarkdown(c.skill.name)}:** ${markdownParagraph(statusLine(c, words))}`);
    out.push(`   ${escapeMarkdown(say(words, 'firstStep'))}: ${markdownParagraph(c.skill.firstStep)}`);
  });
  out.push('');
  return out.join('\n');
}
