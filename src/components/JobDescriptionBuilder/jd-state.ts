/**
 * The builder's draft: its shape, its defaults, its checks, and its encoding into a URL-safe
 * string. Pure (no DOM), so every rule here is unit-tested. Decoding never throws: a link can
 * come from anywhere, so anything it carries is checked field by field.
 */
import { toLatinDigits } from '../../lib/locale';
import { CURRENCY_CODES, isCountryCode, parseCountryList } from './codes';

export const STATE_VERSION = 1;
export const WORKPLACES = ['onsite', 'hybrid', 'remote'] as const;
export const EMPLOYMENT_TYPES = ['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN'] as const;
export const PERIODS = ['YEAR', 'MONTH', 'HOUR'] as const;
export const LIST_KINDS = ['responsibility', 'required', 'preferred'] as const;

export type Workplace = (typeof WORKPLACES)[number];
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
export type Period = (typeof PERIODS)[number];
export type ListKind = (typeof LIST_KINDS)[number];

/** Caps the form enforces with a visible message (never by cutting text). */
export const SHORT_MAX = 200;
export const LONG_MAX = 10_000;
export const MAX_LINES = 40;
/** Longer links are refused outright: no honest draft gets near this. */
export const MAX_ENCODED = 250_000;
/** How long a posting stays open unless the reader says otherwise. */
export const DEFAULT_OPEN_DAYS = 60;
/** The jd-items entry the experience field replaces, so the years appear once. */
export const EXPERIENCE_ITEM_ID = 'years-of-experience';

/** A line of the ad. `ref` points at the guide's data ("jd:<id>" or "duty:<id>"); own lines have none. */
export interface JdLine {
  ref?: string;
  text: string;
}

/** A line the reader can pick, from src/data/jd-items.yaml or a duty's jdLine. */
export interface CatalogueLine {
  ref: string;
  kind: ListKind;
  text: string;
  skill?: string;
}

export interface JdState {
  title: string;
  company: string;
  website: string;
  about: string;
  productArea: string;
  workplace: Workplace;
  locality: string;
  region: string;
  country: string;
  remoteCountries: string;
  employmentType: EmploymentType;
  salaryMin: string;
  salaryMax: string;
  currency: string;
  period: Period;
  experience: string;
  datePosted: string;
  /** Empty means "DEFAULT_OPEN_DAYS after datePosted". */
  validThrough: string;
  responsibility: JdLine[];
  required: JdLine[];
  preferred: JdLine[];
  eeo: string;
}

export type TextField = {
  [K in keyof JdState]: JdState[K] extends string ? K : never;
}[keyof JdState];

export const SHORT_FIELDS = [
  'title',
  'company',
  'website',
  'productArea',
  'locality',
  'region',
  'country',
  'remoteCountries',
  'salaryMin',
  'salaryMax',
  'currency',
  'experience',
  'datePosted',
  'validThrough',
] as const satisfies readonly TextField[];
export const LONG_FIELDS = ['about', 'eeo'] as const satisfies readonly TextField[];

/** Texts the defaults need that belong to the page's language, not to this module. */
export interface DefaultTexts {
  title: string;
  experience: string;
  eeo: string;
}

// ---------------------------------------------------------------------------------------------
// Dates, in the reader's local time, as YYYY-MM-DD.

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function localIsoDate(date: Date): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Parses YYYY-MM-DD as a real calendar date (no 2026-02-31), or undefined. */
export function parseIsoDate(value: string): { y: number; m: number; d: number } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(y, m - 1, d);
  if (probe.getFullYear() !== y || probe.getMonth() !== m - 1 || probe.getDate() !== d) return undefined;
  return { y, m, d };
}

export function addDays(iso: string, days: number): string {
  const parts = parseIsoDate(iso);
  if (!parts) return '';
  return localIsoDate(new Date(parts.y, parts.m - 1, parts.d + days));
}

