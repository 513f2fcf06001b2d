/**
 * The interview loop planner's logic: which interviews a loop holds, which focus competency each
 * one tests, which questions its interviewer asks, and whether every competency is tested exactly
 * once. Pure and unit-tested (tests/unit/interview-loop.test.ts); the page only wires it up.
 */

export const MIN_FOCUS = 4;
export const MAX_FOCUS = 6;

export type Format = 'past-behavior' | 'scenario' | 'case';
export type Track = 'any' | 'people-manager';

export interface StageSpec {
  id: string;
  order: number;
  minutes: number;
  track: Track;
  formats: readonly Format[];
  fits: readonly string[];
  capacity: number;
}

export interface QuestionSpec {
  id: string;
  skill: string;
  order: number;
  format: Format;
  minutes: number;
  track: Track;
}

/** Each focus competency with the ids of the stages that test it (exactly one when all is well). */
export type Assignment = Record<string, string[]>;

export type FocusProblem = { code: 'tooFew' | 'tooMany'; count: number } | undefined;

/** Minutes of each interview kept for the introduction and the candidate's own questions. */
export const OPENING_MINUTES = 5;

export function focusProblem(focus: readonly string[]): FocusProblem {
  if (focus.length < MIN_FOCUS) return { code: 'tooFew', count: focus.length };
  if (focus.length > MAX_FOCUS) return { code: 'tooMany', count: focus.length };
  return undefined;
}

/** The interviews of a loop in order: the people-leadership one only when the role leads PMs. */
export function activeStages<S extends StageSpec>(stages: readonly S[], leadsPms: boolean): S[] {
  return stages.filter((s) => s.track === 'any' || leadsPms).sort((a, b) => a.order - b.order);
}

/**
 * Proposes one stage for each focus competency. The competencies with the fewest fitting stages
 * are placed first, each in the fitting stage with the most room left (ties: the stage that lists
 * it higher, then the earlier stage), so no interview is overloaded while another sits idle. A
 * competency no fitting stage has room for goes to the stage with the most room.
 */
export function proposeAssignment(
  focus: readonly string[],
  stages: readonly StageSpec[],
  leadsPms: boolean,
): Assignment {
  const loop = activeStages(stages, leadsPms);
  const load = new Map(loop.map((s) => [s.id, 0]));
  const room = (s: StageSpec) => s.capacity - load.get(s.id)!;
  const fitting = (skill: string) => loop.filter((s) => s.fits.includes(skill));
  const queue = [...focus].sort((a, b) => fitting(a).length - fitting(b).length);
  const assignment: Assignment = {};
  for (const skill of queue) {
    const open = fitting(skill).filter((s) => room(s) > 0);
    const pool = open.length > 0 ? open : loop;
    const best = [...pool].sort(
      (a, b) =>
        room(b) - room(a) ||
        (open.length > 0 ? a.fits.indexOf(skill) - b.fits.indexOf(skill) : 0) ||
        a.order - b.order,
    )[0];
    if (!best) continue;
    load.set(best.id, load.get(best.id)! + 1);
    assignment[skill] = [best.id];
  }
  // Keys in the reader's order, so the matrix lists competencies as they were picked.
  return Object.fromEntries(focus.filter((f) => assignment[f]).map((f) => [f, assignment[f]!]));
}

/** The focus competencies a stage tests, in focus order. */
export function competenciesOf(stageId: string, assignment: Assignment, focus: readonly string[]): string[] {
  return focus.filter((skill) => assignment[skill]?.includes(stageId));
}

/**
 * The questions one stage asks about one competency: those the role's track allows, formats that
 * suit the stage first (and, in the people-leadership interview, the questions for managers of
 * PMs first), then the bank's order; as many as fit the competency's share of the stage's
 * minutes, and always at least one when the bank has any.
 */
