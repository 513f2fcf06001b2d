/**
 * Where the loop plan is kept: this browser's storage only, as versioned JSON whose every field is
 * checked on reading, so a stale, hand-edited or hostile value gives the default and a message.
 */
import { cleanText } from '../../lib/clean-text';
import { toolStore, type StoredFormat } from '../../lib/tool-storage';
import { versionedJson } from '../../lib/versioned-json';
import type { Assignment } from './loop-logic';

export const LOOP_VERSION = 1;
export const LOOP_STORAGE_KEY = 'lead-pm-guide:interview-loop';
export const MAX_LOOP_NAME = 120;

export interface LoopState {
  /** The focus competencies, in the order the reader picked them. */
  focus: string[];
  leadsPms: boolean;
  assignment: Assignment;
  /** A name the interviewers copy onto their scorecards, so the debrief can match them. */
  loopName: string;
}

export const emptyLoop = (): LoopState => ({ focus: [], leadsPms: true, assignment: {}, loopName: '' });

/** The state from stored data, or undefined when any field is not what this page writes. */
export function loopFromData(
  data: Record<string, unknown>,
  skillIds: readonly string[],
  stageIds: readonly string[],
): { value: LoopState; dropped: Record<string, number> } | undefined {
  const { focus, leadsPms, assignment, loopName } = data;
  if (!Array.isArray(focus) || typeof leadsPms !== 'boolean' || typeof loopName !== 'string')
    return undefined;
  if (typeof assignment !== 'object' || assignment === null || Array.isArray(assignment)) return undefined;
  let unknown = 0;
  const picked: string[] = [];
  for (const id of focus) {
    if (typeof id === 'string' && skillIds.includes(id) && !picked.includes(id)) {
      picked.push(id);
    } else unknown++;
  }
  const cells: Assignment = {};
  for (const skill of picked) {
    const value = Object.hasOwn(assignment, skill) ? (assignment as Record<string, unknown>)[skill] : [];
    if (!Array.isArray(value)) return undefined;
    const ids = value.filter((v): v is string => typeof v === 'string' && stageIds.includes(v));
    unknown += value.length - ids.length;
    cells[skill] = [...new Set(ids)];
  }
  return {
    value: {
      focus: picked,
      leadsPms,
      assignment: cells,
      loopName: cleanText(loopName).slice(0, MAX_LOOP_NAME),
    },
    dropped: { unknown },
  };
}

export function loopFormat(
  skillIds: readonly string[],
  stageIds: readonly string[],
): StoredFormat<LoopState> {
  return versionedJson({
    version: LOOP_VERSION,
    toData: (state) => ({ ...state }),
    fromData: (data) => loopFromData(data, skillIds, stageIds),
  });
}

export const loopStore = (skillIds: readonly string[], stageIds: readonly string[]) =>
  toolStore(LOOP_STORAGE_KEY, loopFormat(skillIds, stageIds), { maxLength: 20_000 });
