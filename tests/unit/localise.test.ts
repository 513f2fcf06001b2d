import { describe, expect, it } from 'vitest';
import { intlLocale, latinText, localePath, localise, punctuation } from '../../src/lib/localise';
import {
  formatDate,
  formatMoney,
  formatMoneyCents,
  formatNumber,
  formatPublished,
  formatYear,
} from '../../src/lib/format';
import { countWords } from '../../src/lib/reading-time';

describe('the reader’s language', () => {
  it('lays Persian text fields over the English on Persian pages only', () => {
    const entry = { id: 'x', order: 1, title: 'Run delivery', fa: { title: 'اداره‌ی تحویل' } };
    expect(localise(entry, 'fa')).toEqual({ id: 'x', order: 1, title: 'اداره‌ی تحویل' });
    expect(localise(entry, 'en')).toEqual({ id: 'x', order: 1, title: 'Run delivery' });
    const untranslated: { id: string; title: string; fa?: { title: string } } = {
      id: 'y',
      title: 'Only English',
    };
    expect(localise(untranslated, 'fa')).toEqual({ id: 'y', title: 'Only English' });
  });

  it('prefixes Persian paths with fa/', () => {
    expect(localePath('/role/duties/', 'fa')).toBe('fa/role/duties/');
    expect(localePath('about/glossary/#okr', 'en')).toBe('about/glossary/#okr');
    expect(localePath('', 'fa')).toBe('fa/');
  });

  it('uses Persian punctuation and marks Latin names on Persian pages', () => {
    expect(punctuation('fa')).toEqual({ comma: '،', semicolon: '؛' });
    expect(punctuation('en')).toEqual({ comma: ',', semicolon: ';' });
    expect(latinText('fa')).toEqual({ lang: 'en', dir: 'ltr' });
    expect(latinText('en')).toEqual({});
  });
});

describe('numbers, money and dates on Persian pages', () => {
  const fa = intlLocale('fa');

  it('writes money and counts in Persian digits, the dollar sign kept left to right', () => {
    expect(formatMoney(145000, 'USD', fa)).toBe('\u200e$۱۴۵٬۰۰۰');
    expect(formatMoneyCents(69.71, 'USD', fa)).toBe('\u200e$۶۹٫۷۱');
    expect(formatNumber(2080, fa)).toBe('۲٬۰۸۰');
    expect(formatNumber(2080)).toBe('2,080');
  });

  it('writes years without a thousands separator, whatever digits they were typed in', () => {
    expect(formatYear(2024, fa)).toBe('۲۰۲۴');
    expect(formatYear('۲۰۲۴', fa)).toBe('۲۰۲۴');
    expect(formatYear('2024')).toBe('2024');
    expect(() => formatYear('soon')).toThrow(RangeError);
  });

  it('gives dates in the Gregorian calendar, like the data years beside them', () => {
    expect(formatDate('2026-11-23', fa)).toBe('۲۳ نوامبر ۲۰۲۶');
    expect(formatDate('2026-11-23', 'en-US')).toBe('Nov 23, 2026');
    expect(formatPublished('2023-09', fa)).toBe('سپتامبر ۲۰۲۳');
    expect(formatPublished('2023-09')).toBe('September 2023');
    expect(formatPublished('2018', fa)).toBe('۲۰۱۸');
  });
});

describe('reading time of Persian text', () => {
  it('counts a word joined by a zero-width non-joiner once', () => {
    expect(countWords('مدیران محصول می‌شود')).toBe(3);
  });
});
