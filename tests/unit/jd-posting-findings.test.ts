import { describe, expect, it } from 'vitest';
import {
  asksForPayHistory,
  placeRule,
  postingFindings,
  type PlaceRule,
} from '../../src/components/JobDescriptionBuilder/jd-posting-findings';
import type { JdState } from '../../src/components/JobDescriptionBuilder/jd-state';
import { readData } from '../support/data-files';
import { defaults, sampleState } from '../support/jd-fixtures';

/** The rules as the page sends them to the client, from the real data file. */
const rules: PlaceRule[] = readData('postingRules').map(placeRule);

const draft = (changes: Partial<JdState>): JdState => ({
  ...sampleState(),
  benefits: 'Health cover, a 401(k) match and 25 days of paid leave.',
  ...changes,
});
const codes = (state: JdState) => postingFindings(state, rules).map((f) => `${f.place}:${f.code}`);

describe('postingFindings', () => {
  it('finds nothing when no place is picked, whatever the draft lacks', () => {
    expect(postingFindings({ ...defaults(), postedIn: [] }, rules)).toEqual([]);
  });

  it('warns by place when a range is required and the draft has none, or only one end', () => {
    expect(codes(draft({ postedIn: ['us-colorado'], salaryMin: '', salaryMax: '' }))).toEqual([
      'us-colorado:payRange',
    ]);
    expect(codes(draft({ postedIn: ['us-new-york-city'], salaryMax: '' }))).toEqual([
      'us-new-york-city:payRange',
    ]);
    // A range the form flags (min above max) is no range either.
    expect(codes(draft({ postedIn: ['us-california'], salaryMin: '200', salaryMax: '100' }))).toEqual([
      'us-california:payRange',
    ]);
    expect(codes(draft({ postedIn: ['us-colorado', 'us-california'] }))).toEqual([]);
  });

  it('asks for the benefits where they must be described, and not where they need not be', () => {
    const state = draft({ postedIn: ['us-colorado', 'us-massachusetts'], benefits: '  ' });
    expect(codes(state)).toEqual(['us-colorado:benefits']);
  });

  it('flags a pay-history question where it is banned, and points EU places at the Directive', () => {
    const state = draft({ postedIn: ['us-california', 'uk', 'eu-germany'], asksPayHistory: 'yes' });
    expect(codes(state)).toEqual([
      'us-california:payHistory',
      'eu-germany:payHistoryDirective',
      'eu-germany:notVerified',
    ]);
    // The UK has no ban: asking there is not flagged.
    expect(codes(state)).not.toContain('uk:payHistory');
  });

  it('reads a pay-history question written into the ad, in English or Persian', () => {
    expect(
      asksForPayHistory(draft({ required: [{ text: 'Tell us your current salary when you apply.' }] })),
    ).toBe(true);
    expect(asksForPayHistory(draft({ about: 'Please include your salary history.' }))).toBe(true);
    expect(asksForPayHistory(draft({ required: [{ text: 'سابقه‌ی حقوق خود را بنویسید.' }] }))).toBe(true);
    expect(asksForPayHistory(draft({ required: [{ text: 'Tell us your salary expectations.' }] }))).toBe(
      false,
    );
    expect(asksForPayHistory(draft({}))).toBe(false);
  });

  it('asks for the job description where New York State requires it', () => {
    const state = draft({ postedIn: ['us-new-york-state'], responsibility: [], roleIntro: '' });
    expect(codes(state)).toEqual(['us-new-york-state:jobDescription']);
    expect(codes({ ...state, roleIntro: 'Why this job exists.' })).toEqual([]);
  });

  it('gives advice, not warnings, where pay is due before the interview or we could not verify', () => {
    const state = draft({
      postedIn: ['eu-slovakia', 'eu-malta', 'ir', 'other'],
      salaryMin: '',
      salaryMax: '',
    });
    const found = postingFindings(state, rules);
    expect(found.map((f) => `${f.place}:${f.code}`)).toEqual([
      'eu-malta:payBeforeOffer',
      'eu-slovakia:payBeforeInterview',
      'ir:notVerified',
      'other:notVerified',
    ]);
    expect(found.every((f) => f.level === 'info')).toBe(true);
  });

  it('asks for at least the lowest pay in Austria', () => {
    expect(codes(draft({ postedIn: ['eu-austria'], salaryMin: '', salaryMax: '5000' }))).toEqual([
      'eu-austria:payMinimum',
    ]);
    expect(codes(draft({ postedIn: ['eu-austria'], salaryMin: '3000', salaryMax: '' }))).toEqual([]);
  });

  it('skips ids the rules do not have, and lists places in the order of the rules', () => {
    const state = draft({ postedIn: ['no-such-place', 'us-vermont', 'us-california'], salaryMin: '' });
    expect(codes(state)).toEqual(['us-california:payRange', 'us-vermont:payRange']);
  });
});
