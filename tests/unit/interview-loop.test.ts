/**
 * The loop planner's pure logic over the real data: every focus size from 4 to 6, with and without
 * people leadership, gives each competency exactly one interview and questions that fit it; the
 * matrix finds doubles and gaps; the stored plan refuses what it cannot read; packets escape.
 */
import { describe, expect, it } from 'vitest';
import {
  activeStages,
  buildLoop,
  coverage,
  focusProblem,
  isCovered,
  moveTo,
  pickQuestions,
  proposeAssignment,
  skillsFromLines,
  toggleCell,
  OPENING_MINUTES,
} from '../../src/components/InterviewLoop/loop-logic';
import { loopFormat, loopFromData } from '../../src/components/InterviewLoop/loop-storage';
import {
  packetFileName,
  packetHtml,
  packetMarkdown,
  type Packet,
} from '../../src/components/InterviewLoop/loop-packets';
import type { KitLabels } from '../../src/components/InterviewKit/kit-documents';
import { readData } from '../support/data-files';

const skills = readData('skills').sort((a, b) => a.order - b.order);
const skillIds = skills.map((s) => s.id);
const stages = readData('interviewStages');
const stageIds = stages.map((s) => s.id);
const questions = readData('interviewQuestions');

/** Every combination of `size` skills out of the ten, in skills order. */
function combinations(size: number, from = 0, picked: string[] = []): string[][] {
  if (picked.length === size) return [picked];
  const out: string[][] = [];
  for (let i = from; i < skillIds.length; i++)
    out.push(...combinations(size, i + 1, [...picked, skillIds[i]!]));
  return out;
}

describe('the focus competencies', () => {
  it('takes 4 to 6 and says why otherwise', () => {
    expect(focusProblem(skillIds.slice(0, 3))).toEqual({ code: 'tooFew', count: 3 });
    expect(focusProblem([])).toEqual({ code: 'tooFew', count: 0 });
    expect(focusProblem(skillIds.slice(0, 4))).toBeUndefined();
    expect(focusProblem(skillIds.slice(0, 6))).toBeUndefined();
    expect(focusProblem(skillIds.slice(0, 7))).toEqual({ code: 'tooMany', count: 7 });
  });
});

