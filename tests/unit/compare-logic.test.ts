import { describe, expect, it } from 'vitest';
import {
  compareParam,
  describeSelection,
  parseCompareParam,
  selectLevels,
} from '../../src/components/LevelCompare/compare-logic';

const ladder = ['associate-pm', 'product-manager', 'senior-pm', 'lead-pm', 'group-pm'];
const titles = {
  'associate-pm': 'Associate product manager',
  'product-manager': 'Product manager',
  'senior-pm': 'Senior product manager',
  'lead-pm': 'Lead product manager',
  'group-pm': 'Group product manager',
};
const strings = {
  pair: 'Comparing {{first}} and {{second}}.',
  all: 'Showing all {{count}} levels.',
  one: 'Choose a second level to compare with {{first}}.',
};

describe('selectLevels', () => {
  it('shows the whole ladder until two levels are chosen', () => {
    expect(selectLevels(ladder, '', '')).toEqual({ visible: ladder, pair: false });
    expect(selectLevels(ladder, 'lead-pm', '')).toEqual({ visible: ladder, pair: false });
    expect(selectLevels(ladder, '', 'lead-pm')).toEqual({ visible: ladder, pair: false });
  });

  it('shows two chosen levels in ladder order, whatever order they were picked in', () => {
    expect(selectLevels(ladder, 'lead-pm', 'senior-pm')).toEqual({
      visible: ['senior-pm', 'lead-pm'],
      pair: true,
    });
  });

  it('treats the same level twice, or an unknown id, as not yet a pair', () => {
    expect(selectLevels(ladder, 'lead-pm', 'lead-pm').pair).toBe(false);
    expect(selectLevels(ladder, 'lead-pm', 'cto').visible).toEqual(ladder);
  });

  it('returns a copy, so the caller cannot change the ladder through it', () => {
    const { visible } = selectLevels(ladder, '', '');
    visible.pop();
    expect(ladder).toHaveLength(5);
  });
});

describe('the ?compare= parameter', () => {
  it('reads two known, different ids', () => {
    expect(parseCompareParam('senior-pm,lead-pm', ladder)).toEqual(['senior-pm', 'lead-pm']);
    expect(parseCompareParam(' senior-pm , lead-pm ', ladder)).toEqual(['senior-pm', 'lead-pm']);
  });

  it('ignores anything that does not name two levels', () => {
    for (const value of [null, '', 'lead-pm', 'lead-pm,lead-pm', 'lead-pm,nope', '<script>', ',,,']) {
      expect(parseCompareParam(value, ladder)).toEqual(['', '']);
    }
  });

  it('keeps the first two of more than two', () => {
    expect(parseCompareParam('group-pm,lead-pm,senior-pm', ladder)).toEqual(['group-pm', 'lead-pm']);
  });

  it('writes the pair in ladder order, and nothing for the whole ladder', () => {
    expect(compareParam(selectLevels(ladder, 'lead-pm', 'associate-pm'))).toBe('associate-pm,lead-pm');
    expect(compareParam(selectLevels(ladder, '', ''))).toBeNull();
  });

  it('round-trips a selection through the URL', () => {
    const selection = selectLevels(ladder, 'group-pm', 'product-manager');
    const [a, b] = parseCompareParam(compareParam(selection), ladder);
    expect(selectLevels(ladder, a, b)).toEqual(selection);
  });
});

describe('describeSelection', () => {
  it('names the two levels being compared', () => {
    const selection = selectLevels(ladder, 'lead-pm', 'senior-pm');
    expect(describeSelection(selection, ['lead-pm', 'senior-pm'], titles, strings)).toBe(
      'Comparing Senior product manager and Lead product manager.',
    );
  });

  it('asks for a second level when only one is chosen', () => {
    const selection = selectLevels(ladder, '', 'lead-pm');
    expect(describeSelection(selection, ['', 'lead-pm'], titles, strings)).toBe(
      'Choose a second level to compare with Lead product manager.',
    );
    expect(
      describeSelection(selectLevels(ladder, 'lead-pm', 'lead-pm'), ['lead-pm', 'lead-pm'], titles, strings),
    ).toBe('Choose a second level to compare with Lead product manager.');
  });

  it('counts the levels when the whole ladder shows', () => {
    expect(describeSelection(selectLevels(ladder, '', ''), ['', ''], titles, strings)).toBe(
      'Showing all 5 levels.',
    );
  });

  it('does not mistake inherited object keys for level ids', () => {
    expect(describeSelection(selectLevels(ladder, '', ''), ['constructor', ''], titles, strings)).toBe(
      'Showing all 5 levels.',
    );
  });
});
