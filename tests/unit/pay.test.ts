import { describe, expect, it } from 'vitest';
import { dataPeriod, payAmount, sharedPeriod } from '../../src/lib/pay';

const median = { id: 'm', annual: 171200, currency: 'USD', country: 'United States', year: 2024, month: 5 };
const floor = { ...median, id: 'p90', annual: 239200, topCoded: true as const };

describe('payAmount', () => {
  it("writes a top-coded figure as a floor, in the reader's digits", () => {
    expect(payAmount(median, 'en', '{{amount}} or more')).toBe('$171,200');
    expect(payAmount(floor, 'en', '{{amount}} or more')).toBe('$239,200 or more');
    expect(payAmount(floor, 'fa', '{{amount}} یا بیشتر')).toBe('\u200e$۲۳۹٬۲۰۰ یا بیشتر');
  });
});

describe('dataPeriod', () => {
  it('names the reference month when the survey has one', () => {
    expect(dataPeriod(median, 'en')).toBe('May 2024');
    expect(dataPeriod({ year: 2023 }, 'en')).toBe('2023');
    expect(dataPeriod({ year: 2023 }, 'fa')).toBe('۲۰۲۳');
  });
});

describe('sharedPeriod', () => {
  it('gives the one place and period a table shows', () => {
    expect(sharedPeriod([median, floor], 'a table')).toEqual({
      country: 'United States',
      year: 2024,
      month: 5,
    });
  });
  it('refuses to mix data years or places in one table, naming the odd figure', () => {
    expect(() => sharedPeriod([median, { ...median, id: 'old', year: 2023 }], '<SalaryTable>')).toThrow(
      /"old" \(United States, 2023\)/,
    );
    expect(() => sharedPeriod([median, { ...median, id: 'uk', country: 'United Kingdom' }], 'x')).toThrow(
      /"uk"/,
    );
    expect(() => sharedPeriod([], 'x')).toThrow(/at least one/);
  });
});
