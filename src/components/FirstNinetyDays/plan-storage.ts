/**
 * Where the plan is kept: this browser's storage (through the shared tool store) and the page's
 * address. Both carry the same versioned JSON, so a link and a saved plan read back the same way
 * and with the same checks.
 */
import { toolStore, type Decoded, type StoredFormat } from '../../lib/tool-storage';
import { versionedJson } from '../../lib/versioned-json';
import { planFromData, planToData, type PlanState } from './plan-logic';

export const PLAN_VERSION = 1;
/** One saved plan per language, so an English plan never replaces a Persian one. */
export const planStorageKey = (lang: string) =>
  `lead-pm-guide:first-90-days${lang === 'en' ? '' : `:${lang}`}`;
export const HASH_PREFIX = '#plan=';
/** More than any honest plan needs (60 own lines of 1,000 characters, every line reworded). */
export const MAX_PLAN_TEXT = 200_000;

export function planFormat(stepIds: readonly string[]): StoredFormat<PlanState> {
  return versionedJson({
    version: PLAN_VERSION,
    toData: planToData,
    fromData: (data) => planFromData(data, stepIds),
  });
}

export const planStore = (lang: string, stepIds: readonly string[]) =>
  toolStore(planStorageKey(lang), planFormat(stepIds), { maxLength: MAX_PLAN_TEXT });

/** The address fragment that holds a plan. */
export function planHash(state: PlanState, format: StoredFormat<PlanState>): string {
  return HASH_PREFIX + encodeURIComponent(format.encode(state));
}

/** A plan from an address fragment; `undefined` when the fragment holds no plan at all. */
export function planFromHash(
  hash: string,
  format: StoredFormat<PlanState>,
): Decoded<PlanState> | { status: 'tooLong' } | undefined {
  if (!hash.startsWith(HASH_PREFIX)) return undefined;
  const encoded = hash.slice(HASH_PREFIX.length);
  if (encoded.length > MAX_PLAN_TEXT * 3) return { status: 'tooLong' };
  let text: string;
  try {
    text = decodeURIComponent(encoded);
  } catch {
    return { status: 'corrupt' };
  }
  return format.decode(text);
}
