import { describe, expect, it } from 'vitest';
import {
  fill,
  formatDate,
  formatMoney,
  formatMoneyCents,
  formatMoneyShort,
  hourlyFromAnnual,
} from '../../src/lib/format';

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
    expect(formatDate('2026-11-23')).toBe('23 Nov 2026');
    expect(formatDate(new Date('2026-11-23T23:30:00Z'))).toBe('23 Nov 2026');
  });
});

describe('fill', () => {
  it('replaces known placeholders and leaves unknown ones visible', () => {
    expect(fill('{{min}}–{{max}} years', { min: 4, max: 5 })).toBe('4–5 years');
    expect(fill('accessed {{date}} {{other}}', { date: 'today' })).toBe('accessed today {{other}}');
  });
});
