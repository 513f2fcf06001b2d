/**
 * The promotion case: evidence the reader logs against each skill, read against the bar of the
 * level they are going for. Which skills meet the bar, which fall short and which have no evidence
 * yet, what each piece of evidence lacks, and the case as plain data for storage. Pure (no DOM),
 * so every rule is unit-tested; reading stored data never throws.
 */
import { cleanText, safeWebUrl } from '../../lib/clean-text';

/** The levels a case can be made for, as the skill bars name them. */
export const TARGETS = ['senior', 'lead', 'group'] as const;
export type Target = (typeof TARGETS)[number];
export const DEFAULT_TARGET: Target = 'lead';

/** What the case needs of a skill of src/data/skills.yaml. */
export interface CaseSkill {
  id: string;
  name: string;
  bars: Record<Target, number>;
  /** The first "how to build it" step of the skill. */
  firstStep: string;
  /** Link to the skill on the skills page, deploy base included. */
  href: string;
}

export interface Evidence {
  id: string;
  skill: string;
  /** What you did. */
  did: string;
  /** What came of it. */
  result: string;
  /** A link to the work, or ''. */
  link: string;
  note: string;
  /** When, YYYY-MM, or ''; what the reader typed where the browser has no month field. */
  when: string;
  /** The level on the skill's 1-5 scale this evidence shows, or null until the reader says. */
  level: number | null;
}

export interface CaseState {
  target: Target;
  evidence: Evidence[];
}

export const emptyCase = (): CaseState => ({ target: DEFAULT_TARGET, evidence: [] });

/** Caps the form shows beside each field; text is never cut. */
export const LIMITS = { did: 1000, result: 1000, note: 2000, link: 2000 } as const;
export const MAX_EVIDENCE = 100;
export type TextField = keyof typeof LIMITS;

export type Problem =
  | { field: TextField; code: 'tooLong'; length: number; max: number }
  | { field: 'link'; code: 'badLink' }
  | { field: 'when'; code: 'badMonth' };

/** Whether a YYYY-MM value names a real month between 1990 and 2100. */
export function isMonth(value: string): boolean {
  const match = /^(\d{4})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month] = [Number(match[1]), Number(match[2])];
  return year >= 1990 && year <= 2100 && month >= 1 && month <= 12;
}

export function evidenceProblems(item: Evidence): Problem[] {
  const problems: Problem[] = [];
  for (const field of Object.keys(LIMITS) as TextField[]) {
    const length = item[field].length;
    if (length > LIMITS[field]) problems.push({ field, code: 'tooLong', length, max: LIMITS[field] });
  }
  if (item.link.trim() !== '' && !safeWebUrl(item.link)) problems.push({ field: 'link', code: 'badLink' });
  if (item.when !== '' && !isMonth(item.when)) problems.push({ field: 'when', code: 'badMonth' });
  return problems;
}

/** Evidence counts once it says what you did; a result alone is not yet evidence. */
export const isComplete = (item: Evidence) => item.did.trim() !== '';

export type Status = 'meets' | 'below' | 'unrated' | 'none';

export interface SkillCase {
  skill: CaseSkill;
  bar: number;
  status: Status;
  /** The highest level the complete evidence shows, or null. */
  best: number | null;
  /** Points below the bar, for 'below'. */
  gap: number;
  evidence: Evidence[];
  /** Evidence still missing what it did. */
  drafts: number;
}

/** Each skill with its evidence and where it stands against the target's bar. */
export function assessCase(skills: readonly CaseSkill[], state: CaseState): SkillCase[] {
  return skills.map((skill) => {
    const evidence = state.evidence.filter((e) => e.skill === skill.id);
    const complete = evidence.filter(isComplete);
    const levels = complete.flatMap((e) => (e.level === null ? [] : [e.level]));
    const best = levels.length > 0 ? Math.max(...levels) : null;
    const bar = skill.bars[state.target];
    let status: Status;
    if (complete.length === 0) status = 'none';
    else if (best === null) status = 'unrated';
    else status = best >= bar ? 'meets' : 'below';
    return {
      skill,
      bar,
      status,
      best,
      gap: status === 'below' && best !== null ? bar - best : 0,
      evidence,
      drafts: evidence.length - complete.length,
    };
  });
}

/** Skills the case cannot yet show at the bar: no evidence, or evidence below it. */
export const gapsOf = (cases: readonly SkillCase[]) =>
  cases.filter((c) => c.status === 'none' || c.status === 'below');

