/**
 * Everything that depends on the reader's language, in one place: which language a page is in,
 * how data entries are localised, and how numbers, money, dates and punctuation are written.
 * Dependency-free, so build-time components and client scripts share the same rules.
 */

/** The guide's languages: English at the root, Persian under /fa/. */
export type Lang = 'en' | 'fa';

export function langOf(lang: string | undefined): Lang {
  return lang === 'fa' || lang?.startsWith('fa-') ? 'fa' : 'en';
}

/** The Intl locale for a language; a full locale such as "fa-IR" passes through. */
export function intlLocale(lang: string | undefined): string {
  if (lang && lang.includes('-')) return lang;
  return langOf(lang) === 'fa' ? 'fa-IR' : 'en-US';
}

/** The writing direction of a language or locale. */
export function textDirection(lang: string | undefined): 'rtl' | 'ltr' {
  return langOf(lang) === 'fa' ? 'rtl' : 'ltr';
}

/**
 * A data entry in the reader's language: its Persian text fields laid over the English when the
 * page is Persian. Shared fields (ids, numbers, references) are the same in both.
 */
export function localise<T extends { fa?: object | undefined }>(
  data: T,
  lang: string | undefined,
): Omit<T, 'fa'> {
  const { fa, ...shared } = data;
  return langOf(lang) === 'fa' && fa ? { ...shared, ...fa } : shared;
}

/** A page path in the reader's language, e.g. "role/duties/" -> "fa/role/duties/". */
export function localePath(path: string, lang: string | undefined): string {
  const clean = path.replace(/^\/+/, '');
  return langOf(lang) === 'fa' ? `fa/${clean}` : clean;
}

/**
 * Punctuation that differs in Persian. `list` joins list items; `sep` separates the parts of a
 * short line (a middle dot in English; in Persian a dash, since "·" beside Persian digits reads
 * as the Persian zero).
 */
export function punctuation(lang: string | undefined) {
  return langOf(lang) === 'fa'
    ? { comma: '،', semicolon: '؛', list: '، ', sep: ' – ', open: '«', close: '»' }
    : { comma: ',', semicolon: ';', list: ', ', sep: ' · ', open: '“', close: '”' };
}

/**
 * Attributes for Latin-script names (source titles, publishers, certifications) on a Persian page:
 * read as English by screen readers and laid out left to right, so trailing punctuation stays put.
 */
export function latinText(lang: string | undefined): { lang?: 'en'; dir?: 'ltr' } {
  return langOf(lang) === 'fa' ? { lang: 'en', dir: 'ltr' } : {};
}

/** Persian (U+06F0-06F9) and Arabic-Indic (U+0660-0669) digits. */
const EASTERN_DIGITS = /[\u06F0-\u06F9\u0660-\u0669]/g;

/**
 * Persian and Arabic-Indic digits as ASCII 0-9, and the Arabic decimal and thousands separators
 * (٫ ٬) as "." and ",", so "۱۵۰٬۰۰۰" typed on a Persian keyboard reads as "150,000".
 */
export function toLatinDigits(text: string): string {
  return text
    .replace(EASTERN_DIGITS, (d) => String(d.charCodeAt(0) & 0xf))
    .replace(/\u066B/g, '.')
    .replace(/\u066C/g, ',');
}

/** A count or decimal in the reader's digits, e.g. "2,080" or "۲٬۰۸۰"; at most two decimals. */
export function formatNumber(value: number, lang?: string): string {
  return new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 2 }).format(value);
}

/** Every number of a template's values in the reader's digits; strings pass through unchanged. */
export function localDigits<T extends Record<string, string | number>>(
  values: T,
  lang?: string,
): Record<keyof T, string> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      key,
      typeof value === 'number' ? formatNumber(value, lang) : value,
    ]),
  ) as Record<keyof T, string>;
}

/** A calendar year in the reader's digits and without a thousands separator: "2024" or "۲۰۲۴". */
export function formatYear(year: number | string, lang?: string): string {
  // Persian pages may pass a year already typed in Persian digits, e.g. year="۲۰۲۴".
  const value = Number(toLatinDigits(String(year)));
  if (!Number.isInteger(value)) throw new RangeError(`formatYear needs a whole year; got "${year}"`);
  return new Intl.NumberFormat(intlLocale(lang), { useGrouping: false }).format(value);
}

/** Hours in a full-time year (40 hours x 52 weeks): how sources turn annual pay into hourly. */
export const FULL_TIME_HOURS = 2080;

/** Hourly pay from annual pay over a full-time year, rounded to the cent. */
export function hourlyFromAnnual(annual: number, hours = FULL_TIME_HOURS): number {
  if (!Number.isFinite(annual) || !Number.isFinite(hours) || hours <= 0) {
    throw new RangeError('hourlyFromAnnual needs a finite annual amount and positive hours');
  }
  return Math.round((annual / hours) * 100) / 100;
}

/** Whole currency units, e.g. "$145,000". */
export function formatMoney(amount: number, currency = 'USD', lang?: string): string {
  return new Intl.NumberFormat(intlLocale(lang), {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  }).format(amount);
}

/** Money to the cent, e.g. "$69.71". */
export function formatMoneyCents(amount: number, currency = 'USD', lang?: string): string {
  return new Intl.NumberFormat(intlLocale(lang), {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(amount);
}

/** Short money for charts and cards, e.g. "$145K". */
export function formatMoneyShort(amount: number, currency = 'USD', lang?: string): string {
  return new Intl.NumberFormat(intlLocale(lang), {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(amount);
}

/**
 * A date as readers expect it, e.g. "Nov 23, 2026"; always in UTC so builds are reproducible. Always
 * the Gregorian calendar (fa-IR would default to the Solar Hijri one), so a date agrees with the
 * data years the guide quotes, e.g. "۲۳ نوامبر ۲۰۲۶" beside "۲۰۲۴".
 */
export function formatDate(date: Date | string, lang?: string): string {
  const value = typeof date === 'string' ? new Date(`${date}T00:00:00Z`) : date;
  return value.toLocaleDateString(intlLocale(lang), {
    dateStyle: 'medium',
    timeZone: 'UTC',
    calendar: 'gregory',
  });
}

/**
 * A publication date as sources give it, "2024" or "2024-05", in the reader's language and digits:
 * "2024", "May 2024"; "۲۰۲۴", "مه ۲۰۲۴".
 */
export function formatPublished(published: string, lang?: string): string {
  const [year, month] = published.split('-');
  if (!month) return formatYear(published, lang);
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, 1));
  if (Number.isNaN(date.getTime()))
    throw new RangeError(`formatPublished needs YYYY or YYYY-MM; got "${published}"`);
  return date.toLocaleDateString(intlLocale(lang), {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
    calendar: 'gregory',
  });
}
