/**
 * Ratings kept in localStorage, through the shared tool store (src/lib/tool-storage.ts). Whatever
 * is stored may be stale, hand-edited or hostile, so reading never throws: anything that is not a
 * known skill id with a whole rating 1-5 is dropped.
 */
import { isRating, type Rating, type Ratings } from './assessment-logic';
import { toolStore, type LoadResult, type StorageLike, type StoredFormat } from '../../lib/tool-storage';
import { versionedJson } from '../../lib/versioned-json';

export const STATE_VERSION = 1;
/** The version is in the key too, so a future format never reads this one by mistake. */
export const STORAGE_KEY = `lead-pm-guide:self-assessment:v${STATE_VERSION}`;
/** Far more than 13 ratings need; a bigger value is not ours and is not parsed. */
const MAX_STORED_LENGTH = 10_000;

/** The stored text, `{"version":1,"ratings":{"communication":3}}`, for these skills. */
function ratingsFormat(skillIds: readonly string[]): StoredFormat<Ratings> {
  return versionedJson({
    version: STATE_VERSION,
    toData: (ratings: Ratings) => ({ ratings: Object.fromEntries(ratings) }),
    fromData(data) {
      const stored = data['ratings'];
      if (!isPlainObject(stored)) return undefined;
      const ratings = new Map<string, Rating>();
      // Walk our own ids, never the stored keys, so "__proto__" and friends are never touched.
      for (const id of skillIds) {
        if (!Object.hasOwn(stored, id)) continue;
        const value = stored[id];
        if (isRating(value)) ratings.set(id, value);
      }
      return { value: ratings };
    },
  });
}

const ratingsStore = (storage: StorageLike | null, skillIds: readonly string[]) =>
  toolStore(STORAGE_KEY, ratingsFormat(skillIds), { storage, maxLength: MAX_STORED_LENGTH });

const ratingsOf = (result: LoadResult<Ratings>) => new Map(result.status === 'ok' ? result.value : []);

/** Ratings from a stored string; an empty map for anything unreadable. */
export function parseState(raw: unknown, skillIds: readonly string[]): Map<string, Rating> {
  if (typeof raw !== 'string' || raw.length > MAX_STORED_LENGTH) return new Map();
  const decoded = ratingsFormat(skillIds).decode(raw);
  return new Map(decoded.status === 'ok' ? decoded.value : []);
}

export function serialiseState(ratings: Ratings): string {
  return ratingsFormat([...ratings.keys()]).encode(ratings);
}

/** Saved ratings, or none when storage is missing, blocked or holds something else. */
export function loadRatings(storage: StorageLike | null, skillIds: readonly string[]): Map<string, Rating> {
  return ratingsOf(ratingsStore(storage, skillIds).load());
}

/** False when the browser refuses to store (private mode, quota, blocked storage). */
export function saveRatings(storage: StorageLike | null, ratings: Ratings): boolean {
  const store = ratingsStore(storage, [...ratings.keys()]);
  return ratings.size === 0 ? store.clear() : store.save(ratings).saved;
}

export function clearRatings(storage: StorageLike | null): boolean {
  return saveRatings(storage, new Map());
}

/**
 * Calls `onChange` with the ratings another tab has just saved (or cleared), so two tabs of the
 * assessment show the same ratings instead of saving over each other. Returns a function that
 * stops watching.
 */
export function watchRatings(
  storage: StorageLike | null,
  skillIds: readonly string[],
  onChange: (ratings: Map<string, Rating>) => void,
): () => void {
  return ratingsStore(storage, skillIds).watchOtherTabs((result) => onChange(ratingsOf(result)));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
