/**
 * Where the promotion case is kept: this browser's storage only, through the shared tool store,
 * as versioned JSON whose every field is checked on reading (src/components/PromotionCase/case-logic.ts).
 */
import { toolStore, type StoredFormat } from '../../lib/tool-storage';
import { versionedJson } from '../../lib/versioned-json';
import { caseFromData, caseToData, type CaseState } from './case-logic';

export const CASE_VERSION = 1;
export const CASE_STORAGE_KEY = 'lead-pm-guide:promotion-case';
/** More than an honest case needs (100 pieces of evidence with every field full). */
export const MAX_CASE_TEXT = 800_000;

export function caseFormat(skillIds: readonly string[]): StoredFormat<CaseState> {
  return versionedJson({
    version: CASE_VERSION,
    toData: caseToData,
    fromData: (data) => caseFromData(data, skillIds),
  });
}

export const caseStore = (skillIds: readonly string[]) =>
  toolStore(CASE_STORAGE_KEY, caseFormat(skillIds), { maxLength: MAX_CASE_TEXT });
