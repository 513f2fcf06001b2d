/**
 * The assessment kept in localStorage, through the shared tool store (src/lib/tool-storage.ts):
 * the ratings and the level the reader says they are at now. Whatever is stored may be stale,
 * hand-edited or hostile, so reading never throws: anything that is not a known skill id with a
 * whole rating 1-5 is dropped, and an unknown level reads as the default.
 */
import { DEFAULT_LEVEL, isCurrentLevel, isRating, type CurrentLevel, type Rating } from './assessment-logic';
import { toolStore, type LoadResult, type StorageLike, type StoredFormat } from '../../lib/tool-storage';
import { versionedJson } from '../../lib/versioned-json';

export const STATE_VERSION = 1;
/** The version is in the key too, so a future format never reads this one by mistake. */
export const STORAGE_KEY = `lead-pm-guide:self-assessment:v${STATE_VERSION}`;
/** Far more than 13 ratings need; a bigger value is not ours and is not parsed. */
const MAX_STORED_LENGTH = 10_000;

export interface Assessment {
  ratings: Map<string, Rating>;
  level: CurrentLevel;
}

export const emptyAssessment = (): Assessment => ({ ratings: new Map(), level: DEFAULT_LEVEL });

/**
 * The stored text, `{"version":1,"ratings":{"communication":3},"level":"senior"}`. `level` came
 * later within version 1: text without it reads as the default level.
 */
function assessmentFormat(skillIds: readonly string[]): StoredFormat<Assessment> {
  return versionedJson({
    version: STATE_VERSION,
    toData: ({ ratings, level }: Assessment) => ({ ratings: Object.fromEntries(ratings), level }),
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
      const level = isCurrentLevel(data['level']) ? data['level'] : DEFAULT_LEVEL;
      return { value: { ratings, level } };
    },
  });
}

const store = (storage: StorageLike | null, skillIds: readonly string[]) =>
  toolStore(STORAGE_KEY, assessmentFormat(skillIds), { storage, maxLength: MAX_STORED_LENGTH });

const assessmentOf = (result: LoadResult<Assessment>): Assessment =>
  result.status === 'ok'
    ? { ratings: new Map(result.value.ratings), level: result.value.level }
    : emptyAssessment();

/** The assessment from a stored string; an empty one for anything unreadable. */
export function parseState(raw: unknown, skillIds: readonly string[]): Assessment {
  if (typeof raw !== 'string' || raw.length > MAX_STORED_LENGTH) return emptyAssessment();
  const decoded = assessmentFormat(skillIds).decode(raw);
  return decoded.status === 'ok' ? decoded.value : emptyAssessment();
}

export function serialiseState(assessment: Assessment): string {
  return assessmentFormat([...assessment.ratings.keys()]).encode(assessment);
}

/** The saved assessment, or an empty one when storage is missing, blocked or holds something else. */
export function loadAssessment(storage: StorageLike | null, skillIds: readonly string[]): Assessment {
  return assessmentOf(store(storage, skillIds).load());
}

/** False when the browser refuses to store (private mode, quota, blocked storage). */
export function saveAssessment(storage: StorageLike | null, assessment: Assessment): boolean {
  const own = store(storage, [...assessment.ratings.keys()]);
  const empty = assessment.ratings.size === 0 && assessment.level === DEFAULT_LEVEL;
  return empty ? own.clear() : own.save(assessment).saved;
}

export function clearAssessment(storage: StorageLike | null): boolean {
  return store(storage, []).clear();
}

/**
 * Saves one change on top of what is stored now, so a rating made in another tab since this page
 * last read storage is kept rather than saved over. Returns the merged assessment and whether it
 * was saved.
 */
export function saveChange(
  storage: StorageLike | null,
  skillIds: readonly string[],
  change: { skill: string; rating: Rating } | { level: CurrentLevel },
  current: Assessment,
): { assessment: Assessment; saved: boolean } {
  const stored = store(storage, skillIds).load();
  const base = stored.status === 'ok' ? assessmentOf(stored) : current;
  const assessment: Assessment = { ratings: new Map(base.ratings), level: base.level };
  if ('level' in change) assessment.level = change.level;
  else assessment.ratings.set(change.skill, change.rating);
  return { assessment, saved: saveAssessment(storage, assessment) };
}

/**
 * Calls `onChange` with what another tab has just saved (or cleared), so two tabs of the
 * assessment show the same ratings instead of saving over each other. Returns a function that
 * stops watching.
 */
export function watchAssessment(
  storage: StorageLike | null,
  skillIds: readonly string[],
  onChange: (assessment: Assessment) => void,
): () => void {
  return store(storage, skillIds).watchOtherTabs((result) => onChange(assessmentOf(result)));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
