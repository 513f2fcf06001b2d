/**
 * What the plan's page hands its client script, built at build time from the data and the UI
 * strings. Shared by FirstNinetyDays.astro (which fills it) and plan.client.ts (which reads it).
 */
import { getPlanSteps, getSkills } from '../../lib/content';
import { withBase } from '../../lib/base-path';
import { intlLocale, localePath, punctuation, type Lang } from '../../lib/locale';
import { DIMENSIONS, PHASES, PLAN_QUESTIONS, PLAN_QUESTION_IDS, PLAN_UI_KEYS } from './plan-model';
import type { StepData } from './plan-logic';

export interface PlanData {
  lang: Lang;
  locale: string;
  steps: StepData[];
  skills: Record<string, { name: string; href: string }>;
  dimensions: Record<string, { name: string; href: string }>;
  /** Option labels by question, then option. */
  options: Record<string, Record<string, string>>;
  questions: Record<string, string>;
  phases: Record<string, { name: string; intro: string }>;
  /** Every guide.plan.* string, by the part of its key after "guide.plan.". */
  ui: Record<string, string>;
  /** The punctuation between the parts of a short line (" · ", or " – " in Persian). */
  sep: string;
  /** The punctuation between list items (", ", or "، " in Persian). */
  list: string;
  /** The punctuation between clauses ("; ", or "؛ " in Persian). */
  semicolon: string;
}

type T = (key: string) => string;

export async function planData(lang: Lang, t: T, base: string): Promise<PlanData> {
  const page = (path: string) => withBase(`/${localePath(path, lang)}`, base);
  const skills = await getSkills(lang);
  return {
    lang,
    locale: intlLocale(lang),
    steps: (await getPlanSteps(lang)).map(
      ({ id, order, phase, week, kind, when, action, artifact, checkpoint, dimension, skills: ids }) => ({
        id,
        order,
        phase,
        week,
        kind,
        when,
        action,
        artifact,
        checkpoint,
        dimension,
        skills: ids,
      }),
    ),
    skills: Object.fromEntries(
      skills.map((s) => [s.id, { name: s.name, href: `${page('role/skills/')}#${s.id}` }]),
    ),
    dimensions: Object.fromEntries(
      DIMENSIONS.map((d) => [d, { name: t(`guide.level.${d}`), href: page('career/ladder/') }]),
    ),
    options: Object.fromEntries(
      PLAN_QUESTION_IDS.map((q) => [
        q,
        Object.fromEntries(PLAN_QUESTIONS[q].map((o) => [o, t(`guide.plan.o.${q}.${o}`)])),
      ]),
    ),
    questions: Object.fromEntries(PLAN_QUESTION_IDS.map((q) => [q, t(`guide.plan.q.${q}`)])),
    phases: Object.fromEntries(
      PHASES.map((p) => [p, { name: t(`guide.plan.phase.${p}`), intro: t(`guide.plan.phaseIntro.${p}`) }]),
    ),
    ui: Object.fromEntries(PLAN_UI_KEYS.map((k) => [k, t(`guide.plan.${k}`)])),
    sep: punctuation(lang).sep,
    list: punctuation(lang).list,
    semicolon: `${punctuation(lang).semicolon} `,
  };
}
