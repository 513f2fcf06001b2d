/** Competencies as plain objects, shared by the kit, the scorecard and their files. */
import { getCompetencies } from '../../lib/content';
import { localise } from '../../lib/localise';
import type { Competency } from './kit-documents';

/** The competencies in the page's language ("en" or "fa"). */
export async function loadCompetencies(lang: string): Promise<Competency[]> {
  const entries = await getCompetencies();
  if (entries.length === 0) throw new Error('<InterviewKit>: src/data/skills.yaml has no entries.');
  return entries.map(({ skill, lines }) => {
    const data = localise(skill.data, lang);
    return {
      id: skill.id,
      name: data.name,
      summary: data.summary,
      leadBar: data.leadBar,
      anchors: data.anchors,
      interview: data.interview,
      lines: lines.map((l) => ({ id: l.id, kind: l.data.kind, text: localise(l.data, lang).text })),
    };
  });
}
