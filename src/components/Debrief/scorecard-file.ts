/**
 * The scorecard file an interviewer downloads and the hiring manager loads on the debrief page:
 * `{ "format": "lead-pm-guide/scorecard", "version": 1, ... }`. Reading never throws and trusts
 * nothing: a file can be corrupt, hand-edited or hostile, so every field is checked and anything
 * odd refuses the whole file with a reason the page words. Pure and unit-tested.
 */
import { cleanText } from '../../lib/clean-text';
import { asciiSlug } from '../../lib/ascii-slug';

export const SCORECARD_FORMAT = 'lead-pm-guide/scorecard';
export const SCORECARD_VERSION = 1;
/** Far more than a full scorecard needs (ten competencies with long notes is about 30 KB). */
export const MAX_FILE_BYTES = 200_000;
export const MAX_LABEL = 120;
export const MAX_EVIDENCE = 4_000;
export const LEANS = ['hire', 'no-hire', 'undecided'] as const;
export type Lean = (typeof LEANS)[number];

export interface Rating {
  competency: string;
  /** 1 to 5 against the kit's anchors. */
  rating: number;
  evidence: string;
}

export interface Scorecard {
  loop: string;
  candidate: string;
  interviewer: string;
  role: string;
  /** The id of the interview (interview-stages.yaml), or "" when the interviewer gave none. */
  stage: string;
  lean: Lean;
  ratings: Rating[];
}

export type Refusal =
  | 'tooBig'
  | 'notJson'
  | 'notScorecard'
  | 'newer'
  | 'forbiddenKey'
  | 'badField'
  | 'markup'
  | 'badRating'
  | 'unknownCompetency'
  | 'repeatedCompetency'
  | 'noRatings';

export type ReadResult = { ok: true; card: Scorecard } | { ok: false; reason: Refusal; field?: string };

/** Keys that would reach an object's prototype if some code merged the file naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Something that reads as an HTML tag or a script address. Text is always shown as text, but a
 * scorecard has no reason to hold either, so a file that does is refused as hostile. */
const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>|<\s*(script|iframe|img|svg|object|style)\b|javascript\s*:/i;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function scorecardToJson(card: Scorecard): string {
  return `${JSON.stringify(
    {
      format: SCORECARD_FORMAT,
      version: SCORECARD_VERSION,
      loop: card.loop,
      candidate: card.candidate,
      interviewer: card.interviewer,
      role: card.role,
      stage: card.stage,
      lean: card.lean,
      ratings: card.ratings.map((r) => ({
        competency: r.competency,
        rating: r.rating,
        evidence: r.evidence,
      })),
    },
    null,
    2,
  )}\n`;
}

/** "scorecard-ana-execution.json": the interviewer and the stage in ASCII, for the file name. */
export function scorecardFileName(card: Pick<Scorecard, 'interviewer' | 'stage'>): string {
  const slug = asciiSlug(`${card.interviewer} ${card.stage}`);
  return `scorecard${slug ? `-${slug}` : ''}.json`;
}

/** Reads one file's text. `bytes` is the file's size as the browser reports it. */
export function readScorecard(
  text: string,
  bytes: number,
  competencies: readonly string[],
  stages: readonly string[],
): ReadResult {
  const refuse = (reason: Refusal, field?: string): ReadResult =>
    field === undefined ? { ok: false, reason } : { ok: false, reason, field };
  if (bytes > MAX_FILE_BYTES || text.length > MAX_FILE_BYTES) return refuse('tooBig');
  let forbidden = false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) forbidden = true;
      return value;
    });
  } catch {
    return refuse('notJson');
  }
  if (forbidden) return refuse('forbiddenKey');
  if (!isRecord(parsed) || parsed['format'] !== SCORECARD_FORMAT) return refuse('notScorecard');
  const version = parsed['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return refuse('notScorecard');
  if (version > SCORECARD_VERSION) return refuse('newer');

  const label = (name: string, required: boolean): string | ReadResult => {
    const value = parsed[name];
    if (typeof value !== 'string') return refuse('badField', name);
    const clean = cleanText(value).trim();
    if (clean.length > MAX_LABEL || (required && clean === '')) return refuse('badField', name);
    if (MARKUP.test(clean)) return refuse('markup', name);
    return clean;
  };
  const fields: Record<string, string> = {};
  for (const [name, required] of [
    ['loop', false],
    ['candidate', true],
    ['interviewer', true],
    ['role', false],
    ['stage', false],
  ] as const) {
    const value = label(name, required);
    if (typeof value !== 'string') return value;
    fields[name] = value;
  }
  if (fields['stage'] !== '' && !stages.includes(fields['stage']!)) return refuse('badField', 'stage');
  const lean = parsed['lean'];
  if (typeof lean !== 'string' || !(LEANS as readonly string[]).includes(lean))
    return refuse('badField', 'lean');

  const list = parsed['ratings'];
  if (!Array.isArray(list)) return refuse('badField', 'ratings');
  if (list.length === 0) return refuse('noRatings');
  if (list.length > competencies.length) return refuse('badField', 'ratings');
  const ratings: Rating[] = [];
  for (const item of list) {
    if (!isRecord(item)) return refuse('badField', 'ratings');
    const { competency, rating, evidence } = item;
    if (typeof competency !== 'string') return refuse('badField', 'competency');
    if (!competencies.includes(competency)) return refuse('unknownCompetency', competency.slice(0, 40));
    if (ratings.some((r) => r.competency === competency)) return refuse('repeatedCompetency', competency);
    if (typeof rating !== 'number' || !Number.isInteger(rating) || rating < 1 || rating > 5) {
      return refuse('badRating', competency);
    }
    if (typeof evidence !== 'string') return refuse('badField', 'evidence');
    const note = cleanText(evidence, true).trim();
    if (note.length > MAX_EVIDENCE) return refuse('badField', 'evidence');
    if (MARKUP.test(note)) return refuse('markup', 'evidence');
    ratings.push({ competency, rating, evidence: note });
  }
  return {
    ok: true,
    card: {
      loop: fields['loop']!,
      candidate: fields['candidate']!,
      interviewer: fields['interviewer']!,
      role: fields['role']!,
      stage: fields['stage']!,
      lean: lean as Lean,
      ratings,
    },
  };
}
