/**
 * Every text field of the draft with its kind and the most characters it takes. The form's
 * `maxlength`, the checks, the codec and the longest link a draft can make all read this table, so
 * a limit is written once.
 *
 * To add a field: add it to JdState and defaultState (jd-state.ts), give it a line here, put a
 * <TextField name="..." /> (parts/TextField.astro) in the form, and add its label
 * `guide.jdb.field.<name>` to en.json and fa.json. Reading links and storage, the length check and
 * the form binding then cover it with no other change.
 */
import { CURRENCY_CODES } from './codes';
import {
  EMPLOYMENT_TYPES,
  LIST_KINDS,
  MAX_POSTED_IN,
  PERIODS,
  WORKPLACES,
  YES_NO,
  type TextField,
} from './jd-state';

/** A one-line field. */
export const SHORT_MAX = 200;
/** A field of paragraphs (About, the equal-opportunity statement). */
export const LONG_MAX = 10_000;
/** One line of a list; the guide's own lines are under 130 characters. */
export const LINE_MAX = 500;
/** Lines in one list. */
export const MAX_LINES = 40;

export type FieldSpec =
  /** Free text on one line; line breaks become spaces. */
  | { kind: 'line'; max: number }
  /** Free text; blank lines split paragraphs. */
  | { kind: 'paragraphs'; max: number }
  /** One of a fixed set of codes. */
  | { kind: 'choice'; max: number; choices: readonly string[] }
  /** YYYY-MM-DD; `optional` lets it be empty. */
  | { kind: 'date'; max: number; optional?: true }
  /** An ISO 3166 alpha-2 code, or empty. */
  | { kind: 'country'; max: number };

const line = { kind: 'line', max: SHORT_MAX } as const;

export const FIELDS: Readonly<Record<TextField, FieldSpec>> = {
  title: line,
  company: line,
  website: line,
  about: { kind: 'paragraphs', max: LONG_MAX },
  productArea: line,
  roleIntro: { kind: 'paragraphs', max: LONG_MAX },
  reportsTo: line,
  pmsLed: line,
  workingPattern: line,
  workplace: { kind: 'choice', max: SHORT_MAX, choices: WORKPLACES },
  locality: line,
  region: line,
  country: { kind: 'country', max: SHORT_MAX },
  remoteCountries: line,
  employmentType: { kind: 'choice', max: SHORT_MAX, choices: EMPLOYMENT_TYPES },
  salaryMin: line,
  salaryMax: line,
  currency: { kind: 'choice', max: SHORT_MAX, choices: CURRENCY_CODES },
  period: { kind: 'choice', max: SHORT_MAX, choices: PERIODS },
  experience: line,
  benefits: { kind: 'paragraphs', max: LONG_MAX },
  asksPayHistory: { kind: 'choice', max: SHORT_MAX, choices: YES_NO },
  datePosted: { kind: 'date', max: SHORT_MAX },
  validThrough: { kind: 'date', max: SHORT_MAX, optional: true },
  eeo: { kind: 'paragraphs', max: LONG_MAX },
};

export const TEXT_FIELDS = Object.keys(FIELDS) as TextField[];

/** The `maxlength` of a field's input, for the fields a reader types into. */
export function maxLengthOf(name: TextField): number {
  return FIELDS[name].max;
}

/** The longest place id a draft carries (ids are slugs; the longest in the data is under 30). */
export const PLACE_ID_MAX = 60;

/** Characters a draft within every limit holds at most. */
export const MAX_DRAFT_CHARACTERS =
  Object.values(FIELDS).reduce((sum, spec) => sum + spec.max, 0) +
  LIST_KINDS.length * MAX_LINES * LINE_MAX +
  MAX_POSTED_IN * (PLACE_ID_MAX + 3);

/**
 * The longest encoded draft (link or stored text) that is read: every field full of characters
 * that take three bytes in UTF-8 (Persian takes two), room for the JSON around them and each
 * line's ref, times base64's 4/3. Anything the form lets a reader type fits, so a draft is never
 * saved and then refused on reload; a longer link is not a draft and is refused unread.
 */
export const MAX_ENCODED = Math.ceil(
  ((MAX_DRAFT_CHARACTERS * 3 + LIST_KINDS.length * MAX_LINES * 64 + 4_000) * 4) / 3,
);