export function pickQuestions<Q extends QuestionSpec>(
  stage: StageSpec,
  skill: string,
  share: number,
  questions: readonly Q[],
  leadsPms: boolean,
): Q[] {
  const allowed = questions.filter((q) => q.skill === skill && (q.track === 'any' || leadsPms));
  const formatRank = (q: Q) => {
    const i = stage.formats.indexOf(q.format);
    return i === -1 ? stage.formats.length : i;
  };
  const trackRank = (q: Q) => (stage.track === 'people-manager' && q.track === 'people-manager' ? 0 : 1);
  const ranked = [...allowed].sort(
    (a, b) => formatRank(a) - formatRank(b) || trackRank(a) - trackRank(b) || a.order - b.order,
  );
  const picked: Q[] = [];
  let used = 0;
  for (const q of ranked) {
    if (picked.length > 0 && used + q.minutes > share) continue;
    picked.push(q);
    used += q.minutes;
  }
  return picked.sort((a, b) => a.order - b.order);
}

export interface PlannedStage<S extends StageSpec, Q extends QuestionSpec> {
  stage: S;
  /** Minutes from the start of the loop to the start of this interview. */
  startsAt: number;
  competencies: { skill: string; questions: Q[] }[];
}

export interface LoopPlan<S extends StageSpec, Q extends QuestionSpec> {
  /** Every interview of the loop that tests at least one competency, in order. */
  stages: PlannedStage<S, Q>[];
  totalMinutes: number;
}

/** The loop a (possibly edited) assignment gives: the interviews in use, their questions and times. */
export function buildLoop<S extends StageSpec, Q extends QuestionSpec>(
  assignment: Assignment,
  focus: readonly string[],
  stages: readonly S[],
  questions: readonly Q[],
  leadsPms: boolean,
): LoopPlan<S, Q> {
  const planned: PlannedStage<S, Q>[] = [];
  let clock = 0;
  for (const stage of activeStages(stages, leadsPms)) {
    const skills = competenciesOf(stage.id, assignment, focus);
    if (skills.length === 0) continue;
    const share = Math.floor((stage.minutes - OPENING_MINUTES) / skills.length);
    planned.push({
      stage,
      startsAt: clock,
      competencies: skills.map((skill) => ({
        skill,
        questions: pickQuestions(stage, skill, share, questions, leadsPms),
      })),
    });
    clock += stage.minutes;
  }
  return { stages: planned, totalMinutes: clock };
}

export interface Coverage {
  /** Competencies tested in two or more interviews, with those interviews. */
  doubles: { skill: string; stages: string[] }[];
  /** Competencies no interview tests. */
  gaps: string[];
  /** Interviews of the loop that test nothing (they drop out of the timeline). */
  idle: string[];
}

export function coverage(
  assignment: Assignment,
  focus: readonly string[],
  stages: readonly StageSpec[],
  leadsPms: boolean,
): Coverage {
  const loop = activeStages(stages, leadsPms);
  const inLoop = (id: string) => loop.some((s) => s.id === id);
  const doubles: Coverage['doubles'] = [];
  const gaps: string[] = [];
  for (const skill of focus) {
    const where = (assignment[skill] ?? []).filter(inLoop);
    if (where.length === 0) gaps.push(skill);
    if (where.length > 1) doubles.push({ skill, stages: where });
  }
  const idle = loop.filter((s) => competenciesOf(s.id, assignment, focus).length === 0).map((s) => s.id);
  return { doubles, gaps, idle };
}

export const isCovered = (c: Coverage) => c.doubles.length === 0 && c.gaps.length === 0;

/** Turns one cell of the matrix on or off; returns a new assignment. */
export function toggleCell(assignment: Assignment, skill: string, stageId: string, on: boolean): Assignment {
  const current = assignment[skill] ?? [];
  const next = on ? [...new Set([...current, stageId])] : current.filter((id) => id !== stageId);
  return { ...assignment, [skill]: next };
}

/** Moves a competency to one stage only. */
export const moveTo = (assignment: Assignment, skill: string, stageId: string): Assignment => ({
  ...assignment,
  [skill]: [stageId],
});

/**
 * The competencies a job-description draft's lines name, in the order the skills are listed,
 * from the refs of its lines ("jd:<id>" of jd-items.yaml) and a map of each ref to its skill.
 */
export function skillsFromLines(
  refs: readonly (string | undefined)[],
  skillOfRef: ReadonlyMap<string, string>,
  skillOrder: readonly string[],
): string[] {
  const named = new Set(refs.flatMap((r) => (r && skillOfRef.has(r) ? [skillOfRef.get(r)!] : [])));
  return skillOrder.filter((id) => named.has(id));
}
