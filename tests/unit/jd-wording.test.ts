/**
 * The wording check over a builder draft (jd-wording.ts): findings tied to their field and line,
 * one summary for the whole ad, and unchanged text not checked twice. The lists themselves are
 * tested in wording.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  checkDraftWording,
  draftWordingChecker,
} from '../../src/components/JobDescriptionBuilder/jd-wording';
import { defaults } from '../support/jd-fixtures';

describe('checkDraftWording', () => {
  it('ties each finding to its field, or its list and line', () => {
    const state = defaults();
    state.about = 'We are a young team of rockstars.';
    state.title = 'Lead Product Manager';
    state.required = [{ text: '10+ years in product' }, { text: 'Competitive and driven' }];
    state.preferred = [];
    state.responsibility = [];
    const { findings } = checkDraftWording(state, 'en');
    expect(findings.map((f) => ['index' in f ? `${f.field}[${f.index}]` : f.field, f.kind, f.text])).toEqual([
      ['about', 'age', 'young team'],
      ['about', 'jargon', 'rockstars'],
      ['required[0]', 'inflated', '10+ years'],
      ['required[1]', 'masculine', 'Competitive'],
      ['required[1]', 'masculine', 'driven'],
    ]);
  });

  it('sums the whole ad into one lean', () => {
    const state = defaults();
    Object.assign(state, { about: 'Supportive and warm.', productArea: 'competitive pricing', eeo: '' });
    state.responsibility = [{ text: 'Lead launches' }, { text: 'Be decisive' }];
    state.required = [];
    state.preferred = [];
    const { summary } = checkDraftWording(state, 'en');
    expect(summary).toMatchObject({ masculine: 3, feminine: 2, lean: 'masculine' });
  });

  it('checks a Persian draft with the Persian lists, and its English words with the English ones', () => {
    const state = defaults();
    Object.assign(state, { about: 'ترجیحاً آقا، حداکثر ۳۰ سال، یک rockstar', eeo: '' });
    state.responsibility = [];
    state.required = [];
    state.preferred = [];
    expect(checkDraftWording(state, 'fa').findings.map((f) => f.kind)).toEqual(['gender', 'age', 'jargon']);
  });

  it('reuses the findings of text that has not changed, and checks text that has', () => {
    const check = draftWordingChecker('en');
    const state = defaults();
    const first = check(state);
    const again = check(state);
    expect(again.findings).toEqual(first.findings);
    state.about = 'ninja';
    expect(
      check(state)
        .findings.filter((f) => f.field === 'about')
        .map((f) => f.text),
    ).toEqual(['ninja']);
    state.about = '';
    expect(check(state).findings.filter((f) => f.field === 'about')).toEqual([]);
  });
});