export function summariseCase(cases: readonly SkillCase[]) {
  const count = (status: Status) => cases.filter((c) => c.status === status).length;
  return {
    total: cases.length,
    meets: count('meets'),
    below: count('below'),
    unrated: count('unrated'),
    none: count('none'),
    evidence: cases.reduce((sum, c) => sum + c.evidence.length, 0),
  };
}

/** The next free evidence id. */
export function nextEvidenceId(state: CaseState): string {
  const taken = new Set(state.evidence.map((e) => e.id));
  let n = state.evidence.length + 1;
  while (taken.has(`ev-${n}`)) n++;
  return `ev-${n}`;
}

export function newEvidence(state: CaseState, skill: string): Evidence {
  return { id: nextEvidenceId(state), skill, did: '', result: '', link: '', note: '', when: '', level: null };
}

// ---------------------------------------------------------------------------------------------
// The case as plain data, for storage. Every field is checked; ids are given afresh on reading.

export type CaseDropped = {
  /** Evidence for a skill the guide no longer has, or not evidence at all. */
  badEvidence: number;
  /** Evidence past MAX_EVIDENCE. */
  overLimit: number;
  /** Fields of kept evidence that were not what they should be (left empty instead). */
  badField: number;
};

export function caseToData(state: CaseState): Record<string, unknown> {
  return {
    target: state.target,
    evidence: state.evidence.map(({ skill, did, result, link, note, when, level }) => ({
      skill,
      did,
      result,
      link,
      note,
      when,
      level,
    })),
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function caseFromData(
  data: Record<string, unknown>,
  skillIds: readonly string[],
): { value: CaseState; dropped: CaseDropped } {
  const dropped: CaseDropped = { badEvidence: 0, overLimit: 0, badField: 0 };
  const target = (TARGETS as readonly unknown[]).includes(data['target'])
    ? (data['target'] as Target)
    : DEFAULT_TARGET;
  if (data['target'] !== undefined && target !== data['target']) dropped.badField++;
  const evidence: Evidence[] = [];
  for (const raw of Array.isArray(data['evidence']) ? data['evidence'] : []) {
    if (!isRecord(raw) || typeof raw['skill'] !== 'string' || !skillIds.includes(raw['skill'])) {
      dropped.badEvidence++;
      continue;
    }
    if (evidence.length >= MAX_EVIDENCE) {
      dropped.overLimit++;
      continue;
    }
    const text = (key: string, multiline: boolean) => {
      const value = raw[key];
      if (value === undefined) return '';
      if (typeof value === 'string') return cleanText(value, multiline);
      dropped.badField++;
      return '';
    };
    const when = text('when', false);
    const level = raw['level'];
    const goodLevel =
      level === null ||
      level === undefined ||
      (Number.isInteger(level) && (level as number) >= 1 && (level as number) <= 5);
    if (!goodLevel) dropped.badField++;
    evidence.push({
      id: `ev-${evidence.length + 1}`,
      skill: raw['skill'],
      did: text('did', true),
      result: text('result', true),
      link: text('link', false),
      note: text('note', true),
      // Kept as typed: the form marks a month it cannot read, as it does a bad link.
      when,
      level: goodLevel && typeof level === 'number' ? level : null,
    });
  }
  return { value: { target, evidence }, dropped };
}

/** The guide.case.* keys the client script uses. */
export const CASE_UI_KEYS = [
  'summaryEmpty',
  'summary',
  'barLine',
  'status.meets',
  'status.below',
  'status.unrated',
  'status.none',
  'statusLine.meets',
  'statusLine.below',
  'statusLine.unrated',
  'statusLine.none',
  'firstStep',
  'evidenceN',
  'did',
  'result',
  'link',
  'note',
  'when',
  'whenHint',
  'level',
  'levelNone',
  'levelBetween',
  'remove',
  'removeHidden',
  'undo',
  'added',
  'removed',
  'undone',
  'badLink',
  'badMonth',
  'tooLong',
  'tooLongStatus',
  'tooMany',
  'draft',
  'noGaps',
  'gapsHeading',
  'cleared',
  'downloaded',
  'fromSaved',
  'corrupt',
  'newer',
  'storedTooLong',
  'dropped',
  'notSaved',
  'full',
  'otherTab',
  'otherTabCleared',
  'keptMine',
  'loadedOther',
  'mdTitle',
  'mdPrepared',
  'mdDid',
  'mdLevel',
  'mdGap',
  'mdResult',
  'mdLink',
  'mdWhen',
  'mdNote',
  'col.skill',
  'col.bar',
  'col.best',
  'col.status',
  'add',
  'addHidden',
] as const;
