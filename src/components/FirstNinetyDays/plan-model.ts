/**
 * The words the 90-day plan is built from: the five answers a reader gives, the four phases and
 * the weeks each covers, and the ladder dimensions a step is tied to. Dependency-free, so the
 * schema, the build and the client script share one list.
 */

/** Each question and its options; the first option is the default. */
export const PLAN_QUESTIONS = {
  /** An existing team and roadmap, or an area that is new. */
  situation: ['inherited', 'new'],
  /** Line manager of the PMs, or an individual contributor who coordinates them. */
  lead: ['people', 'ic'],
  stage: ['startup', 'scaleup', 'enterprise'],
  market: ['b2b', 'b2c'],
  /** How many PMs the lead works with: 1-2, 3-5, 6 or more. */
  pms: ['few', 'some', 'many'],
} as const;

export type PlanQuestion = keyof typeof PLAN_QUESTIONS;
export const PLAN_QUESTION_IDS = Object.keys(PLAN_QUESTIONS) as PlanQuestion[];
export type PlanAnswers = { [Q in PlanQuestion]: (typeof PLAN_QUESTIONS)[Q][number] };

export const DEFAULT_ANSWERS: PlanAnswers = {
  situation: 'inherited',
  lead: 'people',
  stage: 'scaleup',
  market: 'b2b',
  pms: 'some',
};

/** The plan's four phases and the weeks of each, in order. */
export const PHASES = ['listen', 'diagnose', 'decide', 'deliver'] as const;
export type Phase = (typeof PHASES)[number];
export const PHASE_WEEKS: Record<Phase, { from: number; to: number }> = {
  listen: { from: 1, to: 3 },
  diagnose: { from: 4, to: 6 },
  decide: { from: 7, to: 9 },
  deliver: { from: 10, to: 13 },
};
export const WEEKS = 13;

export function phaseOfWeek(week: number): Phase | undefined {
  return PHASES.find((p) => week >= PHASE_WEEKS[p].from && week <= PHASE_WEEKS[p].to);
}

/** The ladder's dimensions (src/data/levels.yaml), which each step builds evidence for. */
export const DIMENSIONS = ['scope', 'team', 'decisions', 'outcomes', 'promotion'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** The guide.plan.* keys the client script uses. */
export const PLAN_UI_KEYS = [
  'phaseHeading',
  'week',
  'weekFrom',
  'checkpoint',
  'own',
  'edited',
  'artifact',
  'doneWhen',
  'dimension',
  'skills',
  'lineLabel',
  'remove',
  'restore',
  'lineHidden',
  'addLine',
  'addLineHidden',
  'bringBack',
  'added',
  'removed',
  'restored',
  'broughtBack',
  'resetDone',
  'rebuilt',
  'downloaded',
  'fromLink',
  'fromSaved',
  'corrupt',
  'linkCorrupt',
  'newer',
  'storedTooLong',
  'dropped',
  'setAside',
  'notSaved',
  'full',
  'lineTooLong',
  'tooLongStatus',
  'otherTab',
  'otherTabCleared',
  'keptMine',
  'loadedOther',
  'tooManyOwn',
  'mdTitle',
  'mdAnswers',
  'mdStart',
  'mdMadeWith',
] as const;
