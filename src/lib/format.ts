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

/**
 * A date as readers expect it, e.g. "23 Nov 2026"; always in UTC so builds are reproducible. Always
 * the Gregorian calendar (fa-IR would default to the Solar Hijri one), so a date agrees with the
 * data years the guide quotes, e.g. "۲۳ نوامبر ۲۰۲۶" beside "۲۰۲۴".
 */
export function formatDate(date: Date | string, locale = 'en-GB'): string {
  const value = typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date;
  return value.toLocaleDateString(locale, { dateStyle: 'medium', timeZone: 'UTC', calendar: 'gregory' });
}

/** A count in the reader's digits, e.g. "2,080" or "۲٬۰۸۰". */
export function formatNumber(value: number, locale = 'en-US'): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** A calendar year in the reader's digits and without a thousands separator: "2024" or "۲۰۲۴". */
export function formatYear(year: number | string, locale = 'en-US'): string {
  // Persian pages may pass a year already typed in Persian digits, e.g. year="۲۰۲۴".
  const value = Number(String(year).replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x06f0)));
  if (!Number.isInteger(value)) throw new RangeError(`formatYear needs a whole year; got "${year}"`);
  return new Intl.NumberFormat(locale, { useGrouping: false }).format(value);
}

/**
 * A publication date as sources give it, "2024" or "2024-05", in the reader's language and digits:
 * "2024", "May 2024"; "۲۰۲۴", "مه ۲۰۲۴".
 */
export function formatPublished(published: string, locale = 'en-US'): string {
  const [year, month] = published.split('-');
  if (!month) return formatYear(published, locale);
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, 1));
  if (Number.isNaN(date.getTime()))
    throw new RangeError(`formatPublished needs YYYY or YYYY-MM; got "${published}"`);
  return date.toLocaleDateString(locale, {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
    calendar: 'gregory',
  });
}
