/**
 * The 90-day plan: which lines of src/data/first-90-days.yaml fit a reader's answers, the reader's
 * own edits laid over them, and the state as data that storage and links both carry. Pure (no
 * DOM), so every rule is unit-tested; reading never throws, whatever a link or storage holds.
 */
import { cleanText } from '../../lib/clean-text';
import {
  DEFAULT_ANSWERS,
  PLAN_QUESTION_IDS,
  PLAN_QUESTIONS,
  WEEKS,
  phaseOfWeek,
  type Dimension,
  type Phase,
  type PlanAnswers,
  type PlanQuestion,
} from './plan-model';

/** What the tool needs of a plan line from the data. */
export interface StepData {
  id: string;
  order: number;
  phase: Phase;
  week: number;
  kind: 'step' | 'checkpoint';
  when: { [Q in PlanQuestion]?: readonly string[] | undefined };
  action: string;
  artifact: string;
  checkpoint: string;
  dimension: Dimension;
  skills: readonly string[];
}

export function stepFits(step: StepData, answers: PlanAnswers): boolean {
  return PLAN_QUESTION_IDS.every((q) => {
    const allowed = step.when[q];
    return allowed === undefined || allowed.includes(answers[q]);
  });
}

/** The data's lines for these answers, week by week, in the data's order within a week. */
export function generatePlan(steps: readonly StepData[], answers: PlanAnswers): StepData[] {
  return steps.filter((s) => stepFits(s, answers)).sort((a, b) => a.week - b.week || a.order - b.order);
}

// ---------------------------------------------------------------------------------------------
// The reader's plan: answers, a start date, edits to the generated lines, lines of their own.

/** Caps shown beside the field that passes them; text is never cut. */
export const MAX_LINE = 1000;
export const MAX_OWN_LINES = 60;

export interface OwnLine {
  id: string;
  week: number;
  text: string;
}

export interface PlanState {
  answers: PlanAnswers;
  /** The first day of week 1, YYYY-MM-DD, or '' for a plan without dates. */
  start: string;
  /** Reworded lines, by step id. */
  edits: Record<string, string>;
  /** Step ids the reader took out of the plan. */
  removed: string[];
  own: OwnLine[];
}

export const emptyState = (answers: PlanAnswers = DEFAULT_ANSWERS): PlanState => ({
  answers: { ...answers },
  start: '',
  edits: {},
  removed: [],
  own: [],
});

export interface PlanLine {
  /** The step id, or the own line's id. */
  key: string;
  own: boolean;
  week: number;
  phase: Phase;
  kind: 'step' | 'checkpoint' | 'own';
  text: string;
  /** The text the data gives, so a reworded line can go back to it. */
  original?: string;
  artifact?: string;
  checkpoint?: string;
  dimension?: Dimension;
  skills: readonly string[];
  edited: boolean;
}

export interface PlanWeek {
  week: number;
  phase: Phase;
  lines: PlanLine[];
}

export interface PlanView {
  weeks: PlanWeek[];
  /** Edits and removals of lines these answers leave out: kept, and back if the answers change back. */
  setAside: number;
}

export function planView(steps: readonly StepData[], state: PlanState): PlanView {
  const plan = generatePlan(steps, state.answers);
  const inPlan = new Set(plan.map((s) => s.id));
  const removed = new Set(state.removed);
  const weeks: PlanWeek[] = Array.from({ length: WEEKS }, (_, i) => ({
    week: i + 1,
    phase: phaseOfWeek(i + 1) ?? 'deliver',
    lines: [],
  }));
  for (const step of plan) {
    if (removed.has(step.id)) continue;
    const edit = state.edits[step.id];
    weeks[step.week - 1]?.lines.push({
      key: step.id,
      own: false,
      week: step.week,
      phase: step.phase,
      kind: step.kind,
      text: edit ?? step.action,
      original: step.action,
      artifact: step.artifact,
      checkpoint: step.checkpoint,
      dimension: step.dimension,
      skills: step.skills,
      edited: edit !== undefined,
    });
  }
  for (const line of state.own) {
    weeks[line.week - 1]?.lines.push({
      key: line.id,
      own: true,
      week: line.week,
      phase: phaseOfWeek(line.week) ?? 'deliver',
      kind: 'own',
      text: line.text,
      skills: [],
      edited: false,
    });
  }
  const touched = new Set([...Object.keys(state.edits), ...state.removed]);
  const setAside = [...touched].filter((id) => !inPlan.has(id)).length;
  return { weeks, setAside };
}

/** The lines of a phase, for the phase headings of the page and the export. */
export const phaseWeeks = (view: PlanView, phase: Phase) => view.weeks.filter((w) => w.phase === phase);