/** The closing date the documents use: the one given, or the default after datePosted. */
export function effectiveValidThrough(state: Pick<JdState, 'datePosted' | 'validThrough'>): string {
  return state.validThrough || addDays(state.datePosted, DEFAULT_OPEN_DAYS);
}

// ---------------------------------------------------------------------------------------------
// Defaults.

export function defaultState(catalogue: readonly CatalogueLine[], texts: DefaultTexts, today: Date): JdState {
  const picks = (kind: ListKind) =>
    catalogue
      .filter((l) => l.kind === kind && l.ref.startsWith('jd:'))
      .map((l) => ({ ref: l.ref, text: l.text }));
  return {
    title: texts.title,
    company: '',
    website: '',
    about: '',
    productArea: '',
    workplace: 'hybrid',
    locality: '',
    region: '',
    country: '',
    remoteCountries: '',
    employmentType: 'FULL_TIME',
    salaryMin: '',
    salaryMax: '',
    currency: 'USD',
    period: 'YEAR',
    experience: texts.experience,
    datePosted: localIsoDate(today),
    validThrough: '',
    responsibility: picks('responsibility'),
    required: picks('required'),
    preferred: picks('preferred'),
    eeo: texts.eeo,
  };
}

// ---------------------------------------------------------------------------------------------
// Cleaning text from untrusted places (links, storage).

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drops control characters (not tabs or newlines) and repairs broken UTF-16. Never shortens text otherwise. */
export function cleanText(value: string, multiline: boolean): string {
  const text = value.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROL, '').replace(/\r\n?/g, '\n');
  return multiline ? text : text.replace(/[\n\t]+/g, ' ');
}

// ---------------------------------------------------------------------------------------------
// Encoding: "v1." + base64url(UTF-8 JSON). Lines unchanged from the data travel as their ref only.

