/** Competencies as plain objects, shared by the kit, the scorecard and their files. */
import { getCompetencies, getInterviewQuestions } from '../../lib/content';
import type { Lang } from '../../lib/locale';
import type { Competency } from './kit-documents';

/** The competencies in the page's language ("en" or "fa"). */
export async function loadCompetencies(lang: Lang): Promise<Competency[]> {
  const questions = await getInterviewQuestions(lang);
  return (await getCompetencies(lang)).map(({ skill, lines }) => ({
    id: skill.id,
    name: skill.name,
    summary: skill.summary,
    leadBar: skill.bars.lead,
    anchors: skill.anchors,
    interview: questions
      .filter((q) => q.skill === skill.id)
      .map(({ question, probes, strong, weak, format, minutes, track, covers }) => ({
        question,
        probes,
        strong,
        weak,
        format,
        minutes,
        track,
        covers,
      })),
    lines: lines.map((l) => ({ id: l.id, kind: l.kind, text: l.text })),
  }));
}
