/**
 * The Markdown the 90-day plan and the promotion case download: every reader's text escaped, so a
 * line can never become markup or a link; only plain web addresses linked; Persian in Persian
 * digits and punctuation.
 */
import { describe, expect, it } from 'vitest';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { planMarkdown } from '../../src/components/FirstNinetyDays/plan-export';
import {
  emptyState,
  planView,
  type PlanState,
  type StepData,
} from '../../src/components/FirstNinetyDays/plan-logic';
import { PHASES } from '../../src/components/FirstNinetyDays/plan-model';
import type { PlanData } from '../../src/components/FirstNinetyDays/plan-data';
import { caseMarkdown } from '../../src/components/PromotionCase/case-export';
import { newEvidence, emptyCase, type CaseState } from '../../src/components/PromotionCase/case-logic';
import { localise } from '../../src/lib/locale';
import { readData } from '../support/data-files';
import { readFileSync } from 'node:fs';
import { caseSkills } from '../support/case-skills';

const HOSTILE = '<img src=x onerror=alert(1)> [click](javascript:alert(1)) **bold** | pipe\n# heading';
const html = (md: string) => micromark(md, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
const strings = (lang: string) =>
  JSON.parse(readFileSync(`src/content/i18n/${lang}.json`, 'utf8')) as Record<string, string>;
const prefixed = (all: Record<string, string>, prefix: string) =>
  Object.fromEntries(
    Object.entries(all)
      .filter(([k]) => k.startsWith(prefix))
      .map(([k, v]) => [k.slice(prefix.length), v]),
  );

function planData(lang: 'en' | 'fa'): PlanData {
  const t = strings(lang);
  const steps = readData('planSteps').map((s) => localise(s, lang)) as StepData[];
  const skills = readData('skills').map((s) => localise(s, lang));
  return {
    lang,
    locale: lang === 'fa' ? 'fa-IR' : 'en-US',
    steps,
    skills: Object.fromEntries(skills.map((s) => [s.id, { name: s.name, href: `/role/skills/#${s.id}` }])),
    dimensions: Object.fromEntries(
      ['scope', 'team', 'decisions', 'outcomes', 'promotion'].map((d) => [
        d,
        { name: t[`guide.level.${d}`]!, href: '/career/ladder/' },
      ]),
    ),
    options: { situation: { inherited: t['guide.plan.o.situation.inherited']!, new: 'new' } },
    questions: { situation: t['guide.plan.q.situation']! },
    phases: Object.fromEntries(
      PHASES.map((p) => [p, { name: t[`guide.plan.phase.${p}`]!, intro: t[`guide.plan.phaseIntro.${p}`]! }]),
    ),
    ui: prefixed(t, 'guide.plan.'),
    sep: lang === 'fa' ? ' – ' : ' · ',
    list: lang === 'fa' ? '، ' : ', ',
    semicolon: lang === 'fa' ? '؛ ' : '; ',
  };
}

describe('the plan as Markdown', () => {
  it('escapes reader text and keeps every week, phase and checkpoint', () => {
    const data = planData('en');
    const state: PlanState = {
      ...emptyState(),
      start: '2027-01-04',
      edits: { 'charter-with-manager': HOSTILE },
      own: [{ id: 'own-1', week: 13, text: 'Celebrate with the team' }],
    };
    const md = planMarkdown(planView(data.steps, state), state, data);
    const rendered = html(md);
    expect(rendered).not.toMatch(/<img|<a href="javascript|<strong>bold|<h1>heading/);
    expect(rendered).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(md).toContain('### Week 1, from Jan 4, 2027');
    expect(md).toContain('### Week 13, from Mar 29, 2027');
    expect(md.match(/^## /gm)).toHaveLength(4);
    expect(md).toContain('**Checkpoint:**');
    expect(md).toContain('*Your line:* Celebrate with the team');
    expect(rendered).toContain('<input type="checkbox" disabled="" /> ');
  });

  it('writes a Persian plan with Persian digits and Gregorian dates', () => {
    const data = planData('fa');
    const state = { ...emptyState(), start: '2027-01-04' };
    const md = planMarkdown(planView(data.steps, state), state, data);
    expect(md).toMatch(/^# ۹۰ روز نخست/);
    expect(md).toContain('هفته‌ی ۱، از ');
    expect(md).toMatch(/ژانویه/);
    expect(md).not.toMatch(/Week|Artifact/);
  });
});

describe('the promotion case as Markdown', () => {
  const skills = caseSkills();
  const words = (lang: 'en' | 'fa') => ({
    ui: prefixed(strings(lang), 'guide.case.'),
    locale: lang === 'fa' ? 'fa-IR' : 'en-US',
    targets: { senior: 'Senior product manager', lead: 'Lead product manager', group: 'Group PM' },
  });

  it('escapes every field, links only web addresses and lists the gaps with a first step', () => {
    const state: CaseState = {
      target: 'lead',
      evidence: [
        {
          ...newEvidence(emptyCase(), 'communication'),
          did: HOSTILE,
          result: 'Up 12%',
          link: 'javascript:alert(1)',
          level: 5,
        },
        {
          ...newEvidence(emptyCase(), 'innovation'),
          id: 'ev-2',
          did: 'Discovery sprint',
          link: 'example.com/a b',
          when: '2026-09',
          level: 2,
        },
      ],
    };
    const md = caseMarkdown(skills, state, words('en'), new Date('2026-12-02T00:00:00Z'));
    const rendered = html(md);
    expect(rendered).not.toMatch(/<img|href="javascript|<h1>heading/);
    expect(md).toContain('| Communication | 4 | 5 | At the bar |');
    expect(md).toContain('| Innovation | 3 | 2 | 1 below the bar |');
    expect(rendered).toContain('<a href="https://example.com/a%20b">');
    expect(md).toContain('**When:** September 2026');
    expect(md).toContain('Prepared Dec 2, 2026');
    const gaps = md.slice(md.indexOf('## Gaps to close'));
    expect(gaps).toContain('**Innovation:**');
    expect(gaps).toContain(
      `First step: ${skills.find((s) => s.id === 'innovation')!.firstStep.slice(0, 30)}`,
    );
    expect(gaps).not.toContain('**Communication:**');
  });

  it('writes a Persian case in Persian digits', () => {
    const state: CaseState = {
      target: 'lead',
      evidence: [{ ...newEvidence(emptyCase(), 'communication'), did: 'کاری کردم', level: 4 }],
    };
    const md = caseMarkdown(skills, state, words('fa'), new Date('2026-12-02T00:00:00Z'));
    expect(md).toMatch(/^# پرونده‌ی ترفیع/);
    expect(md).toContain('| Communication | ۴ | ۴ |');
    expect(md).not.toMatch(/\| 4 \|/);
  });
});
