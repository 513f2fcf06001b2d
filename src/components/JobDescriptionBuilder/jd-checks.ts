/**
 * What the form flags beside each field, and the readings of pay and web addresses that the
 * documents share. Codes, not sentences: the page words them (guide.jdb.error.<code>). A problem
 * blocks export until it is fixed. Pure and unit-tested.
 */
import { safeWebUrl } from '../../lib/clean-text';
import { toLatinDigits } from '../../lib/locale';
import { isCountryCode, parseCountryList } from './codes';
import { parseIsoDate } from './jd-dates';
import { FIELDS, LINE_MAX, MAX_LINES, TEXT_FIELDS } from './jd-fields';
import { LIST_KINDS, type JdState, type ListKind, type TextField } from './jd-state';

export type Problem =
  | { field: TextField; code: 'tooLong'; length: number; max: number }
  | { field: ListKind; index: number; code: 'tooLong'; length: number; max: number }
  | { field: 'salaryMin' | 'salaryMax'; code: 'notNumber' | 'negative' }
  | { field: 'salaryMax'; code: 'minAboveMax' }
  | { field: 'website'; code: 'badUrl' }
  | { field: 'remoteCountries'; code: 'badCountry'; value: string }
  | { field: ListKind; code: 'tooManyLines'; max: number }
  | { field: 'validThrough'; code: 'beforePosted' }
  | { field: 'datePosted' | 'validThrough'; code: 'badDate' }
  | { field: 'pmsLed'; code: 'notCount' };

/** "3" or "۳" to 3; "" to null; anything but a whole number from 0 to 999 to NaN. */
export function parseCount(raw: string): number | null {
  const value = toLatinDigits(raw).trim();
  if (value === '') return null;
  return /^\d{1,3}$/.test(value) ? Number(value) : Number.NaN;
}

/**
 * "150,000" or "150000.50" to a number; "" to null; anything else to NaN. A minus sign is kept
 * ("-0" reads as -0, which `isPayAmount` refuses). Persian and Arabic-Indic digits count as digits
 * ("۱۵۰٬۰۰۰" is 150000), and the Arabic comma and direction marks that come with a pasted Persian
 * number are ignored like spaces.
 */
export function parseAmount(raw: string): number | null {
  const value = toLatinDigits(raw)
    .trim()
    .replace(/[\s,_\u060C\u061C\u200E\u200F]/g, '');
  if (value === '') return null;
  if (!/^-?\d+(\.\d+)?$/.test(value)) return Number.NaN;
  return Number(value);
}

/** A pay figure the ad can state: a finite number, zero or more, and not minus zero. */
export const isPayAmount = (n: number | null): n is number =>
  n !== null && Number.isFinite(n) && n >= 0 && !Object.is(n, -0);

export function validateState(state: JdState): Problem[] {
  const problems: Problem[] = [];
  for (const field of TEXT_FIELDS) {
    const { length } = state[field];
    const { max } = FIELDS[field];
    if (length > max) problems.push({ field, code: 'tooLong', length, max });
  }
  for (const kind of LIST_KINDS) {
    if (state[kind].length > MAX_LINES) problems.push({ field: kind, code: 'tooManyLines', max: MAX_LINES });
    state[kind].forEach((line, index) => {
      if (line.text.length > LINE_MAX) {
        problems.push({ field: kind, index, code: 'tooLong', length: line.text.length, max: LINE_MAX });
      }
    });
  }
  const amount = (field: 'salaryMin' | 'salaryMax') => {
    const value = parseAmount(state[field]);
    if (value === null) return null;
    if (Number.isNaN(value)) problems.push({ field, code: 'notNumber' });
    else if (!isPayAmount(value)) problems.push({ field, code: 'negative' });
    return isPayAmount(value) ? value : null;
  };
  const min = amount('salaryMin');
  const max = amount('salaryMax');
  if (min !== null && max !== null && min > max) problems.push({ field: 'salaryMax', code: 'minAboveMax' });
  if (state.website.trim() !== '' && !safeWebUrl(state.website)) {
    problems.push({ field: 'website', code: 'badUrl' });
  }
  if (state.workplace === 'remote') {
    for (const code of parseCountryList(state.remoteCountries)) {
      if (!isCountryCode(code)) problems.push({ field: 'remoteCountries', code: 'badCountry', value: code });
    }
  }
  if (Number.isNaN(parseCount(state.pmsLed))) problems.push({ field: 'pmsLed', code: 'notCount' });
  if (!parseIsoDate(state.datePosted)) problems.push({ field: 'datePosted', code: 'badDate' });
  if (state.validThrough !== '') {
    if (!parseIsoDate(state.validThrough)) problems.push({ field: 'validThrough', code: 'badDate' });
    else if (parseIsoDate(state.datePosted) && state.validThrough < state.datePosted) {
      problems.push({ field: 'validThrough', code: 'beforePosted' });
    }
  }
  return problems;
}
