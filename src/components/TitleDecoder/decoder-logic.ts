/**
 * The title decoder's rules: each answer about a job points at a rung of the guide's ladder, the
 * lower median of those rungs places the job, the team answer picks the track, and public
 * framework titles are matched by rung and track. Pure (no DOM), so every rule is unit-tested;
 * the client only reads the form and writes the answer.
 */
import { toLatinDigits } from '../../lib/locale';

export type Track = 'individual' | 'manager' | 'either' | 'executive';
/** The job's own track: a job manages PMs or it does not; unknown until the team is answered. */
export type JobTrack = 'individual' | 'manager' | undefined;

/** Each option of each question and the rung it points at (null: says nothing about the rung). */
export const OPTION_RUNGS = {
  scope: { feature: 1, area: 2, product: 3, several: 4, line: 5, section: 6, all: 7 },
  team: { none: null, guide12: 4, guide3: 5, manage12: 4, manage35: 5, managers: 6 },
  decisions: {
    details: 1,
    releases: 2,
    roadmap: 3,
    strategy: 4,
    investment: 5,
    budget: 6,
    company: 7,
    portfolio: 8,
  },
  reports: { pm: 1, lead: 3, director: 4, vp: 6, ceo: 8 },
} as const satisfies Record<string, Record<string, number | null>>;

export type ChoiceQuestion = keyof typeof OPTION_RUNGS;
export const CHOICE_QUESTIONS = Object.keys(OPTION_RUNGS) as ChoiceQuestion[];
export type Question = ChoiceQuestion | 'years';
export type OptionOf<Q extends ChoiceQuestion> = Q extends unknown
  ? keyof (typeof OPTION_RUNGS)[Q] & string
  : never;

export const optionsOf = <Q extends ChoiceQuestion>(question: Q) =>
  Object.keys(OPTION_RUNGS[question]) as OptionOf<Q>[];

/** The most years of experience an ad can sensibly ask; more is treated as a typing slip. */
export const MAX_YEARS = 40;

export interface Answers {
  scope?: OptionOf<'scope'>;
  team?: OptionOf<'team'>;
  decisions?: OptionOf<'decisions'>;
  reports?: OptionOf<'reports'>;
  years?: number;
  /** The guide level the ad's title names, to compare with what the job asks. */
  title?: string;
}

/** What the decoder needs of a level of src/data/levels.yaml. */
export interface LevelInfo {
  id: string;
  rung: number;
  track: Track;
  years: { min: number; max?: number | undefined };
}

export interface Signal {
  question: Question;
  /** The rung the answer points at, or null when the answer places nothing (a job with no PMs to lead). */
  rung: number | null;
}

export type NoteCode = 'noTeam' | 'icAbove' | 'reportsCeo';
export type Agreement = 'agree' | 'mostly' | 'mixed';

export interface Placement {
  rung: number;
  track: JobTrack;
  /** One level, or two on a rung the tracks share when the team is not answered. */
  levelIds: string[];
  /** At lead PM: whether the job is a people lead or an individual-contributor lead. */
  leadKind?: 'people' | 'ic';
  signals: Signal[];
  notes: NoteCode[];
  agreement: Agreement;
  /** Rungs between the ad's title and the placement: positive when the title is bigger than the job. */
  titleGap?: number;
}

/** Answers needed before the decoder places a job: one answer says too little. */
export const MIN_ANSWERS = 2;

const isOption = <Q extends ChoiceQuestion>(question: Q, value: unknown): value is OptionOf<Q> =>
  typeof value === 'string' && Object.hasOwn(OPTION_RUNGS[question], value);

/** The rung whose typical years sit closest to those asked; ties go to the lower rung. */
export function rungForYears(years: number, levels: readonly LevelInfo[]): number {
  const center = (l: LevelInfo) =>
    l.years.max === undefined ? l.years.min + 3 : (l.years.min + l.years.max) / 2;
  let best: LevelInfo | undefined;
  for (const level of levels) {
    if (!best) best = level;
    const diff = Math.abs(center(level) - years) - Math.abs(center(best) - years);
    if (diff < 0 || (diff === 0 && level.rung < best.rung)) best = level;
  }
  return best?.rung ?? 1;
}

