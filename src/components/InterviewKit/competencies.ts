/** Competencies as plain objects, shared by the kit, the scorecard and their files. */
import { getCompetencies } from '../../lib/content';
import type { Competency } from './kit-documents';

export async function loadCompetencies(): Promise<Competency[]> {
  const entries = await getCompetencies();
  if (entries.length === 0) throw new Error('<InterviewKit>: src/data/skills.yaml has no entries.');
  return entries.map(({ skill, lines }) => ({
    id: skill.id,
    name: skill.data.name,
    summary: skill.data.summary,
    leadBar: skill.data.leadBar,
    anchors: skill.data.anchors,
    interview: skill.data.interview,
    lines: lines.map((l) => ({ id: l.id, kind: l.data.kind, text: l.data.text })),
  }));
}
