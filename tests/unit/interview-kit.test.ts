import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import {
  kitMarkdown,
  scorecardHtml,
  type Competency,
  type KitLabels,
} from '../../src/components/InterviewKit/kit-documents';
import { readData } from '../support/data-files';
import { en } from '../support/jd-fixtures';

const fill = (key: string, values: Record<string, number>) =>
  en[key]!.replace(/\{\{\s*(\w+)\s*\}\}/g, (_m, k: string) => String(values[k]));

const labels: KitLabels = {
  kitTitle: en['guide.interviewKit.title']!,
  scorecardTitle: en['guide.scorecard.title']!,
  covers: en['guide.interviewKit.covers']!,
  kinds: {
    responsibility: en['guide.interviewKit.kind.responsibility']!,
    required: en['guide.interviewKit.kind.required']!,
    preferred: en['guide.interviewKit.kind.preferred']!,
  },
  questions: en['guide.interviewKit.questions']!,
  probes: en['guide.skill.probes']!,
  strong: en['guide.skill.strong']!,
  weak: en['guide.skill.weak']!,
  questionMeta: (q) =>
    `${en[`guide.interviewKit.format.${q.format}`]} · ${fill('guide.interviewKit.minutes', { n: q.minutes })}`,
  strongCovers: en['guide.interviewKit.strongCovers']!,
  leadBar: (bar) => `${en['guide.skill.leadBar']}: ${fill('guide.skill.leadBarValue', { bar })}`,
  candidate: en['guide.scorecard.candidate']!,
  interviewer: en['guide.scorecard.interviewer']!,
  date: en['guide.scorecard.date']!,
  competency: en['guide.scorecard.competency']!,
  rated: (n) => fill('guide.skill.rating', { n }),
  score: en['guide.scorecard.score']!,
  evidence: en['guide.scorecard.evidence']!,
  overall: en['guide.scorecard.overall']!,
  howTo: en['guide.scorecard.howTo']!,
};

// The same rule as getCompetencies() in src/lib/content.ts: skills the JD lines name.
const items = readData('jdItems');
const questions = readData('interviewQuestions').sort((a, b) => a.order - b.order);
const competencies: Competency[] = readData('skills')
  .sort((a, b) => a.order - b.order)
  .map((s) => ({
    id: s.id,
    name: s.name,
    summary: s.summary,
    leadBar: s.bars.lead,
    anchors: s.anchors,
    interview: questions.filter((q) => q.skill === s.id),
    lines: items.filter((i) => i.skill === s.id).map((i) => ({ id: i.id, kind: i.kind, text: i.text })),
  }))
  .filter((c) => c.lines.length > 0);

describe('interview kit files', () => {
  it('every jd-items skill is a skill with questions and anchors', () => {
    const ids = new Set(readData('skills').map((s) => s.id));
    expect(items.filter((i) => i.skill && !ids.has(i.skill)).map((i) => i.id)).toEqual([]);
    expect(competencies.length).toBeGreaterThan(0);
  });

  it('the Markdown kit holds every competency, question and anchor', () => {
    const html = parse(
      micromark(kitMarkdown(competencies, labels), { extensions: [gfm()], htmlExtensions: [gfmHtml()] }),
    );
    const text = html.textContent;
    for (const c of competencies) {
      expect(html.querySelectorAll('h2').map((h) => h.textContent)).toContain(c.name);
      for (const q of c.interview) {
        expect(text).toContain(q.question);
        for (const point of q.covers ?? []) expect(text).toContain(point);
      }
      for (const a of Object.values(c.anchors)) expect(text).toContain(a);
    }
    // The scorecard table at the end has a row per competency.
    expect(html.querySelectorAll('table tbody tr')).toHaveLength(competencies.length);
  });

  it('the scorecard page has a row per competency with the three anchors and empty cells to fill in', () => {
    const page = parse(scorecardHtml(competencies, labels));
    const rows = page.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(competencies.length);
    rows.forEach((row, i) => {
      const c = competencies[i]!;
      expect(row.querySelector('th')!.textContent).toContain(c.name);
      expect(row.querySelectorAll('td').map((td) => td.textContent)).toEqual([
        c.anchors.one,
        c.anchors.three,
        c.anchors.five,
        '',
        '',
      ]);
    });
    expect(page.querySelectorAll('script')).toHaveLength(0);
  });
});
