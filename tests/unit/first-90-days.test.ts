import { describe, expect, it } from 'vitest';
import {
  answersFromParams,
  emptyState,
  generatePlan,
  nextOwnId,
  overLongLines,
  parseIsoDate,
  planFromData,
  planToData,
  planView,
  weekStart,
  MAX_LINE,
  MAX_OWN_LINES,
  type PlanState,
  type StepData,
} from '../../src/components/FirstNinetyDays/plan-logic';
import {
  DEFAULT_ANSWERS,
  PHASES,
  PHASE_WEEKS,
  PLAN_QUESTIONS,
  PLAN_QUESTION_IDS,
  WEEKS,
  type PlanAnswers,
} from '../../src/components/FirstNinetyDays/plan-model';
import { readData } from '../support/data-files';

const steps: StepData[] = readData('planSteps');
const stepIds = steps.map((s) => s.id);
const skillIds = new Set(readData('skills').map((s) => s.id));

/** Every combination of the five answers: 2 x 2 x 3 x 2 x 3 = 72 plans. */
function everyAnswer(): PlanAnswers[] {
  let combos: Partial<PlanAnswers>[] = [{}];
  for (const q of PLAN_QUESTION_IDS) {
    combos = combos.flatMap((c) => PLAN_QUESTIONS[q].map((o) => ({ ...c, [q]: o })));
  }
  return combos as PlanAnswers[];
}

describe('plan generation', () => {
  const all = everyAnswer();

  it('covers all 72 combinations of answers', () => {
    expect(all).toHaveLength(72);
  });

  it.each(all.map((a) => [Object.values(a).join(' / '), a] as const))('%s: a full plan', (_name, answers) => {
    const plan = generatePlan(steps, answers);
    // Every week has work, and every phase closes with a checkpoint in its last week.
    for (let week = 1; week <= WEEKS; week++) expect(plan.some((s) => s.week === week)).toBe(true);
    for (const phase of PHASES) {
      const last = plan.filter((s) => s.week === PHASE_WEEKS[phase].to);
      expect(last.some((s) => s.kind === 'checkpoint')).toBe(true);
    }
    // Ties to every ladder dimension and to skills that exist.
    expect(new Set(plan.map((s) => s.dimension))).toEqual(
      new Set(['scope', 'team', 'decisions', 'outcomes', 'promotion']),
    );
    for (const step of plan) for (const skill of step.skills) expect(skillIds.has(skill)).toBe(true);
    // A sensible length, in week order, each line once.
    expect(plan.length).toBeGreaterThanOrEqual(22);
    expect(plan.length).toBeLessThanOrEqual(36);
    expect(plan.map((s) => s.week)).toEqual([...plan.map((s) => s.week)].sort((a, b) => a - b));
    expect(new Set(plan.map((s) => s.id)).size).toBe(plan.length);
  });

  it('gives people leads and individual-contributor leads different team work', () => {
    const people = generatePlan(steps, { ...DEFAULT_ANSWERS, lead: 'people' }).map((s) => s.id);
    const ic = generatePlan(steps, { ...DEFAULT_ANSWERS, lead: 'ic' }).map((s) => s.id);
    expect(people).toContain('growth-plans');
    expect(people).not.toContain('working-agreements');
    expect(ic).toContain('working-agreements');
    expect(ic).not.toContain('growth-plans');
  });

  it('uses every line of the data in some plan', () => {
    const used = new Set(all.flatMap((a) => generatePlan(steps, a).map((s) => s.id)));
    expect(stepIds.filter((id) => !used.has(id))).toEqual([]);
  });
});

describe('the reader’s plan', () => {
  it('lays edits, removals and own lines over the generated plan', () => {
    const state: PlanState = {
      ...emptyState(),
      edits: { 'learn-the-numbers': 'Learn the five numbers the CFO watches.' },
      removed: ['architecture-walkthrough'],
      own: [{ id: 'own-1', week: 2, text: 'Lunch with the support team.' }],
    };
    const view = planView(steps, state);
    const week3 = view.weeks[2]!.lines;
    expect(week3.find((l) => l.key === 'learn-the-numbers')).toMatchObject({
      text: 'Learn the five numbers the CFO watches.',
      edited: true,
    });
    expect(week3.some((l) => l.key === 'architecture-walkthrough')).toBe(false);
    expect(view.weeks[1]!.lines.at(-1)).toMatchObject({ own: true, kind: 'own', phase: 'listen' });
    expect(view.setAside).toBe(0);
  });

  it('keeps edits to lines that other answers leave out, and counts them', () => {
    const state: PlanState = {
      ...emptyState({ ...DEFAULT_ANSWERS, lead: 'ic' }),
      edits: { 'growth-plans': 'Growth plans with the two PMs.' },
    };
    expect(planView(steps, state).setAside).toBe(1);
    const back = planView(steps, { ...state, answers: { ...state.answers, lead: 'people' } });
    expect(back.setAside).toBe(0);
    expect(back.weeks[4]!.lines.find((l) => l.key === 'growth-plans')?.text).toBe(
      'Growth plans with the two PMs.',
    );
  });

  it('names lines too long to save', () => {
    const state = { ...emptyState(), own: [{ id: 'own-1', week: 1, text: 'x'.repeat(MAX_LINE + 1) }] };
    expect(overLongLines(state)).toEqual(['own-1']);
  });

  it('finds a free id for a new own line', () => {
    const state = { ...emptyState(), own: [{ id: 'own-2', week: 1, text: 'a' }] };
    expect(nextOwnId(state)).toBe('own-3');
  });
});

