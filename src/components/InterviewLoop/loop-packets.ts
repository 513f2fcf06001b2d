/**
 * Each interviewer's packet as a file: their interview, its questions with probes and strong and
 * weak answers, and a scorecard for their competencies. Built from the interview kit's own
 * document parts (kit-documents.ts), so a packet and the kit read alike. Pure.
 */
import { escapeHtml, escapeMarkdown } from '../../lib/escape';
import {
  competencyMarkdown,
  printPageHtml,
  scorecardMarkdown,
  scorecardTableHtml,
  type Competency,
  type KitLabels,
} from '../InterviewKit/kit-documents';

export interface PacketStage {
  id: string;
  name: string;
  purpose: string;
  interviewers: string;
  minutes: number;
}

export interface Packet {
  stage: PacketStage;
  loopName: string;
  /** The stage's competencies, each with only the questions picked for this interview. */
  competencies: Competency[];
}

export interface PacketWords {
  /** "Interviewer packet: {{stage}}". */
  title: (stage: string) => string;
  loop: string;
  length: string;
  /** "45 minutes". */
  minutes: (n: number) => string;
  interviewers: string;
  purpose: string;
  /** Where to score: the debrief page's address in words. */
  scoreOnline: string;
}

/** The lines that head a packet, as label and value. */
function heading(p: Packet, w: PacketWords): [string, string][] {
  return [
    ...(p.loopName ? ([[w.loop, p.loopName]] as [string, string][]) : []),
    [w.length, w.minutes(p.stage.minutes)],
    [w.interviewers, p.stage.interviewers],
    [w.purpose, p.stage.purpose],
  ];
}

export function packetMarkdown(p: Packet, l: KitLabels, w: PacketWords): string {
  const md = escapeMarkdown;
  const out = [
    `# ${md(w.title(p.stage.name))}`,
    heading(p, w)
      .map(([label, value]) => `- **${md(label)}:** ${md(value)}`)
      .join('\n'),
    ...p.competencies.map((c) => competencyMarkdown(c, l)),
    scorecardMarkdown(p.competencies, l),
    md(w.scoreOnline),
  ];
  return `${out.join('\n\n')}\n`;
}

export function packetHtml(p: Packet, l: KitLabels, w: PacketWords, lang = 'en'): string {
  const h = escapeHtml;
  const title = w.title(p.stage.name);
  const meta = heading(p, w)
    .map(([label, value]) => `<li><strong>${h(label)}:</strong> ${h(value)}</li>`)
    .join('\n');
  const sections = p.competencies.map((c) => {
    const questions = c.interview
      .map(
        (q) =>
          `<li><p><strong>${h(q.question)}</strong><br><small>${h(l.questionMeta(q))}</small></p><dl>` +
          `<dt>${h(l.probes)}</dt><dd>${h(q.probes)}</dd>` +
          `<dt>${h(l.strong)}</dt><dd>${h(q.strong)}</dd>` +
          (q.covers
            ? `<dt>${h(l.strongCovers)}</dt><dd><ul>${q.covers.map((point) => `<li>${h(point)}</li>`).join('')}</ul></dd>`
            : '') +
          `<dt>${h(l.weak)}</dt><dd>${h(q.weak)}</dd></dl></li>`,
      )
      .join('\n');
    return [
      `<section><h2>${h(c.name)}</h2>`,
      `<p>${h(c.summary)}<br><small>${h(l.leadBar(c.leadBar))}</small></p>`,
      `<h3>${h(l.questions)}</h3>`,
      `<ol>\n${questions}\n</ol></section>`,
    ].join('\n');
  });
  const body = [
    `<h1>${h(title)}</h1>`,
    `<ul>\n${meta}\n</ul>`,
    ...sections,
    `<h2>${h(l.scorecardTitle)}</h2>`,
    scorecardTableHtml(p.competencies, l),
    `<p>${h(w.scoreOnline)}</p>`,
  ].join('\n');
  return printPageHtml(title, body, lang);
}

/** A file name for a packet: "lead-pm-packet-execution.md", "-fa" for a Persian one. */
export const packetFileName = (stageId: string, lang: string, ext: 'md' | 'html') =>
  `lead-pm-packet-${stageId}${lang === 'en' ? '' : `-${lang}`}.${ext}`;
