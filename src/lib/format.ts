export { fill } from './template';

/** Hours in a full-time year (40 hours x 52 weeks): how sources turn annual pay into hourly. */
export const FULL_TIME_HOURS = 2080;

/** Whole currency units, e.g. "$145,000". */
export function formatMoney(amount: number, currency = 'USD', locale = 'en-US'): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  }).format(amount);
}

/** Money to the cent, e.g. "$69.71". */
export function formatMoneyCents(amount: number, currency = 'USD', locale = 'en-US'): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(amount);
}

/** Hourly pay from annual pay over a full-time year, rounded to the cent. */
export function hourlyFromAnnual(annual: number, hours = FULL_TIME_HOURS): number {
  if (!Number.isFinite(annual) || !Number.isFinite(hours) || hours <= 0) {
    throw new RangeError(`hourlyFromAnnual needs a finite annual amount and positive hours`);
  }
  return Math.round((annual / hours) * 100) / 100;
}

/** Short numbers for charts and cards, e.g. "$145K". */
export function formatMoneyShort(amount: number, currency = 'USD', locale = 'en-US'): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(amount);
}

/** A date as readers expect it, e.g. "23 Nov 2026"; always in UTC so builds are reproducible. */
export function formatDate(date: Date | string, locale = 'en-GB'): string {
  const value = typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date;
  return value.toLocaleDateString(locale, { dateStyle: 'medium', timeZone: 'UTC' });
}
