/**
 * Rules that need numbers or context rather than a word list: years of experience above what the
 * job needs, caps on experience and ages, a degree required with no alternative, a university's
 * standing. Each runs on normalized text (normalize.ts: lower case, Latin digits). The patterns are
 * fixed, precompiled and have no nested repetition: each step of a match either consumes a
 * character or has a small fixed bound, so time grows with the text, not faster.
 *
 * Years: the lead PM ads and guides we cite ask for 4 or more, or 5 or more, years (see the
 * requirements page); an ask of INFLATED_YEARS or more, over half as much again as the usual 5, is
 * flagged. A range counts by its lower end ("5-10 years" asks for 5).
 */
import type { WordingKind, WordingLang } from './types';

export const INFLATED_YEARS = 8;

export interface Rule {
  id: string;
  kind: WordingKind;
  lang: WordingLang;
  pattern: RegExp;
  /** Whether a match is a finding (numbers in range, no alternative offered nearby). */
  accept?: (match: RegExpExecArray, sentence: string) => boolean;
  suggest: string;
}

// A word starts here: no letter, mark or digit just before.
const B = '(?<![\\p{L}\\p{M}\\p{N}])';
// A word ends here.
const E = '(?![\\p{L}\\p{M}\\p{N}])';
const re = (source: string) => new RegExp(source, 'gu');
const atLeast =
  (min: number, max = 99) =>
  (m: RegExpExecArray) => {
    const n = Number(m[1]);
    return n >= min && n <= max;
  };
const noAlternative = (alternatives: RegExp) => (_m: RegExpExecArray, sentence: string) =>
  !alternatives.test(sentence);

const EN_ALTERNATIVE = /equivalent|or similar|or relevant|or comparable|or practical/u;
const FA_ALTERNATIVE = /معادل|یا سابقه|یا تجربه|یا مهارت/u;

