/**
 * The interview kit and scorecard as downloadable files, built from the same competencies the
 * page shows. Pure; the text is the guide's own data, escaped all the same.
 */
import { textDirection } from '../../lib/locale';
import { escapeHtml, escapeMarkdown } from '../../lib/escape';

export interface Competency {
  id: string;
  name: string;
  summary: string;
  leadBar: number;
  anchors: { one: string; three: string; five: string };
  interview: KitQuestion[];
  lines: { id: string; kind: 'responsibility' | 'required' | 'preferred'; text: string }[];
}

export interface KitQuestion {
  question: string;
  probes: string;
  strong: string;
  weak: string;
  format: 'past-behavior' | 'scenario' | 'case';
  minutes: number;
  track: 'any' | 'people-manager';
  /** For a case: what a strong answer covers. */
  covers?: string[] | undefined;
}

export interface KitLabels {
  kitTitle: string;
  scorecardTitle: string;
  covers: string;
  kinds: Record<Competency['lines'][number]['kind'], string>;
  questions: string;
  probes: string;
  strong: string;
  weak: string;
  /** "Scenario · about 10 minutes · For roles that manage PMs". */
  questionMeta: (q: KitQuestion) => string;
  strongCovers: string;
  leadBar: (bar: number) => string;
  candidate: string;
  interviewer: string;
  date: string;
  competency: string;
  rated: (n: number) => string;
  score: string;
  evidence: string;
  overall: string;
  howTo: string;
}

const anchorList = (c: Competency) =>
  [
    [1, c.anchors.one],
    [3, c.anchors.three],
    [5, c.anchors.five],
  ] as const;

export function kitMarkdown(competencies: readonly Competency[], l: KitLabels): string {
  const out: string[] = [`# ${escapeMarkdown(l.kitTitle)}`];
  for (const c of competencies) out.push(competencyMarkdown(c, l));
  out.push(scorecardMarkdown(competencies, l));
  return `${out.join('\n\n')}\n`;
}

/** One competency as Markdown: summary, bar, the lines it covers, its questions and its anchors. */
export function competencyMarkdown(c: Competency, l: KitLabels): string {
  const md = escapeMarkdown;
  const out: string[] = [`## ${md(c.name)}`, md(c.summary), `*${md(l.leadBar(c.leadBar))}*`];
  if (c.lines.length > 0) {
    out.push(
      `### ${md(l.covers)}`,
      c.lines.map((line) => `- ${md(l.kinds[line.kind])}: ${md(line.text)}`).join('\n'),
    );
  }
  out.push(`### ${md(l.questions)}`);
  c.interview.forEach((q, i) => {
    out.push(
      `${i + 1}. **${md(q.question)}** *(${md(l.questionMeta(q))})*`,
      [
        `   - ${md(l.probes)}: ${md(q.probes)}`,
        `   - ${md(l.strong)}: ${md(q.strong)}`,
        ...(q.covers
          ? [`   - ${md(l.strongCovers)}:`, ...q.covers.map((point) => `     - ${md(point)}`)]
          : []),
        `   - ${md(l.weak)}: ${md(q.weak)}`,
      ].join('\n'),
    );
  });
  out.push(
    anchorList(c)
      .map(([n, text]) => `- **${md(l.rated(n))}:** ${md(text)}`)
      .join('\n'),
  );
  return out.join('\n\n');
}

/** The scorecard as a Markdown table with blanks to fill in. */
export function scorecardMarkdown(competencies: readonly Competency[], l: KitLabels): string {
  const md = escapeMarkdown;
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [
    `## ${md(l.scorecardTitle)}`,
    '',
    `${md(l.candidate)}: ____________  ${md(l.interviewer)}: ____________  ${md(l.date)}: ____________`,
    '',
    md(l.howTo),
    '',
    row([md(l.competency), md(l.rated(1)), md(l.rated(3)), md(l.rated(5)), md(l.score), md(l.evidence)]),
    row(['---', '---', '---', '---', '---', '---']),
    ...competencies.map((c) =>
      row([`**${md(c.name)}**`, md(c.anchors.one), md(c.anchors.three), md(c.anchors.five), ' ', ' ']),
    ),
    '',
    `${md(l.overall)}: ____________`,
  ].join('\n');
}

/** The style of a printable page opened from disk; logical properties, so Persian reads right to left. */
export const PRINT_PAGE_STYLE = [
  'body{font-family:system-ui,sans-serif;font-size:11pt;line-height:1.35;margin:1.5rem}',
  'table{border-collapse:collapse;width:100%}th,td{border:1px solid #666;padding:.4rem;vertical-align:top;text-align:start}',
  'thead th{background:#eee}.box{width:4.5rem}.notes{width:28%}.meta span{display:inline-block;min-width:14rem;margin-inline-end:1rem}',
  '@page{margin:1.2cm}tr{break-inside:avoid}',
].join('\n');

/** The scorecard's table and blanks, as HTML to place in a page. */
export function scorecardTableHtml(competencies: readonly Competency[], l: KitLabels): string {
  const h = escapeHtml;
  const rows = competencies
    .map(
      (c) =>
        `<tr><th scope="row">${h(c.name)}<br><small>${h(l.leadBar(c.leadBar))}</small></th>` +
        `<td>${h(c.anchors.one)}</td><td>${h(c.anchors.three)}</td><td>${h(c.anchors.five)}</td>` +
        `<td class="box"></td><td class="notes"></td></tr>`,
    )
    .join('\n');
  return [
    `<p class="meta"><span>${h(l.candidate)}: ________</span><span>${h(l.interviewer)}: ________</span><span>${h(l.date)}: ________</span></p>`,
    `<p>${h(l.howTo)}</p>`,
    '<table>',
    `<thead><tr><th scope="col">${h(l.competency)}</th><th scope="col">${h(l.rated(1))}</th><th scope="col">${h(l.rated(3))}</th><th scope="col">${h(l.rated(5))}</th><th scope="col">${h(l.score)}</th><th scope="col">${h(l.evidence)}</th></tr></thead>`,
    `<tbody>\n${rows}\n</tbody>`,
    '</table>',
    `<p>${h(l.overall)}:</p>`,
    '<p>______________________________________________________________</p>',
  ].join('\n');
}

/** A whole printable page around `body` (already HTML), titled `title`. */
export function printPageHtml(title: string, body: string, lang = 'en'): string {
  const h = escapeHtml;
  return [
    '<!doctype html>',
    `<html lang="${h(lang)}" dir="${textDirection(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(title)}</title>`,
    `<style>\n${PRINT_PAGE_STYLE}\n</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * A printable scorecard page, styled inline because it is opened from disk. Laid out with logical
 * properties, so a Persian scorecard (lang "fa") reads right to left.
 */
export function scorecardHtml(competencies: readonly Competency[], l: KitLabels, lang = 'en'): string {
  return printPageHtml(
    l.scorecardTitle,
    `<h1>${escapeHtml(l.scorecardTitle)}</h1>\n${scorecardTableHtml(competencies, l)}`,
    lang,
  );
}
