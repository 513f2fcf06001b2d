/**
 * The debrief's merge: scorecard files in, one table out. Each file is read on its own and either
 * joins the debrief or is refused with its name and the reason; what is already loaded is never
 * lost. Then the ratings side by side per competency, the spread that needs discussion, and the
 * counts of hire and no-hire leanings. Pure and unit-tested (tests/unit/debrief.test.ts).
 */
import { readScorecard, type Lean, type Refusal, type Scorecard } from './scorecard-file';

export const MAX_FILES = 20;
/** Ratings this far apart or more are flagged for the debrief to discuss. */
export const DISAGREEMENT = 2;

export interface LoadedCard {
  /** The file name, as the reader's system gave it. */
  file: string;
  card: Scorecard;
}

export interface IncomingFile {
  name: string;
  size: number;
  text: string;
}

export type MergeRefusal = Refusal | 'tooMany' | 'duplicate' | 'otherCandidate' | 'otherLoop';

export interface MergeResult {
  loaded: LoadedCard[];
  refused: { file: string; reason: MergeRefusal; field?: string }[];
}

/** Labels compared the way people type them: case, spacing and Unicode forms aside. */
const same = (a: string, b: string) =>
  a.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase() ===
  b.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/** One interviewer's card for one interview: the same person and stage twice is a duplicate. */
const sameInterviewer = (a: Scorecard, b: Scorecard) =>
  same(a.interviewer, b.interviewer) && a.stage === b.stage;

export function mergeFiles(
  loaded: readonly LoadedCard[],
  incoming: readonly IncomingFile[],
  competencies: readonly string[],
  stages: readonly string[],
): MergeResult {
  const out = [...loaded];
  const refused: MergeResult['refused'] = [];
  for (const file of incoming) {
    if (out.length >= MAX_FILES) {
      refused.push({ file: file.name, reason: 'tooMany' });
      continue;
    }
    const read = readScorecard(file.text, file.size, competencies, stages);
    if (!read.ok) {
      refused.push({ file: file.name, reason: read.reason, ...(read.field ? { field: read.field } : {}) });
      continue;
    }
    const card = read.card;
    const first = out[0]?.card;
    if (out.some((c) => sameInterviewer(c.card, card))) {
      refused.push({ file: file.name, reason: 'duplicate' });
    } else if (first && !same(first.candidate, card.candidate)) {
      refused.push({ file: file.name, reason: 'otherCandidate' });
    } else if (first && !same(first.loop, card.loop)) {
      refused.push({ file: file.name, reason: 'otherLoop' });
    } else {
      out.push({ file: file.name, card });
    }
  }
  return { loaded: out, refused };
}

export interface CompetencyRow {
  competency: string;
  /** One entry per loaded card, in load order: its rating, or undefined when it did not rate this. */
  ratings: (number | undefined)[];
  mean: number | undefined;
  median: number | undefined;
  /** Highest minus lowest rating. */
  spread: number;
  flagged: boolean;
}

export interface Summary {
  rows: CompetencyRow[];
  leans: Record<Lean, number>;
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The competencies any card rated, in the guide's order, each with every card's rating. */
export function summarise(loaded: readonly LoadedCard[], competencyOrder: readonly string[]): Summary {
  const rated = new Set(loaded.flatMap((c) => c.card.ratings.map((r) => r.competency)));
  const rows = competencyOrder
    .filter((id) => rated.has(id))
    .map((competency) => {
      const ratings = loaded.map((c) => c.card.ratings.find((r) => r.competency === competency)?.rating);
      const given = ratings.filter((r): r is number => r !== undefined);
      const spread = given.length > 0 ? Math.max(...given) - Math.min(...given) : 0;
      return {
        competency,
        ratings,
        mean: given.length > 0 ? given.reduce((a, b) => a + b, 0) / given.length : undefined,
        median: median(given),
        spread,
        flagged: spread >= DISAGREEMENT,
      };
    });
  const leans: Record<Lean, number> = { hire: 0, 'no-hire': 0, undecided: 0 };
  for (const c of loaded) leans[c.card.lean]++;
  return { rows, leans };
}

/** Every evidence note on a competency, with who wrote it. */
export function notesOn(loaded: readonly LoadedCard[], competency: string) {
  return loaded.flatMap(({ card }) => {
    const r = card.ratings.find((x) => x.competency === competency);
    return r && r.evidence !== ''
      ? [{ interviewer: card.interviewer, role: card.role, rating: r.rating, evidence: r.evidence }]
      : [];
  });
}
