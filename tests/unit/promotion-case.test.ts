import { describe, expect, it } from 'vitest';
import {
  assessCase,
  caseFromData,
  caseToData,
  emptyCase,
  evidenceProblems,
  gapsOf,
  isMonth,
  newEvidence,
  summariseCase,
  MAX_EVIDENCE,
  type CaseState,
  type Evidence,
} from '../../src/components/PromotionCase/case-logic';
import { caseSkills } from '../support/case-skills';

const skills = caseSkills();
const ids = skills.map((s) => s.id);
const item = (over: Partial<Evidence>): Evidence => ({
  ...newEvidence(emptyCase(), 'communication'),
  ...over,
});

describe('reading a case against the bar', () => {
  it('flags every skill as a gap when there is no evidence', () => {
    const cases = assessCase(skills, emptyCase());
    expect(cases.every((c) => c.status === 'none')).toBe(true);
    expect(gapsOf(cases)).toHaveLength(skills.length);
    // Each gap carries the first step from the skills page.
    expect(cases.every((c) => c.skill.firstStep.length > 20)).toBe(true);
  });

  it('meets the bar with evidence at or above it, and measures the shortfall below it', () => {
    const bar = skills.find((s) => s.id === 'communication')!.bars.lead;
    const state: CaseState = {
      target: 'lead',
      evidence: [
        item({ id: 'ev-1', did: 'Rewrote the launch note', level: bar - 1 }),
        item({ id: 'ev-2', skill: 'innovation', did: 'Ran a discovery sprint', level: 1 }),
        item({ id: 'ev-3', skill: 'analysis-and-data', did: 'Built the funnel', level: null }),
        item({ id: 'ev-4', skill: 'problem-solving', did: '', result: 'A result without a deed' }),
      ],
    };
    const byId = new Map(assessCase(skills, state).map((c) => [c.skill.id, c]));
    expect(byId.get('communication')).toMatchObject({ status: 'below', gap: 1, best: bar - 1 });
    expect(byId.get('analysis-and-data')).toMatchObject({ status: 'unrated', best: null });
    expect(byId.get('problem-solving')).toMatchObject({ status: 'none', drafts: 1 });
    const better = {
      ...state,
      evidence: [...state.evidence, item({ id: 'ev-5', did: 'Ran the QBR', level: bar })],
    };
    expect(assessCase(skills, better).find((c) => c.skill.id === 'communication')?.status).toBe('meets');
  });

  it('reads the same evidence against the bar of the level chosen', () => {
    const state: CaseState = { target: 'senior', evidence: [item({ did: 'x', level: 3 })] };
    const senior = assessCase(skills, state).find((c) => c.skill.id === 'communication')!;
    const group = assessCase(skills, { ...state, target: 'group' }).find(
      (c) => c.skill.id === 'communication',
    )!;
    expect(senior.bar).toBeLessThanOrEqual(group.bar);
    expect(senior.status).toBe('meets');
  });

  it('sums a case up', () => {
    const state: CaseState = {
      target: 'lead',
      evidence: [item({ did: 'x', level: 5 }), item({ id: 'ev-2', did: 'y' })],
    };
    expect(summariseCase(assessCase(skills, state))).toMatchObject({
      total: skills.length,
      meets: 1,
      none: skills.length - 1,
      evidence: 2,
    });
  });
});

describe('checking one piece of evidence', () => {
  it('refuses links that are not web addresses and says which field is too long', () => {
    expect(evidenceProblems(item({ link: 'javascript:alert(1)' }))).toEqual([
      { field: 'link', code: 'badLink' },
    ]);
    expect(evidenceProblems(item({ link: 'docs.example.com/prd' }))).toEqual([]);
    expect(evidenceProblems(item({ did: 'x'.repeat(1001) }))).toEqual([
      { field: 'did', code: 'tooLong', length: 1001, max: 1000 },
    ]);
    expect(evidenceProblems(item({ when: '2026-13' }))).toEqual([{ field: 'when', code: 'badMonth' }]);
  });

  it('knows a month', () => {
    expect(isMonth('2026-11')).toBe(true);
    expect(isMonth('2026-1')).toBe(false);
    expect(isMonth('1800-01')).toBe(false);
  });
});

describe('the case as stored data', () => {
  it('round-trips a case, Persian text included', () => {
    const state: CaseState = {
      target: 'group',
      evidence: [
        item({
          id: 'ev-1',
          did: 'نقشه‌ی راه را بازنویسی کردم',
          result: 'Two teams\nplan around it',
          link: 'https://x.example/a',
          when: '2026-09',
          level: 4,
        }),
      ],
    };
    expect(caseFromData(JSON.parse(JSON.stringify(caseToData(state))), ids)).toEqual({
      value: state,
      dropped: { badEvidence: 0, overLimit: 0, badField: 0 },
    });
  });

  it('drops and counts corrupt or hostile entries, keeping the rest', () => {
    const data = JSON.parse(
      '{"target":"ceo","evidence":[' +
        '{"skill":"communication","did":"<img src=x onerror=alert(1)>","level":9,"link":{"x":1}},' +
        '{"skill":"__proto__","did":"x"},' +
        '"not evidence",' +
        '{"skill":"innovation","did":"fine","level":2,"when":"next spring"}]}',
    );
    const { value, dropped } = caseFromData(data, ids);
    expect(value.target).toBe('lead');
    expect(value.evidence).toEqual([
      {
        id: 'ev-1',
        skill: 'communication',
        did: '<img src=x onerror=alert(1)>',
        result: '',
        link: '',
        note: '',
        when: '',
        level: null,
      },
      {
        id: 'ev-2',
        skill: 'innovation',
        did: 'fine',
        result: '',
        link: '',
        note: '',
        when: 'next spring',
        level: 2,
      },
    ]);
    expect(dropped).toEqual({ badEvidence: 2, overLimit: 0, badField: 3 });
  });

  it('keeps at most MAX_EVIDENCE pieces and counts the rest', () => {
    const evidence = Array.from({ length: MAX_EVIDENCE + 3 }, () => ({ skill: 'innovation', did: 'x' }));
    const { value, dropped } = caseFromData({ evidence }, ids);
    expect(value.evidence).toHaveLength(MAX_EVIDENCE);
    expect(dropped.overLimit).toBe(3);
  });
});
