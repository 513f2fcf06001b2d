/**
 * The draft as a URL-safe string, for share links and for storage: "v1." + base64url(UTF-8 JSON).
 * Lines unchanged from the guide's data travel as their ref only. Decoding never throws: a link
 * can come from anywhere, so everything it carries is checked field by field against jd-fields.ts.
 */
import { cleanText } from '../../lib/clean-text';
import { isCountryCode } from './codes';
import { parseIsoDate } from './jd-dates';
import { FIELDS, MAX_ENCODED, MAX_LINES, PLACE_ID_MAX, TEXT_FIELDS } from './jd-fields';
import {
  LIST_KINDS,
  MAX_POSTED_IN,
  type CatalogueLine,
  type JdLine,
  type JdState,
  type ListKind,
  type TextField,
} from './jd-state';

export const STATE_VERSION = 1;

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

/** Lines left out while reading, by reason. */
export type DroppedLines = {
  /** Lines that named data the guide no longer has (or never had). */
  unknown: number;
  /** Lines past MAX_LINES in one list. */
  overLimit: number;
};

export interface DecodeResult {
  state: JdState;
  status: DecodeStatus;
  dropped: DroppedLines;
}

const NONE_DROPPED: DroppedLines = { unknown: 0, overLimit: 0 };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The places a draft names: slugs only, each once, at most MAX_POSTED_IN. Drafts from before the
 * field existed have none and get the default (no places).
 */
function placeIds(value: unknown, fallback: string[]): string[] {
  if (!Array.isArray(value)) return fallback;
  const ids = value.filter(
    (id): id is string =>
      typeof id === 'string' && id.length <= PLACE_ID_MAX && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id),
  );
  return [...new Set(ids)].slice(0, MAX_POSTED_IN);
}

/**
 * Takes any parsed value and returns a complete, well-typed state: each field that is missing or
 * of the wrong kind keeps its default. Over-long text is kept (the form then says so).
 */
export function normaliseState(
  raw: unknown,
  catalogue: readonly CatalogueLine[],
  defaults: JdState,
): { state: JdState; dropped: DroppedLines } {
  if (!isRecord(raw)) return { state: defaults, dropped: { ...NONE_DROPPED } };
  const known = new Map(catalogue.map((l) => [l.ref, l.text]));
  const dropped = { ...NONE_DROPPED };
  const field = (name: TextField): string => {
    const spec = FIELDS[name];
    const value = raw[name];
    if (typeof value !== 'string') return defaults[name];
    switch (spec.kind) {
      case 'line':
        return cleanText(value, false);
      case 'paragraphs':
        return cleanText(value, true);
      case 'choice':
        return spec.choices.includes(value) ? value : defaults[name];
      case 'date':
        return (spec.optional && value === '') || parseIsoDate(value) ? value : defaults[name];
      case 'country': {
        const code = value.trim().toUpperCase();
        return isCountryCode(code) ? code : defaults[name];
      }
    }
  };
  const lines = (key: ListKind): JdLine[] => {
    const value = raw[key];
    if (!Array.isArray(value)) return defaults[key];
    const out: JdLine[] = [];
    for (const item of value) {
      if (out.length >= MAX_LINES) {
        dropped.overLimit++;
        continue;
      }
      if (typeof item === 'string') {
        const text = known.get(item);
        if (text === undefined) dropped.unknown++;
        else out.push({ ref: item, text });
      } else if (Array.isArray(item) && typeof item[0] === 'string') {
        const line: JdLine = { text: cleanText(item[0], false) };
        if (typeof item[1] === 'string' && known.has(item[1])) line.ref = item[1];
        out.push(line);
      } else {
        dropped.unknown++;
      }
    }
    return out;
  };
  const state = { ...defaults, postedIn: placeIds(raw['postedIn'], defaults.postedIn) };
  for (const name of TEXT_FIELDS) (state as Record<TextField, string>)[name] = field(name);
  for (const kind of LIST_KINDS) state[kind] = lines(kind);
  return { state, dropped };
}

/** Reads a string made by encodeState. Anything else gives the defaults and says why. */
export function decodeState(
  encoded: string,
  catalogue: readonly CatalogueLine[],
  defaults: JdState,
): DecodeResult {
  const fallback = (status: DecodeStatus): DecodeResult => ({
    state: defaults,
    status,
    dropped: { ...NONE_DROPPED },
  });
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
