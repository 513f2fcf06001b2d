import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatMoney,
  formatMoneyCents,
  formatMoneyShort,
  formatNumber,
  formatPublished,
  formatYear,
  hourlyFromAnnual,
  intlLocale,
  langOf,
  latinText,
  localePath,
  localise,
  punctuation,
  textDirection,
} from '../../src/lib/locale';
import { fill } from '../../src/lib/template';
import { countWords } from '../../src/lib/reading-time';

describe('hourlyFromAnnual', () => {
  it.each([
    [145000, 69.71],
    [215000, 103.37],
    [164070, 78.88],
  ])('turns %d a year into %d an hour over 2,080 hours', (annual, hourly) => {
    expect(hourlyFromAnnual(annual)).toBe(hourly);
  });
  it('refuses nonsense instead of returning NaN or Infinity', () => {
    expect(() => hourlyFromAnnual(Number.NaN)).toThrow(RangeError);
    expect(() => hourlyFromAnnual(100, 0)).toThrow(RangeError);
  });
});

describe('money formats', () => {
  it('formats whole dollars, cents and short forms', () => {
    expect(formatMoney(145000)).toBe('$145,000');
    expect(formatMoneyCents(69.7)).toBe('$69.70');
    expect(formatMoneyShort(145000)).toBe('$145K');
  });
});

describe('formatDate', () => {
  it('formats a YYYY-MM-DD string and a Date the same way, in UTC', () => {
    expect(formatDate('2026-11-23')).toBe('Nov 23, 2026');
    expect(formatDate(new Date('2026-11-23T23:30:00Z'))).toBe('Nov 23, 2026');
  });
});

describe('fill', () => {
  it('replaces known placeholders and leaves unknown ones visible', () => {
    expect(fill('{{min}}–{{max}} years', { min: 4, max: 5 })).toBe('4–5 years');
    expect(fill('accessed {{date}} {{other}}', { date: 'today' })).toBe('accessed today {{other}}');
  });
  it('inserts values literally, so "$&" or "$\'" in a value is never read as a replacement pattern', () => {
    expect(fill('No results for {{query}}', { query: "a$&b$'c$`d" })).toBe("No results for a$&b$'c$`d");
  });
  it('ignores placeholders named like Object properties', () => {
    expect(fill('{{constructor}} {{toString}}', {})).toBe('{{constructor}} {{toString}}');
  });
});

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

  it('reads the language from a language code or a full locale', () => {
    expect(langOf('fa')).toBe('fa');
    expect(langOf('fa-IR')).toBe('fa');
    expect(langOf(undefined)).toBe('en');
    expect(langOf('farsi')).toBe('en');
    expect(intlLocale('fa')).toBe('fa-IR');
    expect(intlLocale('en')).toBe('en-US');
    expect(intlLocale('fa-IR')).toBe('fa-IR');
    expect(textDirection('fa')).toBe('rtl');
    expect(textDirection('en-US')).toBe('ltr');
  });

  it('prefixes Persian paths with fa/', () => {
    expect(localePath('/role/duties/', 'fa')).toBe('fa/role/duties/');
    expect(localePath('about/glossary/#okr', 'en')).toBe('about/glossary/#okr');
    expect(localePath('', 'fa')).toBe('fa/');
  });

  it('uses Persian punctuation and marks Latin names on Persian pages', () => {
    expect(punctuation('fa')).toMatchObject({
      comma: '،',
      semicolon: '؛',
      list: '، ',
      open: '«',
      close: '»',
    });
    expect(punctuation('en')).toMatchObject({ comma: ',', semicolon: ';', list: ', ' });
    // A middle dot beside Persian digits reads as the Persian zero (۰).
    expect(punctuation('fa').sep).not.toContain('·');
    expect(punctuation('fa-IR')).toEqual(punctuation('fa'));
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
