/**
 * The wording check over a whole draft: every field a reader writes ad text into, each checked on
 * its own (a phrase never runs from one field into the next), findings tied to their field and
 * line, and one summary for the ad. Advice, not a problem: nothing here blocks export. Loaded with
 * import() on the first check (client/wording-panel.ts), so the word lists never weigh on the
 * builder's first load.
 */
import {
  checkWording,
  summarize,
  type WordingFinding,
  type WordingLang,
  type WordingSummary,
} from '../../lib/wording/check-wording';
import { LIST_KINDS, type JdState, type ListKind, type TextField } from './jd-state';

/** The free-text fields that end up in the ad, in the order the form shows them. */
export const WORDING_FIELDS = [
  'title',
  'about',
  'productArea',
  'experience',
] as const satisfies readonly TextField[];
/** Checked after the lists. */
const CLOSING_FIELDS = ['eeo'] as const satisfies readonly TextField[];

export type DraftFinding = WordingFinding &
  ({ field: (typeof WORDING_FIELDS)[number] | 'eeo' } | { field: ListKind; index: number });

export interface DraftWording {
  findings: DraftFinding[];
  summary: WordingSummary;
}

/**
 * A checker for one page: like checkDraftWording, but a text that has not changed since the last
 * call is not checked again, so a keystroke costs one field's check, not the whole ad's.
 */
export function draftWordingChecker(lang: string): (state: JdState) => DraftWording {
  const language: WordingLang = lang === 'fa' ? 'fa' : 'en';
  let last = new Map<string, WordingFinding[]>();
  return (state) => {
    const next = new Map<string, WordingFinding[]>();
    const check = (text: string) => {
      const found = next.get(text) ?? last.get(text) ?? checkWording(text, language).findings;
      next.set(text, found);
      return found;
    };
    const findings: DraftFinding[] = [];
    for (const field of WORDING_FIELDS) {
      for (const f of check(state[field])) findings.push({ ...f, field });
    }
    for (const kind of LIST_KINDS) {
      state[kind].forEach((line, index) => {
        for (const f of check(line.text)) findings.push({ ...f, field: kind, index });
      });
    }
    for (const field of CLOSING_FIELDS) {
      for (const f of check(state[field])) findings.push({ ...f, field });
    }
    last = next;
    return { findings, summary: summarize(findings) };
  };
}

export function checkDraftWording(state: JdState, lang: string): DraftWording {
  return draftWordingChecker(lang)(state);
}