export const RULES: readonly Rule[] = [
  {
    id: 'en-years',
    kind: 'inflated',
    lang: 'en',
    pattern: re(
      `${B}(\\d{1,2})(?:\\s{0,3}(?:-|–|to)\\s{0,3}\\d{1,2})?\\s{0,3}\\+?\\s{0,3}(?:or more\\s{1,3}|plus\\s{1,3})?(?:years?|yrs?)${E}(?!\\s{1,3}(?:ago|old))`,
    ),
    accept: atLeast(INFLATED_YEARS),
    suggest: 'ask for the years the job needs; most lead PM ads ask for 4 or 5 or more',
  },
  {
    id: 'en-years-cap',
    kind: 'age',
    lang: 'en',
    pattern: re(
      `${B}(?:no more than|not more than|maximum of|at most)\\s{1,3}\\d{1,2}\\s{0,3}(?:years?|yrs?)${E}`,
    ),
    suggest: 'drop the cap; it turns away experienced, often older, applicants',
  },
  {
    id: 'en-age-limit',
    kind: 'age',
    lang: 'en',
    pattern: re(
      `${B}(?:(?:aged|age limit|maximum age|max age|between the ages of|ages?)[\\s:]{0,3}(?:(?:of|is|from|between)\\s{1,3})?\\d{2}|(?:under|below|younger than|no older than|not older than|over)\\s{1,3}\\d{2}\\s{0,3}(?:years old|years of age|yrs old))${E}`,
    ),
    suggest: 'leave age out; say what the work needs',
  },
  {
    id: 'en-degree',
    kind: 'inflated',
    lang: 'en',
    pattern: re(
      `${B}(?:(?:bachelor|master)(?:'?s)?|mba|ph\\.?\\s?d|degree|diploma)${E}[^.\\n;]{0,60}?${B}(?:required|mandatory|a must)${E}|${B}(?:must have|requires?|required:?)\\s{1,3}(?:an?\\s{1,3})?(?:bachelor|master|mba|phd|university|college|degree)`,
    ),
    accept: noAlternative(EN_ALTERNATIVE),
    suggest: 'add "or equivalent experience", or leave the degree out',
  },
  {
    id: 'en-prestige',
    kind: 'inflated',
    lang: 'en',
    pattern: re(
      `${B}(?:(?:top[- ]tier|top|elite|prestigious|top-ranked|tier[- ]1|leading)\\s{1,3}(?:universit|college|school)\\p{L}*|ivy league)${E}`,
    ),
    suggest: 'name the skills instead; where someone studied is not one',
  },
  {
    id: 'fa-age-limit',
    kind: 'age',
    lang: 'fa',
    pattern: re(
      `${B}(?:سن|سنی)[^\\p{L}\\p{N}]{0,4}(?:(?:حداکثر|حداقل|زیر|کمتر از|بالای|بیش از|بیشتر از|بین|از|تا)[^\\p{L}\\p{N}]{0,3})?\\d{1,3}|${B}(?:رده|بازه|محدوده)(?:\\s{0,2}ی)?\\s{0,2}سنی${E}`,
    ),
    suggest: 'سن را ننویسید؛ مهارت‌ها و سابقه‌ی لازم را بنویسید',
  },
  {
    id: 'fa-age-years',
    kind: 'age',
    lang: 'fa',
    pattern: re(
      `${B}(?:حداکثر|حداقل|زیر|کمتر از|بالای|بیش از|بیشتر از)\\s{0,3}(\\d{1,2})\\s{0,3}سال${E}(?!\\s{0,3}(?:سابقه|تجربه|کار))`,
    ),
    accept: atLeast(15, 70),
    suggest: 'سن را ننویسید؛ مهارت‌ها و سابقه‌ی لازم را بنویسید',
  },
  {
    id: 'fa-birth-year',
    kind: 'age',
    lang: 'fa',
    pattern: re(`${B}متولد(?:ین)?\\s{0,3}(?:سال\\s{0,3})?\\d{2,4}`),
    suggest: 'سال تولد را ننویسید؛ مهارت و سابقه‌ی لازم را بنویسید',
  },
  {
    id: 'fa-years',
    kind: 'inflated',
    lang: 'fa',
    pattern: re(
      `${B}(\\d{1,2})\\s{0,3}\\+?\\s{0,3}سال(?:ه)?\\s{0,3}(?:ی\\s{0,2})?(?:سابقه|تجربه)|${B}(?:سابقه|تجربه)(?:\\s{0,2}ی)?(?:\\s{0,3}کار(?:ی)?)?(?:\\s{0,3}مفید)?\\s{0,3}(?:حداقل|دست کم|بیش از|بالای)?\\s{0,3}(\\d{1,2})\\s{0,3}سال${E}`,
    ),
    accept: (m) => Number(m[1] ?? m[2]) >= INFLATED_YEARS,
    suggest:
      'سابقه‌ای را بخواهید که کار لازم دارد؛ بیشتر آگهی‌های مدیر محصول لید ۴ یا ۵ سال یا بیشتر می‌خواهند',
  },
  {
    id: 'fa-degree',
    kind: 'inflated',
    lang: 'fa',
    pattern: re(
      `${B}(?:مدرک|کارشناسی|ارشد|دکتری|دکترا|لیسانس|فوق لیسانس|mba)${E}[^.\\n؛]{0,40}?(?:الزامی|ضروری|اجباری)`,
    ),
    accept: noAlternative(FA_ALTERNATIVE),
    suggest: 'بنویسید «یا تجربه‌ی معادل»، یا شرط مدرک را بردارید',
  },
  {
    id: 'fa-prestige',
    kind: 'inflated',
    lang: 'fa',
    pattern: re(`${B}دانشگاه(?:\\s{0,2}های?|\\s{0,2}ی)?\\s{0,2}(?:سراسری|برتر|معتبر|تراز اول)${E}`),
    suggest: 'به جای نام دانشگاه، مهارت‌های لازم را بنویسید',
  },
];