export function signalsOf(answers: Answers, levels: readonly LevelInfo[]): Signal[] {
  const signals: Signal[] = [];
  for (const question of CHOICE_QUESTIONS) {
    const value = answers[question];
    if (isOption(question, value)) {
      signals.push({
        question,
        rung: (OPTION_RUNGS[question] as Record<string, number | null>)[value] ?? null,
      });
    }
  }
  if (answers.years !== undefined)
    signals.push({ question: 'years', rung: rungForYears(answers.years, levels) });
  return signals;
}

export function trackOf(team: Answers['team']): JobTrack {
  if (team === undefined) return undefined;
  return team.startsWith('manage') ? 'manager' : 'individual';
}

/** Whether a framework title or level on `track` can be the job's, on the job's track. */
export function tracksMatch(track: Track, job: JobTrack): boolean {
  if (job === undefined || track === 'either') return true;
  if (job === 'manager') return track === 'manager' || track === 'executive';
  return track === 'individual';
}

/** The lower median: with an even count, the lower middle, since job ads tend to inflate. */
export function lowerMedian(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/** Where the answers place the job, or undefined until MIN_ANSWERS questions are answered. */
export function placeJob(answers: Answers, levels: readonly LevelInfo[]): Placement | undefined {
  const signals = signalsOf(answers, levels);
  if (signals.length < MIN_ANSWERS) return undefined;
  const rungs = signals.flatMap((s) => (s.rung === null ? [] : [s.rung]));
  const notes: NoteCode[] = [];
  const maxRung = Math.max(...levels.map((l) => l.rung));
  let rung = rungs.length > 0 ? lowerMedian(rungs) : 1;
  // On the guide's model a lead PM leads other PMs: with none to lead, the job is at most senior.
  const seniorRung = levels.find((l) => l.id === 'senior-pm')?.rung ?? 3;
  if (answers.team === 'none' && rung > seniorRung) {
    rung = seniorRung;
    notes.push('noTeam');
  }
  rung = Math.min(Math.max(rung, 1), maxRung);
  if (answers.reports === 'ceo' && rung < maxRung) notes.push('reportsCeo');
  const track = trackOf(answers.team);

  let candidates = levels.filter((l) => l.rung === rung && tracksMatch(l.track, track));
  if (candidates.length === 0 && track === 'individual') {
    // The guide has no individual-contributor level this high: its top one, flagged. The rung
    // stays, so framework titles of that height (GitLab's senior principal PM) still match.
    const top = levels
      .filter((l) => l.track === 'individual' && l.rung <= rung)
      .sort((a, b) => b.rung - a.rung)[0];
    if (top) {
      candidates = [top];
      notes.push('icAbove');
    }
  }
  if (candidates.length === 0) candidates = levels.filter((l) => l.rung === rung);

  const spread = rungs.length > 0 ? Math.max(...rungs) - Math.min(...rungs) : 0;
  const placement: Placement = {
    rung,
    track,
    levelIds: candidates.map((l) => l.id),
    signals,
    notes,
    agreement: spread <= 1 ? 'agree' : spread === 2 ? 'mostly' : 'mixed',
  };
  if (candidates.some((l) => l.track === 'either') && track !== undefined) {
    placement.leadKind = track === 'manager' ? 'people' : 'ic';
  }
  const titled = levels.find((l) => l.id === answers.title);
  if (titled) placement.titleGap = titled.rung - rung;
  return placement;
}

// ---------------------------------------------------------------------------------------------
// Framework titles near a placement.

export interface FrameworkEntry {
  id: string;
  framework: string;
  order: number;
  /** The rung of the guide level the entry maps to. */
  rung: number;
  track: Track;
}

export type Relation = 'same' | 'otherTrack' | 'below' | 'above';
export interface TitleMatch {
  id: string;
  relation: Relation;
  /** Rungs between the title and the job, 0 when level with it. */
  steps: number;
}

/**
 * The titles of one framework nearest to a job: those on its rung (on its track when any is), or,
 * when the framework has nothing on that rung, the nearest below and the nearest above.
 */
export function nearestTitles(
  entries: readonly FrameworkEntry[],
  rung: number,
  track: JobTrack,
): TitleMatch[] {
  const same = entries.filter((e) => e.rung === rung);
  if (same.length > 0) {
    const matching = same.filter((e) => tracksMatch(e.track, track));
    if (matching.length > 0) return matching.map((e) => ({ id: e.id, relation: 'same', steps: 0 }));
    return same.map((e) => ({ id: e.id, relation: 'otherTrack', steps: 0 }));
  }
  const pick = (side: readonly FrameworkEntry[]) => {
    const distance = (e: FrameworkEntry) => Math.abs(e.rung - rung);
    return [...side].sort(
      (a, b) =>
        distance(a) - distance(b) ||
        Number(tracksMatch(b.track, track)) - Number(tracksMatch(a.track, track)) ||
        a.order - b.order,
    )[0];
  };
  const below = pick(entries.filter((e) => e.rung < rung));
  const above = pick(entries.filter((e) => e.rung > rung));
  return [
    ...(below ? [{ id: below.id, relation: 'below' as const, steps: rung - below.rung }] : []),
    ...(above ? [{ id: above.id, relation: 'above' as const, steps: above.rung - rung }] : []),
  ];
}

// ---------------------------------------------------------------------------------------------
// Answers in the address, so a decoded job can be shared. Anything a link carries is checked.

export const YEARS_PARAM = 'years';
export const TITLE_PARAM = 'title';

/** Whole years 0-MAX_YEARS from a field, Persian digits included; null when empty, NaN when not a number. */
export function parseYears(raw: string): number | null {
  const value = toLatinDigits(raw).trim();
  if (value === '') return null;
  if (!/^\d{1,3}$/.test(value)) return Number.NaN;
  const years = Number(value);
  return years <= MAX_YEARS ? years : Number.NaN;
}

/** Answers from a query string; unknown keys are ignored, bad values dropped and counted. */
export function answersFromParams(
  params: URLSearchParams,
  levelIds: readonly string[],
): { answers: Answers; dropped: number } {
  const answers: Answers = {};
  let dropped = 0;
  for (const question of CHOICE_QUESTIONS) {
    const value = params.get(question);
    if (value === null) continue;
    if (isOption(question, value)) (answers as Record<string, string>)[question] = value;
    else dropped++;
  }
  const years = params.get(YEARS_PARAM);
  if (years !== null) {
    const parsed = parseYears(years.slice(0, 10));
    if (parsed !== null && Number.isInteger(parsed)) answers.years = parsed;
    else dropped++;
  }
  const title = params.get(TITLE_PARAM);
  if (title !== null) {
    if (levelIds.includes(title)) answers.title = title;
    else dropped++;
  }
  return { answers, dropped };
}

/** The query parameters for a set of answers, in the questions' order. */
export function answersToParams(answers: Answers): [string, string][] {
  const pairs: [string, string][] = [];
  for (const question of CHOICE_QUESTIONS) {
    const value = answers[question];
    if (value !== undefined) pairs.push([question, value]);
  }
  if (answers.years !== undefined) pairs.push([YEARS_PARAM, String(answers.years)]);
  if (answers.title !== undefined) pairs.push([TITLE_PARAM, answers.title]);
  return pairs;
}

/** The params of `search` with the decoder's own replaced, other parameters kept as they were. */
export function withAnswers(search: string, answers: Answers): string {
  const params = new URLSearchParams(search);
  for (const key of [...CHOICE_QUESTIONS, YEARS_PARAM, TITLE_PARAM]) params.delete(key);
  for (const [key, value] of answersToParams(answers)) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}
