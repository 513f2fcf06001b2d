/**
 * Small pieces of locale-aware text that client scripts share with the build: numbers in the
 * page's digits, list separators, writing direction, and reading numbers typed in any digits.
 * Dependency-free so client scripts can import it.
 */

/** Persian (U+06F0-06F9) and Arabic-Indic (U+0660-0669) digits. */
const EASTERN_DIGITS = /[\u06F0-\u06F9\u0660-\u0669]/g;

/**
 * Persian and Arabic-Indic digits as ASCII 0-9, and the Arabic decimal and thousands separators
 * (٫ ٬) as "." and ",", so "۱۵۰٬۰۰۰" typed on a Persian keyboard reads as "150,000". Everything
 * else is left as it is.
 */
export function toLatinDigits(text: string): string {
  return text
    .replace(EASTERN_DIGITS, (d) => String(d.charCodeAt(0) & 0xf))
    .replace(/\u066B/g, '.')
    .replace(/\u066C/g, ',');
}

/** A whole or decimal number in the locale's digits, e.g. 12 -> "۱۲" in fa-IR. */
export function formatNumber(value: number, locale = 'en-US'): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** A year without a thousands separator, e.g. 2024 -> "۲۰۲۴" in fa-IR. */
export function formatYear(value: number, locale = 'en-US'): string {
  return new Intl.NumberFormat(locale, { useGrouping: false }).format(value);
}

/** Every number of a template's values in the locale's digits; strings pass through unchanged. */
export function localDigits<T extends Record<string, string | number>>(
  values: T,
  locale = 'en-US',
): Record<keyof T, string> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      key,
      typeof value === 'number' ? formatNumber(value, locale) : value,
    ]),
  ) as Record<keyof T, string>;
}

/** Persian writes lists with the Arabic comma. */
export function listSeparator(locale = 'en-US'): string {
  return /^(fa|ar|ur)\b/i.test(locale) ? '، ' : ', ';
}

/** The writing direction of a language or locale. */
export function textDirection(lang = 'en'): 'rtl' | 'ltr' {
  return /^(fa|ar|he|ur)\b/i.test(lang) ? 'rtl' : 'ltr';
}
