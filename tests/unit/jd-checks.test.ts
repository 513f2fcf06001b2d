import { describe, expect, it } from 'vitest';
import {
  isPayAmount,
  parseAmount,
  validateState,
} from '../../src/components/JobDescriptionBuilder/jd-checks';
import { safeWebUrl } from '../../src/lib/clean-text';
import { LINE_MAX, LONG_MAX, SHORT_MAX } from '../../src/components/JobDescriptionBuilder/jd-fields';
import type { JdState } from '../../src/components/JobDescriptionBuilder/jd-state';
import { defaults } from '../support/jd-fixtures';

describe('validateState', () => {
  it('accepts 10,000 characters and flags 10,001 with the length, never cutting the text', () => {
    const ok = { ...defaults(), about: 'x'.repeat(LONG_MAX) };
    expect(validateState(ok)).toEqual([]);
    const over = { ...defaults(), about: 'x'.repeat(LONG_MAX + 1) };
    expect(validateState(over)).toEqual([
      { field: 'about', code: 'tooLong', length: LONG_MAX + 1, max: LONG_MAX },
    ]);
    expect(over.about).toHaveLength(LONG_MAX + 1);
  });

  it('caps one-line fields and each line of the lists', () => {
    const state = defaults();
    state.company = 'c'.repeat(SHORT_MAX + 1);
    state.preferred = [{ text: 'p'.repeat(LINE_MAX) }, { text: 'p'.repeat(LINE_MAX + 1) }];
    expect(validateState(state)).toEqual([
      { field: 'company', code: 'tooLong', length: SHORT_MAX + 1, max: SHORT_MAX },
      { field: 'preferred', index: 1, code: 'tooLong', length: LINE_MAX + 1, max: LINE_MAX },
    ]);
  });

  it.each([
    [{ salaryMin: '-5' }, [{ field: 'salaryMin', code: 'negative' }]],
    [{ salaryMin: '-0' }, [{ field: 'salaryMin', code: 'negative' }]],
    [{ salaryMax: '-0.00' }, [{ field: 'salaryMax', code: 'negative' }]],
    [{ salaryMin: '-۰' }, [{ field: 'salaryMin', code: 'negative' }]],
    [{ salaryMax: '12k' }, [{ field: 'salaryMax', code: 'notNumber' }]],
    [{ salaryMin: '200000', salaryMax: '150,000' }, [{ field: 'salaryMax', code: 'minAboveMax' }]],
    [{ salaryMin: '150,000', salaryMax: '150000' }, []],
    [{ salaryMin: '0' }, []],
    [{ website: 'javascript:alert(1)' }, [{ field: 'website', code: 'badUrl' }]],
    [{ website: 'acme.example' }, []],
    [
      { workplace: 'remote', remoteCountries: 'US, xx, ca' },
      [{ field: 'remoteCountries', code: 'badCountry', value: 'XX' }],
    ],
    [{ workplace: 'hybrid', remoteCountries: 'nonsense' }, []],
    [{ validThrough: '2026-11-01' }, [{ field: 'validThrough', code: 'beforePosted' }]],
    [{ datePosted: '' }, [{ field: 'datePosted', code: 'badDate' }]],
  ] as [Partial<JdState>, unknown[]][])('checks %o', (change, expected) => {
    expect(validateState({ ...defaults(), ...change })).toEqual(expected);
  });

  it('parses amounts with separators and refuses words', () => {
    expect(parseAmount('150,000')).toBe(150000);
    expect(parseAmount(' 75.50 ')).toBe(75.5);
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('1e6')).toBeNaN();
    expect(parseAmount('-3')).toBe(-3);
  });

  it('refuses minus zero as a pay figure, which would read as "-$0"', () => {
    expect(Object.is(parseAmount('-0'), -0)).toBe(true);
    expect(isPayAmount(parseAmount('-0'))).toBe(false);
    expect(isPayAmount(parseAmount('0'))).toBe(true);
    expect(isPayAmount(Number.NaN)).toBe(false);
    expect(isPayAmount(null)).toBe(false);
  });
});

describe('safeWebUrl', () => {
  it.each([
    ['https://acme.example/jobs?id=1', 'https://acme.example/jobs?id=1'],
    ['acme.example', 'https://acme.example/'],
    ['http://acme.example', 'http://acme.example/'],
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['https://user:pass@acme.example', undefined],
    ['localhost', undefined],
    ['https://acme.example/"><script>', 'https://acme.example/%22%3E%3Cscript%3E'],
    ['', undefined],
  ])('%s -> %s', (input, expected) => {
    expect(safeWebUrl(input)).toBe(expected);
  });
});
