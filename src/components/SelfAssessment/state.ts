/**
 * Ratings kept in localStorage. Whatever is stored may be stale, hand-edited or hostile, so
 * reading never throws: anything that is not a known skill id with a whole rating 1-5 is dropped.
 */
import { isRating, type Rating, type Ratings } from './assessment-logic';

export const STATE_VERSION = 1;
/** The version is in the key too, so a future format never reads this one by mistake. */
export const STORAGE_KEY = `lead-pm-guide:self-assessment:v${STATE_VERSION}`;
/** Far more than 13 ratings need; a bigger value is not ours and is not parsed. */
const MAX_STORED_LENGTH = 10_000;

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Ratings from a stored string; an empty map for anything unreadable. */
export function parseState(raw: unknown, skillIds: readonly string[]): Map<string, Rating> {
  const ratings = new Map<string, Rating>();
  if (typeof raw !== 'string' || raw.length > MAX_STORED_LENGTH) return ratings;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return ratings;
  }
  if (!isPlainObject(parsed) || parsed['version'] !== STATE_VERSION) return ratings;
  const stored = parsed['ratings'];
  if (!isPlainObject(stored)) return ratings;
  // Walk our own ids, never the stored keys, so "__proto__" and friends are never touched.
  for (const id of skillIds) {
    if (!Object.hasOwn(stored, id)) continue;
    const value = stored[id];
    if (isRating(value)) ratings.set(id, value);
  }
  return ratings;
}

export function serialiseState(ratings: Ratings): string {
  return JSON.stringify({ version: STATE_VERSION, ratings: Object.fromEntries(ratings) });
}

/** Saved ratings, or none when storage is missing, blocked or holds something else. */
export function loadRatings(storage: StorageLike | null, skillIds: readonly string[]): Map<string, Rating> {
  try {
    return parseState(storage?.getItem(STORAGE_KEY), skillIds);
  } catch {
    return new Map();
  }
}

/** False when the browser refuses to store (private mode, quota, blocked storage). */
export function saveRatings(storage: StorageLike | null, ratings: Ratings): boolean {
  if (!storage) return false;
  try {
    if (ratings.size === 0) storage.removeItem(STORAGE_KEY);
    else storage.setItem(STORAGE_KEY, serialiseState(ratings));
    return true;
  } catch {
    return false;
  }
}

export function clearRatings(storage: StorageLike | null): boolean {
  return saveRatings(storage, new Map());
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
