/**
 * The plan as Markdown, for the download. Pure: every piece of text, the reader's and the data's,
 * goes through the shared escaping, so a line can never turn into markup or a link.
 */
import { escapeMarkdown, markdownParagraph } from '../../lib/escape';
import { formatDate, formatNumber } from '../../lib/locale';
import { fill } from '../../lib/template';
import { PHASES, PHASE_WEEKS, PLAN_QUESTION_IDS } from './plan-model';
import { weekStart, type PlanState, type PlanView } from './plan-logic';
import type { PlanData } from './plan-data';

export const PLAN_FILE_NAME = 'lead-pm-first-90-days.md';

/** The line of a week's heading: "Week 3" or "Week 3, from Jan 18, 2027". */
export function weekTitle(week: number, state: PlanState, data: Pick<PlanData, 'ui' | 'locale'>): string {
  const n = formatNumber(week, data.locale);
  const start = weekStart(state.start, week);
  return start
    ? fill(data.ui['weekFrom'] ?? '', { week: n, date: formatDate(start, data.locale) })
    : fill(data.ui['week'] ?? '', { week: n });
}

export function phaseTitle(
  phase: (typeof PHASES)[number],
  data: Pick<PlanData, 'ui' | 'locale' | 'phases'>,
): string {
  return fill(data.ui['phaseHeading'] ?? '', {
    from: formatNumber(PHASE_WEEKS[phase].from, data.locale),
    to: formatNumber(PHASE_WEEKS[phase].to, data.locale),
    phase: data.phases[phase]?.name ?? phase,
  });
}

export function planMarkdown(view: PlanView, state: PlanState, data: PlanData): string {
  const ui = (key: string) => data.ui[key] ?? key;
  const out: string[] = [`# ${escapeMarkdown(ui('mdTitle'))}`, ''];
  const answers = PLAN_QUESTION_IDS.map(
    (q) => `${data.questions[q] ?? q}: ${data.options[q]?.[state.answers[q]] ?? state.answers[q]}`,
  );
  out.push(`**${escapeMarkdown(ui('mdAnswers'))}:** ${escapeMarkdown(answers.join(data.semicolon))}`);
  if (state.start)
    out.push(
      '',
      `**${escapeMarkdown(ui('mdStart'))}:** ${escapeMarkdown(formatDate(state.start, data.locale))}`,
    );
  for (const phase of PHASES) {
    out.push(
      '',
      `## ${escapeMarkdown(phaseTitle(phase, data))}`,
      '',
      markdownParagraph(data.phases[phase]?.intro ?? ''),
    );
    for (const week of view.weeks.filter((w) => w.phase === phase)) {
      out.push('', `### ${escapeMarkdown(weekTitle(week.week, state, data))}`, '');
      for (const line of week.lines) {
        const badge =
          line.kind === 'checkpoint'
            ? `**${escapeMarkdown(ui('checkpoint'))}:** `
            : line.own
              ? `*${escapeMarkdown(ui('own'))}:* `
              : '';
        // A task list item, so the plan can be ticked off in editors that support it.
        out.push(`- [ ] ${badge}${markdownParagraph(line.text).replace(/\n/g, '\n  ')}`);
        if (line.artifact)
          out.push(`  - ${escapeMarkdown(ui('artifact'))}: ${escapeMarkdown(line.artifact)}`);
        if (line.checkpoint)
          out.push(`  - ${escapeMarkdown(ui('doneWhen'))}: ${escapeMarkdown(line.checkpoint)}`);
        if (line.dimension) {
          const skills = line.skills.map((id) => data.skills[id]?.name ?? id).join(data.list);
          const dimension = data.dimensions[line.dimension]?.name ?? line.dimension;
          out.push(
            `  - ${escapeMarkdown(ui('dimension'))}: ${escapeMarkdown(dimension)}; ${escapeMarkdown(ui('skills'))}: ${escapeMarkdown(skills)}`,
          );
        }
      }
    }
  }
  out.push('', '---', '', markdownParagraph(ui('mdMadeWith')), '');
  return out.join('\n');
}