/** Lines over MAX_LINE, by key, so the form can say which ones will not save. */
export function overLongLines(state: PlanState): string[] {
  return [
    ...Object.entries(state.edits).flatMap(([id, text]) => (text.length > MAX_LINE ? [id] : [])),
    ...state.own.flatMap((l) => (l.text.length > MAX_LINE ? [l.id] : [])),
  ];
}

// ---------------------------------------------------------------------------------------------
// Dates.

/** Parses YYYY-MM-DD as a real calendar date in UTC, or undefined. */
export function parseIsoDate(value: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value ? date : undefined;
}

/** The first day of a week of the plan, YYYY-MM-DD, or '' when the plan has no start date. */
export function weekStart(start: string, week: number): string {
  const date = parseIsoDate(start);
  if (!date) return '';
  date.setUTCDate(date.getUTCDate() + (week - 1) * 7);
  return date.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// The state as plain data, for storage and for links. Every field of the data is checked.

export type PlanDropped = {
  /** Edits or removals naming a line the guide no longer has. */
  unknownLine: number;
  /** Own lines that were not text in a week of the plan, or past MAX_OWN_LINES. */
  badLine: number;
  /** Answers that are not one of the question's options (the default stands in). */
  badAnswer: number;
};

export function planToData(state: PlanState): Record<string, unknown> {
  return {
    answers: state.answers,
    start: state.start,
    edits: state.edits,
    removed: state.removed,
    own: state.own.map((l) => [l.week, l.text]),
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A complete state from data of unknown origin, and what had to be left out. */
export function planFromData(
  data: Record<string, unknown>,
  stepIds: readonly string[],
): { value: PlanState; dropped: PlanDropped } {
  const dropped: PlanDropped = { unknownLine: 0, badLine: 0, badAnswer: 0 };
  const known = new Set(stepIds);
  const answers = { ...DEFAULT_ANSWERS };
  const rawAnswers = isRecord(data['answers']) ? data['answers'] : {};
  for (const q of PLAN_QUESTION_IDS) {
    const value = Object.hasOwn(rawAnswers, q) ? rawAnswers[q] : undefined;
    if (value === undefined) continue;
    if (typeof value === 'string' && (PLAN_QUESTIONS[q] as readonly string[]).includes(value)) {
      (answers as Record<string, string>)[q] = value;
    } else dropped.badAnswer++;
  }
  const start = typeof data['start'] === 'string' && parseIsoDate(data['start']) ? data['start'] : '';
  const edits: Record<string, string> = {};
  const rawEdits = isRecord(data['edits']) ? data['edits'] : {};
  // Walk the stored keys but keep only our own ids, so "__proto__" and friends never land.
  for (const [id, text] of Object.entries(rawEdits)) {
    if (known.has(id) && typeof text === 'string') edits[id] = cleanText(text);
    else dropped.unknownLine++;
  }
  const removed: string[] = [];
  for (const id of Array.isArray(data['removed']) ? data['removed'] : []) {
    if (typeof id === 'string' && known.has(id) && !removed.includes(id)) removed.push(id);
    else dropped.unknownLine++;
  }
  const own: OwnLine[] = [];
  for (const item of Array.isArray(data['own']) ? data['own'] : []) {
    const [week, text] = Array.isArray(item) ? item : [];
    const fits = Number.isInteger(week) && week >= 1 && week <= WEEKS && typeof text === 'string';
    if (!fits || own.length >= MAX_OWN_LINES) {
      dropped.badLine++;
      continue;
    }
    own.push({ id: `own-${own.length + 1}`, week: week as number, text: cleanText(text as string) });
  }
  return { value: { answers, start, edits, removed, own }, dropped };
}

/** The next free id for an own line. */
export function nextOwnId(state: PlanState): string {
  let n = state.own.length + 1;
  const taken = new Set(state.own.map((l) => l.id));
  while (taken.has(`own-${n}`)) n++;
  return `own-${n}`;
}

/** Answers from a query string (?situation=new&lead=ic...), for links into a fresh plan. */
export function answersFromParams(params: URLSearchParams): {
  answers: Partial<PlanAnswers>;
  dropped: number;
} {
  const answers: Partial<PlanAnswers> = {};
  let dropped = 0;
  for (const q of PLAN_QUESTION_IDS) {
    const value = params.get(q);
    if (value === null) continue;
    if ((PLAN_QUESTIONS[q] as readonly string[]).includes(value))
      (answers as Record<string, string>)[q] = value;
    else dropped++;
  }
  return { answers, dropped };
}