describe('dates', () => {
  it('reads only real calendar dates', () => {
    expect(parseIsoDate('2027-01-04')).toBeDefined();
    expect(parseIsoDate('2027-02-30')).toBeUndefined();
    expect(parseIsoDate('04/01/2027')).toBeUndefined();
  });

  it('dates each week from the start', () => {
    expect(weekStart('2027-01-04', 1)).toBe('2027-01-04');
    expect(weekStart('2027-01-04', 13)).toBe('2027-03-29');
    expect(weekStart('', 2)).toBe('');
  });
});

describe('the plan as data', () => {
  it('round-trips a plan', () => {
    const state: PlanState = {
      answers: { situation: 'new', lead: 'ic', stage: 'enterprise', market: 'b2c', pms: 'many' },
      start: '2027-01-04',
      edits: { 'first-bet': 'Pick the first bet — in Persian: شرط اول' },
      removed: ['watch-users'],
      own: [{ id: 'own-1', week: 13, text: 'Celebrate.' }],
    };
    const data = JSON.parse(JSON.stringify(planToData(state)));
    expect(planFromData(data, stepIds)).toEqual({
      value: state,
      dropped: { unknownLine: 0, badLine: 0, badAnswer: 0 },
    });
  });

  it('drops and counts hostile or stale values without throwing', () => {
    const data = JSON.parse(
      '{"answers":{"situation":"<img src=x>","lead":"ic","__proto__":{"x":1}},"start":"2027-02-30",' +
        '"edits":{"__proto__":"x","no-such-line":"y","first-bet":"ok\\u0000"},' +
        '"removed":["first-bet","first-bet",7,"gone"],"own":[[0,"x"],[14,"y"],["3","z"],[3,{"a":1}],[3,"fine"]]}',
    );
    const { value, dropped } = planFromData(data, stepIds);
    expect(value.answers).toEqual({ ...DEFAULT_ANSWERS, lead: 'ic' });
    expect(value.start).toBe('');
    expect(value.edits).toEqual({ 'first-bet': 'ok' });
    expect(Object.getPrototypeOf(value.edits)).toBe(Object.prototype);
    expect(value.removed).toEqual(['first-bet']);
    expect(value.own).toEqual([{ id: 'own-1', week: 3, text: 'fine' }]);
    expect(dropped).toEqual({ unknownLine: 5, badLine: 4, badAnswer: 1 });
  });

  it('stops at the most own lines a plan holds', () => {
    const own = Array.from({ length: MAX_OWN_LINES + 5 }, (_, i) => [1, `line ${i}`]);
    const { value, dropped } = planFromData({ own }, stepIds);
    expect(value.own).toHaveLength(MAX_OWN_LINES);
    expect(dropped.badLine).toBe(5);
  });

  it('reads answers from a link and counts what it cannot use', () => {
    expect(answersFromParams(new URLSearchParams('situation=new&lead=boss&pms=many&x=1'))).toEqual({
      answers: { situation: 'new', pms: 'many' },
      dropped: 1,
    });
  });
});

describe('the words the tools look up', () => {
  it('has every UI string the plan, the promotion case and the decoder build a key for', async () => {
    const { readFileSync } = await import('node:fs');
    const en = JSON.parse(readFileSync('src/content/i18n/en.json', 'utf8')) as Record<string, string>;
    const { PLAN_UI_KEYS } = await import('../../src/components/FirstNinetyDays/plan-model');
    const { CASE_UI_KEYS } = await import('../../src/components/PromotionCase/case-logic');
    const { CHOICE_QUESTIONS, optionsOf } = await import('../../src/components/TitleDecoder/decoder-logic');
    const keys = [
      ...PLAN_UI_KEYS.map((k) => `guide.plan.${k}`),
      ...PLAN_QUESTION_IDS.flatMap((q) => [
        `guide.plan.q.${q}`,
        ...PLAN_QUESTIONS[q].map((o) => `guide.plan.o.${q}.${o}`),
      ]),
      ...PHASES.flatMap((p) => [`guide.plan.phase.${p}`, `guide.plan.phaseIntro.${p}`]),
      ...CASE_UI_KEYS.map((k) => `guide.case.${k}`),
      ...CHOICE_QUESTIONS.flatMap((q) => [
        `guide.decoder.question.${q}`,
        ...optionsOf(q).map((o) => `guide.decoder.${q}.${o}`),
      ]),
    ];
    expect(keys.filter((k) => !(k in en))).toEqual([]);
  });
});