type EncodedLine = string | [string] | [string, string];

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(value: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(value)) throw new Error('not base64url');
  const padded = value.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((value.length + 3) % 4);
  const binary = atob(padded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

export function encodeState(state: JdState, catalogue: readonly CatalogueLine[]): string {
  const known = new Map(catalogue.map((l) => [l.ref, l.text]));
  const lines = (list: JdLine[]): EncodedLine[] =>
    list.map((line) => {
      if (line.ref && known.get(line.ref) === line.text) return line.ref;
      return line.ref ? [line.text, line.ref] : [line.text];
    });
  const compact = {
    ...state,
    responsibility: lines(state.responsibility),
    required: lines(state.required),
    preferred: lines(state.preferred),
  };
  return `v${STATE_VERSION}.${toBase64Url(JSON.stringify(compact))}`;
}

/** Why a decode fell back to defaults, for the message the reader sees. */
export type DecodeStatus = 'ok' | 'empty' | 'corrupt' | 'newer' | 'tooLong';

export interface DecodeResult {
  state: JdState;
  status: DecodeStatus;
  /** Lines that named data the guide no longer has, or went past MAX_LINES. */
  dropped: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function pickEnum<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fallback;
}

/**
 * Takes any parsed value and returns a complete, well-typed state: each field that is missing or
 * of the wrong kind keeps its default. Over-long text is kept (the form then says so).
 */
export function normaliseState(
  raw: unknown,
  catalogue: readonly CatalogueLine[],
  defaults: JdState,
): { state: JdState; dropped: number } {
  if (!isRecord(raw)) return { state: defaults, dropped: 0 };
  const known = new Map(catalogue.map((l) => [l.ref, l.text]));
  let dropped = 0;
  const text = (key: TextField, multiline: boolean) => {
    const value = raw[key];
    return typeof value === 'string' ? cleanText(value, multiline) : defaults[key];
  };
  const lines = (key: ListKind): JdLine[] => {
    const value = raw[key];
    if (!Array.isArray(value)) return defaults[key];
    const out: JdLine[] = [];
    for (const item of value) {
      if (out.length >= MAX_LINES) {
        dropped++;
        continue;
      }
      if (typeof item === 'string') {
        const known_text = known.get(item);
        if (known_text === undefined) dropped++;
        else out.push({ ref: item, text: known_text });
      } else if (Array.isArray(item) && typeof item[0] === 'string') {
        const line: JdLine = { text: cleanText(item[0], false) };
        if (typeof item[1] === 'string' && known.has(item[1])) line.ref = item[1];
        out.push(line);
      } else {
        dropped++;
      }
    }
    return out;
  };
  const date = (key: 'datePosted' | 'validThrough') => {
    const value = raw[key];
    if (typeof value !== 'string') return defaults[key];
    if (key === 'validThrough' && value === '') return '';
    return parseIsoDate(value) ? value : defaults[key];
  };
  const country = typeof raw['country'] === 'string' ? raw['country'].trim().toUpperCase() : '';
  const state: JdState = {
    title: text('title', false),
    company: text('company', false),
    website: text('website', false),
    about: text('about', true),
    productArea: text('productArea', false),
    workplace: pickEnum(raw['workplace'], WORKPLACES, defaults.workplace),
    locality: text('locality', false),
    region: text('region', false),
    country: isCountryCode(country) ? country : defaults.country,
    remoteCountries: text('remoteCountries', false),
    employmentType: pickEnum(raw['employmentType'], EMPLOYMENT_TYPES, defaults.employmentType),
    salaryMin: text('salaryMin', false),
    salaryMax: text('salaryMax', false),
    currency: pickEnum(raw['currency'], CURRENCY_CODES, defaults.currency),
    period: pickEnum(raw['period'], PERIODS, defaults.period),
    experience: text('experience', false),
    datePosted: date('datePosted'),
    validThrough: date('validThrough'),
    responsibility: lines('responsibility'),
    required: lines('required'),
    preferred: lines('preferred'),
    eeo: text('eeo', true),
  };
  return { state, dropped };
}

/** Reads a string made by encodeState. Anything else gives the defaults and says why. */
export function decodeState(
  encoded: string,
  catalogue: readonly CatalogueLine[],
  defaults: JdState,
): DecodeResult {
  const fallback = (status: DecodeStatus): DecodeResult => ({ state: defaults, status, dropped: 0 });
  if (typeof encoded !== 'string' || encoded === '') return fallback('empty');
  if (encoded.length > MAX_ENCODED) return fallback('tooLong');
  const match = /^v(\d{1,6})\.(.*)$/s.exec(encoded);
  if (!match) return fallback('corrupt');
  const version = Number(match[1]);
  if (version > STATE_VERSION) return fallback('newer');
  if (version !== STATE_VERSION) return fallback('corrupt');
  let parsed: unknown;
  try {
    parsed = JSON.parse(fromBase64Url(match[2] ?? ''));
  } catch {
    return fallback('corrupt');
  }
  if (!isRecord(parsed)) return fallback('corrupt');
  const { state, dropped } = normaliseState(parsed, catalogue, defaults);
  return { state, status: 'ok', dropped };
}

// ---------------------------------------------------------------------------------------------
// Checks the form shows beside each field. Codes, not sentences: the page words them.

export type Problem =
  | { field: TextField; code: 'tooLong'; length: number; max: number }
  | { field: ListKind; index: number; code: 'tooLong'; length: number; max: number }
  | { field: 'salaryMin' | 'salaryMax'; code: 'notNumber' | 'negative' }
  | { field: 'salaryMax'; code: 'minAboveMax' }
  | { field: 'website'; code: 'badUrl' }
  | { field: 'remoteCountries'; code: 'badCountry'; value: string }
  | { field: ListKind; code: 'tooManyLines'; max: number }
  | { field: 'validThrough'; code: 'beforePosted' }
  | { field: 'datePosted' | 'validThrough'; code: 'badDate' };

/**
 * "150,000" or "150000.50" to a number; "" to null; anything else to NaN. Negative stays negative.
 * Persian and Arabic-Indic digits count as digits ("۱۵۰٬۰۰۰" is 150000), and the Arabic comma and
 * direction marks that come with a pasted Persian number are ignored like spaces.
 */
export function parseAmount(raw: string): number | null {
  const value = toLatinDigits(raw)
    .trim()
    .replace(/[\s,_\u060C\u061C\u200E\u200F]/g, '');
  if (value === '') return null;
  if (!/^-?\d+(\.\d+)?$/.test(value)) return Number.NaN;
  return Number(value);
}

/** An http(s) address as a clean absolute URL, or undefined: keeps javascript: and friends out. */
export function safeWebUrl(raw: string): string | undefined {
  const value = raw.trim();
  if (value === '') return undefined;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    if (!url.hostname.includes('.') || url.username || url.password) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

export function validateState(state: JdState): Problem[] {
  const problems: Problem[] = [];
  const cap = (field: TextField, max: number) => {
    const length = state[field].length;
    if (length > max) problems.push({ field, code: 'tooLong', length, max });
  };
  SHORT_FIELDS.forEach((f) => cap(f, SHORT_MAX));
  LONG_FIELDS.forEach((f) => cap(f, LONG_MAX));
  for (const kind of LIST_KINDS) {
    if (state[kind].length > MAX_LINES) problems.push({ field: kind, code: 'tooManyLines', max: MAX_LINES });
    state[kind].forEach((line, index) => {
      if (line.text.length > LONG_MAX) {
        problems.push({ field: kind, index, code: 'tooLong', length: line.text.length, max: LONG_MAX });
      }
    });
  }
  const amount = (field: 'salaryMin' | 'salaryMax') => {
    const value = parseAmount(state[field]);
    if (value !== null && Number.isNaN(value)) problems.push({ field, code: 'notNumber' });
    else if (value !== null && value < 0) problems.push({ field, code: 'negative' });
    return value !== null && value >= 0 ? value : null;
  };
  const min = amount('salaryMin');
  const max = amount('salaryMax');
  if (min !== null && max !== null && min > max) problems.push({ field: 'salaryMax', code: 'minAboveMax' });
  if (state.website.trim() !== '' && !safeWebUrl(state.website))
    problems.push({ field: 'website', code: 'badUrl' });
  if (state.workplace === 'remote') {
    for (const code of parseCountryList(state.remoteCountries)) {
      if (!isCountryCode(code)) problems.push({ field: 'remoteCountries', code: 'badCountry', value: code });
    }
  }
  if (!parseIsoDate(state.datePosted)) problems.push({ field: 'datePosted', code: 'badDate' });
  if (state.validThrough !== '') {
    if (!parseIsoDate(state.validThrough)) problems.push({ field: 'validThrough', code: 'badDate' });
    else if (parseIsoDate(state.datePosted) && state.validThrough < state.datePosted) {
      problems.push({ field: 'validThrough', code: 'beforePosted' });
    }
  }
  return problems;
}

/** A file name from the title and company: "lead-product-manager-acme". */
export function fileSlug(state: Pick<JdState, 'title' | 'company'>): string {
  const slug = `${state.title} ${state.company}`
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'job-description';
}

/** The lines a reader can pick, built from the two data collections. */
export function buildCatalogue(
  jdItems: readonly { id: string; kind: ListKind; text: string; skill?: string | undefined }[],
  duties: readonly { id: string; jdLine: string }[],
): CatalogueLine[] {
  const fromItems = jdItems
    .filter((i) => i.id !== EXPERIENCE_ITEM_ID)
    .map((i) => ({ ref: `jd:${i.id}`, kind: i.kind, text: i.text, ...(i.skill ? { skill: i.skill } : {}) }));
  const fromDuties = duties.map((d) => ({
    ref: `duty:${d.id}`,
    kind: 'responsibility' as const,
    text: d.jdLine,
  }));
  return [...fromItems, ...fromDuties];
}
