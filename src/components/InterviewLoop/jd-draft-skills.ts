/**
 * The competencies named by the job-description draft the builder keeps in this browser. Read
 * only, never written: the builder owns its key (client/draft-storage.ts) and its encoding
 * (jd-codec.ts); this reads them the way the builder does and keeps just the lines' skills.
 */
import { browserStorage } from '../../lib/tool-storage';
import { storageKeyFor } from '../JobDescriptionBuilder/client/draft-storage';
import { decodeState } from '../JobDescriptionBuilder/jd-codec';
import { defaultState, LIST_KINDS, type CatalogueLine } from '../JobDescriptionBuilder/jd-state';
import { skillsFromLines } from './loop-logic';

export type DraftSkills = { status: 'none' | 'unreadable' } | { status: 'ok'; skills: string[] };

export function readDraftSkills(
  lang: string,
  catalogue: readonly CatalogueLine[],
  skillOrder: readonly string[],
): DraftSkills {
  let text: string | null = null;
  try {
    text = browserStorage()?.getItem(storageKeyFor(lang)) ?? null;
  } catch {
    return { status: 'none' };
  }
  if (text === null || text === '') return { status: 'none' };
  const fresh = defaultState(catalogue, { title: '', experience: '', eeo: '' }, new Date());
  const result = decodeState(text, catalogue, fresh);
  if (result.status !== 'ok') return { status: 'unreadable' };
  const refs = LIST_KINDS.flatMap((kind) => result.state[kind].map((line) => line.ref));
  const skillOfRef = new Map(catalogue.flatMap((l) => (l.skill ? [[l.ref, l.skill] as const] : [])));
  return { status: 'ok', skills: skillsFromLines(refs, skillOfRef, skillOrder) };
}
