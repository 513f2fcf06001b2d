/**
 * The shapes the wording check shares: a word list (data with its source), and what a check
 * finds. Lists live in lists/*.ts, one list in one place; check-wording.ts compiles them.
 */

/** What a finding is about. The page words each kind (guide.jdb.wording.kind.<kind>). */
export type WordingKind =
  /** On the masculine list of Gaucher, Friesen and Kay (2011), as the Gender Decoder uses it. */
  | 'masculine'
  /** On the feminine list of the same study. */
  | 'feminine'
  /** Says the employer wants a man or a woman. */
  | 'gender'
  /** Points at the applicant's age: a word ("young") or a limit ("under 35"). */
  | 'age'
  /** Jargon that tells many readers the job is not for them ("rockstar"). */
  | 'jargon'
  /** Asks for more than the job needs: years, a degree with no alternative, a university's name. */
  | 'inflated'
  /** Military-service status (Iranian ads). */
  | 'military'
  /** Marital status. */
  | 'marital'
  /** Looks. */
  | 'appearance';

/** The lists the check has; each page language runs some of them (see check-wording.ts). */
export type WordingLang = 'en' | 'fa';

/**
 * One entry of a list. `match` is one or more words separated by spaces. A word ending in `*` is
 * a stem: it matches that start of a word followed by any letters ("compet*" matches "competitive"
 * and "competition"). A word without `*` matches only the whole word ("kind" does not match
 * "kinds"). Matching ignores case, and Persian is matched after the normalising of normalize.ts.
 */
export interface WordEntry {
  match: string;
  /** A plainer wording, in the language of the list (the ad's language). */
  suggest?: string;
  /** Where a gender-coded entry comes from: the study's appendix, or the Gender Decoder's additions. */
  origin?: 'study' | 'decoder';
}

export interface WordList {
  id: string;
  kind: WordingKind;
  lang: WordingLang;
  /** Ids in src/data/sources.yaml, or none for the guide's own advice. */
  sources: readonly string[];
  entries: readonly WordEntry[];
  /** Words and phrases that look like a hit but are not one (same syntax as `match`). */
  except?: readonly string[];
}

export interface WordingFinding {
  kind: WordingKind;
  /** The words as they stand in the text. */
  text: string;
  /** Where they stand, in UTF-16 code units of the text that was checked. */
  start: number;
  end: number;
  suggest?: string;
  /** The list or rule that found it, for tests and for grouping. */
  rule: string;
}

/** How the ad leans, by counts of gender-coded words, as the Gender Decoder sums it. */
export type GenderLean =
  | 'strongly-feminine'
  | 'feminine'
  | 'neutral'
  | 'masculine'
  | 'strongly-masculine'
  /** No gender-coded word at all. */
  | 'empty';

export interface WordingSummary {
  masculine: number;
  feminine: number;
  lean: GenderLean;
  /** Findings of every kind, counted. */
  byKind: Partial<Record<WordingKind, number>>;
}

export interface WordingResult {
  findings: WordingFinding[];
  summary: WordingSummary;
}
