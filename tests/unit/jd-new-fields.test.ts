import { describe, expect, it } from 'vitest';
import { validateState } from '../../src/components/JobDescriptionBuilder/jd-checks';
import { decodeState, encodeState } from '../../src/components/JobDescriptionBuilder/jd-codec';
import { buildDocument, teamText } from '../../src/components/JobDescriptionBuilder/jd-documents';
import { MAX_ENCODED } from '../../src/components/JobDescriptionBuilder/jd-fields';
import {
  toMarkdown,
  toPlainText,
  toHtmlFragment,
} from '../../src/components/JobDescriptionBuilder/jd-formats';
import { buildJobPosting, experienceMonths } from '../../src/components/JobDescriptionBuilder/jd-jsonld';
import { MAX_POSTED_IN, type JdState } from '../../src/components/JobDescriptionBuilder/jd-state';
import { catalogue, defaults, HOSTILE, labels, sampleState } from '../support/jd-fixtures';

const toBase64Url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
/** A link as a builder without the new fields wrote it: the draft's JSON minus those fields. */
function oldLink(changes: Record<string, unknown> = {}): string {
  const {
    roleIntro: _a,
    reportsTo: _b,
    pmsLed: _c,
    workingPattern: _d,
    benefits: _e,
    asksPayHistory: _f,
    postedIn: _g,
    ...old
  } = sampleState();
  return `v1.${toBase64Url(JSON.stringify({ ...old, experience: '4-5+ years', ...changes }))}`;
}

const filled = (): JdState => ({
  ...sampleState(),
  roleIntro: 'Payments is our fastest-growing product.\n\nYou will own it end to end.',
  reportsTo: 'Director of Product',
  pmsLed: '3',
  workingPattern: '40 hours a week, core hours 10:00-15:00 CET',
  benefits: 'Health cover and 25 days of paid leave.',
  asksPayHistory: 'no',
  postedIn: ['us-colorado', 'eu-germany'],
});

describe('drafts from before the new fields', () => {
  it('open, with the new fields at their defaults and the old experience text kept', () => {
    const result = decodeState(oldLink(), catalogue, defaults());
    expect(result.status).toBe('ok');
    expect(result.state.experience).toBe('4-5+ years');
    expect(result.state.postedIn).toEqual([]);
    expect(result.state.asksPayHistory).toBe('no');
    for (const key of ['roleIntro', 'reportsTo', 'pmsLed', 'workingPattern', 'benefits'] as const) {
      expect(result.state[key]).toBe('');
    }
    expect(result.state.company).toBe('Acme Analytics');
  });

  it('default to "5 years" of experience when new', () => {
    expect(defaults().experience).toBe('5 years');
  });
});

describe('the new fields in links and storage', () => {
  it('round-trip', () => {
    const state = filled();
    const result = decodeState(encodeState(state, catalogue), catalogue, defaults());
    expect(result.status).toBe('ok');
    expect(result.state).toEqual(state);
  });

  it('keep only slug ids of places, each once, and at most the limit', () => {
    const many = Array.from({ length: MAX_POSTED_IN + 10 }, (_, i) => `place-${i}`);
    const odd = [
      HOSTILE['scriptClose'],
      'US-Colorado',
      'us-colorado',
      'us-colorado',
      42,
      null,
      'a'.repeat(61),
    ];
    const result = decodeState(oldLink({ postedIn: [...odd, ...many] }), catalogue, defaults());
    expect(result.state.postedIn[0]).toBe('us-colorado');
    expect(result.state.postedIn).toHaveLength(MAX_POSTED_IN);
    expect(result.state.postedIn.filter((id) => id === 'us-colorado')).toHaveLength(1);
    expect(decodeState(oldLink({ postedIn: 'us-colorado' }), catalogue, defaults()).state.postedIn).toEqual(
      [],
    );
  });

  it('refuse a choice the field does not offer', () => {
    expect(
      decodeState(oldLink({ asksPayHistory: 'maybe' }), catalogue, defaults()).state.asksPayHistory,
    ).toBe('no');
  });

  it('still fit in the longest link the reader can make', () => {
    const state = filled();
    state.postedIn = Array.from({ length: MAX_POSTED_IN }, (_, i) => `${'x'.repeat(50)}-${i}`);
    expect(encodeState(state, catalogue).length).toBeLessThan(MAX_ENCODED);
  });
});

describe('the number of PMs led', () => {
  it('takes a whole number, in either script, or nothing', () => {
    for (const value of ['', '0', '3', '۴', ' 12 ']) {
      expect(validateState({ ...filled(), pmsLed: value }), value).toEqual([]);
    }
    for (const value of ['three', '-1', '2.5', '1000']) {
      expect(validateState({ ...filled(), pmsLed: value }), value).toContainEqual({
        field: 'pmsLed',
        code: 'notCount',
      });
    }
  });

  it('reads as an individual-contributor lead at 0, and as a team otherwise', () => {
    expect(teamText({ pmsLed: '0' }, labels)).toBe('Individual-contributor lead (manages no PMs)');
    expect(teamText({ pmsLed: '1' }, labels)).toBe('Leads 1 product manager');
    expect(teamText({ pmsLed: '3' }, labels)).toBe('Leads 3 product managers');
    expect(teamText({ pmsLed: '' }, labels)).toBe('');
  });
});

describe('the new fields in every export', () => {
  const doc = buildDocument(filled(), labels);
  it('appear in the document model', () => {
    const facts = Object.fromEntries(doc.facts.map((f) => [f.label, f.value]));
    expect(facts[labels.reportsTo]).toBe('Director of Product');
    expect(facts[labels.team]).toBe('Leads 3 product managers');
    expect(facts[labels.workingPattern]).toBe('40 hours a week, core hours 10:00-15:00 CET');
    const role = doc.sections.find((s) => s.heading === labels.role)!;
    expect(role.paragraphs.slice(0, 2)).toEqual([
      'Payments is our fastest-growing product.',
      'You will own it end to end.',
    ]);
    expect(doc.sections.find((s) => s.heading === labels.benefits)?.paragraphs).toEqual([
      'Health cover and 25 days of paid leave.',
    ]);
  });

  it('appear in Markdown, plain text and HTML', () => {
    for (const text of [toMarkdown(doc), toPlainText(doc), toHtmlFragment(doc)]) {
      expect(text).toContain('Director of Product');
      expect(text).toContain('Leads 3 product managers');
      expect(text).toContain('core hours 10:00-15:00 CET');
      expect(text).toContain('Payments is our fastest-growing product.');
      expect(text).toContain('25 days of paid leave');
    }
  });

  it('fill the JobPosting fields schema.org has for them', () => {
    const posting = buildJobPosting(filled(), labels);
    expect(posting['experienceRequirements']).toEqual({
      '@type': 'OccupationalExperienceRequirements',
      monthsOfExperience: 60,
    });
    expect(posting['workHours']).toBe('40 hours a week, core hours 10:00-15:00 CET');
    expect(posting['jobBenefits']).toBe('Health cover and 25 days of paid leave.');
    const bare = buildJobPosting(
      { ...filled(), experience: 'plenty', workingPattern: '', benefits: '' },
      labels,
    );
    expect(bare['experienceRequirements']).toBeUndefined();
    expect(bare['workHours']).toBeUndefined();
    expect(bare['jobBenefits']).toBeUndefined();
  });

  it('read the years of experience from old and Persian texts', () => {
    expect(experienceMonths('4-5+ years')).toBe(48);
    expect(experienceMonths('۵ سال')).toBe(60);
    expect(experienceMonths('0 years')).toBeNull();
    expect(experienceMonths('')).toBeNull();
  });
});