describe('the proposed loop', () => {
  it('holds the people-leadership interview only when the role leads PMs', () => {
    expect(activeStages(stages, true).map((s) => s.id)).toEqual([
      'screen',
      'case',
      'execution',
      'people-leadership',
      'executive',
    ]);
    expect(activeStages(stages, false).map((s) => s.id)).not.toContain('people-leadership');
  });

  for (const size of [4, 5, 6]) {
    for (const leadsPms of [true, false]) {
      it(`tests each of ${size} competencies exactly once, ${leadsPms ? 'with' : 'without'} people leadership (every combination)`, () => {
        const all = combinations(size);
        expect(all.length).toBeGreaterThan(100);
        for (const focus of all) {
          const assignment = proposeAssignment(focus, stages, leadsPms);
          expect(Object.keys(assignment)).toEqual(focus);
          const cover = coverage(assignment, focus, stages, leadsPms);
          expect(isCovered(cover), focus.join()).toBe(true);
          const loop = activeStages(stages, leadsPms);
          for (const skill of focus) {
            const [stage] = assignment[skill]!;
            expect(loop.map((s) => s.id)).toContain(stage);
          }
          // No interview holds more than it can test in depth.
          for (const s of loop) {
            const load = focus.filter((f) => assignment[f]!.includes(s.id)).length;
            expect(load, `${s.id} for ${focus.join()}`).toBeLessThanOrEqual(s.capacity);
          }
          const plan = buildLoop(assignment, focus, stages, questions, leadsPms);
          const tested = plan.stages.flatMap((s) => s.competencies.map((c) => c.skill));
          expect([...tested].sort()).toEqual([...focus].sort());
          for (const s of plan.stages) {
            for (const c of s.competencies) {
              expect(c.questions.length, `${c.skill} in ${s.stage.id}`).toBeGreaterThan(0);
              expect(c.questions.every((q) => q.skill === c.skill)).toBe(true);
              if (!leadsPms) expect(c.questions.every((q) => q.track === 'any')).toBe(true);
            }
          }
          expect(plan.totalMinutes).toBe(plan.stages.reduce((sum, s) => sum + s.stage.minutes, 0));
        }
      });
    }
  }

  it('gives leadership to the people-leadership interview, with the questions for managers of PMs', () => {
    const focus = [
      'leadership-and-coaching',
      'communication',
      'strategy-and-execution',
      'technical-knowledge',
    ];
    const assignment = proposeAssignment(focus, stages, true);
    expect(assignment['leadership-and-coaching']).toEqual(['people-leadership']);
    const plan = buildLoop(assignment, focus, stages, questions, true);
    const people = plan.stages.find((s) => s.stage.id === 'people-leadership')!;
    const asked = people.competencies.find((c) => c.skill === 'leadership-and-coaching')!.questions;
    expect(asked.some((q) => q.track === 'people-manager')).toBe(true);
    // Without people leadership the same focus never asks about managing PMs.
    const ic = buildLoop(proposeAssignment(focus, stages, false), focus, stages, questions, false);
    expect(
      ic.stages
        .flatMap((s) => s.competencies.flatMap((c) => c.questions))
        .some((q) => q.track === 'people-manager'),
    ).toBe(false);
  });

  it('puts a case exercise in the case interview and keeps stages in order on the timeline', () => {
    const focus = [
      'strategy-and-execution',
      'user-empathy-and-ux',
      'communication',
      'technical-knowledge',
      'negotiation-and-influence',
    ];
    const plan = buildLoop(proposeAssignment(focus, stages, true), focus, stages, questions, true);
    const caseStage = plan.stages.find((s) => s.stage.id === 'case')!;
    expect(caseStage.competencies.flatMap((c) => c.questions).some((q) => q.format === 'case')).toBe(true);
    const orders = plan.stages.map((s) => s.stage.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    plan.stages.forEach((s, i) => {
      expect(s.startsAt).toBe(plan.stages.slice(0, i).reduce((sum, x) => sum + x.stage.minutes, 0));
    });
  });

  it('fits questions into the share of minutes, with at least one', () => {
    const execution = stages.find((s) => s.id === 'execution')!;
    const share = Math.floor((execution.minutes - OPENING_MINUTES) / 2);
    const picked = pickQuestions(execution, 'analysis-and-data', share, questions, true);
    expect(picked.reduce((sum, q) => sum + q.minutes, 0)).toBeLessThanOrEqual(share);
    expect(picked.length).toBeGreaterThan(0);
    expect(pickQuestions(execution, 'communication', 1, questions, true)).toHaveLength(1);
    expect(pickQuestions(execution, 'no-such-skill', 40, questions, true)).toEqual([]);
  });
});

describe('the coverage matrix', () => {
  const focus = ['communication', 'technical-knowledge', 'innovation', 'leadership-and-coaching'];
  const proposed = proposeAssignment(focus, stages, true);

  it('warns when a competency is moved into a second interview, and when one is left out', () => {
    const from = proposed['communication']![0]!;
    const to = stageIds.find((id) => id !== from && id !== 'screen')!;
    const doubled = toggleCell(proposed, 'communication', to, true);
    expect(coverage(doubled, focus, stages, true).doubles).toEqual([
      { skill: 'communication', stages: expect.arrayContaining([from, to]) as unknown as string[] },
    ]);
    const moved = toggleCell(doubled, 'communication', from, false);
    expect(isCovered(coverage(moved, focus, stages, true))).toBe(true);
    const gap = toggleCell(moved, 'communication', to, false);
    expect(coverage(gap, focus, stages, true).gaps).toEqual(['communication']);
    expect(moveTo(gap, 'communication', from)['communication']).toEqual([from]);
  });

  it('ignores cells of an interview the loop no longer holds, and names idle interviews', () => {
    const onlyPeople = moveTo(proposed, 'communication', 'people-leadership');
    const cover = coverage(onlyPeople, focus, stages, false);
    expect(cover.gaps).toContain('communication');
    const idle = coverage({}, [], stages, true).idle;
    expect(idle).toEqual(activeStages(stages, true).map((s) => s.id));
  });
});

describe('the job-description draft', () => {
  it('names the skills of its lines, in skills order, ignoring lines without one', () => {
    const refs = new Map([
      ['jd:a', 'innovation'],
      ['jd:b', 'communication'],
    ]);
    expect(skillsFromLines(['jd:a', undefined, 'duty:x', 'jd:b', 'jd:a'], refs, skillIds)).toEqual([
      'communication',
      'innovation',
    ]);
  });
});

describe('the stored plan', () => {
  const format = loopFormat(skillIds, stageIds);
  const state = {
    focus: ['communication', 'innovation', 'problem-solving', 'technical-knowledge'],
    leadsPms: false,
    assignment: {
      communication: ['screen'],
      innovation: ['case'],
      'problem-solving': ['case'],
      'technical-knowledge': ['execution'],
    },
    loopName: 'Lead PM, payments',
  };

  it('reads back what it writes', () => {
    expect(format.decode(format.encode(state))).toEqual({
      status: 'ok',
      value: state,
      dropped: { unknown: 0 },
    });
  });

  it('refuses corrupt text and wrong types, and drops unknown ids with a count', () => {
    expect(format.decode('{not json').status).toBe('corrupt');
    expect(
      format.decode('{"version":1,"focus":"x","leadsPms":true,"assignment":{},"loopName":""}').status,
    ).toBe('corrupt');
    expect(format.decode('{"version":9}').status).toBe('newer');
    const odd = loopFromData(
      {
        focus: ['communication', 'nope', 7, 'communication'],
        leadsPms: true,
        assignment: { communication: ['screen', 'moon'] },
        loopName: 'x',
      },
      skillIds,
      stageIds,
    );
    expect(odd?.value.focus).toEqual(['communication']);
    expect(odd?.value.assignment).toEqual({ communication: ['screen'] });
    expect(odd?.dropped['unknown']).toBe(4);
  });
});

describe('packets', () => {
  const skill = skills[0]!;
  const labels = {
    kitTitle: 'Kit',
    scorecardTitle: 'Scorecard',
    covers: 'Covers',
    kinds: { responsibility: 'R', required: 'Q', preferred: 'P' },
    questions: 'Questions',
    probes: 'Probes',
    strong: 'Strong',
    weak: 'Weak',
    questionMeta: () => 'meta',
    strongCovers: 'Covers',
    leadBar: (n: number) => `Bar ${n}`,
    candidate: 'Candidate',
    interviewer: 'Interviewer',
    date: 'Date',
    competency: 'Competency',
    rated: (n: number) => `Rated ${n}`,
    score: 'Score',
    evidence: 'Evidence',
    overall: 'Overall',
    howTo: 'How to',
  } satisfies KitLabels;
  const words = {
    title: (s: string) => `Packet: ${s}`,
    loop: 'Loop',
    length: 'Length',
    minutes: (n: number) => `${n} minutes`,
    interviewers: 'Who',
    purpose: 'Purpose',
    scoreOnline: 'Score online',
  };
  const q = questions.find((x) => x.skill === skill.id)!;
  const packet: Packet = {
    stage: { id: 'execution', name: 'Execution', purpose: 'Ship', interviewers: 'Eng lead', minutes: 45 },
    loopName: '<script>alert(1)</script> *loop*',
    competencies: [
      {
        id: skill.id,
        name: skill.name,
        summary: skill.summary,
        leadBar: 4,
        anchors: skill.anchors,
        lines: [],
        interview: [q],
      },
    ],
  };

  it('holds the stage, the questions with probes and anchors, and a scorecard, with the loop name escaped', () => {
    const md = packetMarkdown(packet, labels, words);
    expect(md).toContain('# Packet: Execution');
    expect(md).toContain('45 minutes');
    expect(md).toContain('Probes');
    expect(md).toContain('## Scorecard');
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('\\*loop\\*');
    const html = packetHtml(packet, labels, words, 'fa');
    expect(html).toContain('<html lang="fa" dir="rtl">');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<table>');
    expect(packetFileName('execution', 'fa', 'html')).toBe('lead-pm-packet-execution-fa.html');
    expect(packetFileName('execution', 'en', 'md')).toBe('lead-pm-packet-execution.md');
  });
});
