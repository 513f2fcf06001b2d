/**
 * The self-assessment's arithmetic: which skills fall short of the next level's bar, by how much,
 * and what the export holds. No DOM here, so all of it is unit-tested.
 */
import { localDigits } from '../../lib/locale';
import { fill } from '../../lib/template';

export type Rating = 1 | 2 | 3 | 4 | 5;
export const RATING_SCALE: readonly Rating[] = [1, 2, 3, 4, 5];

/** Read-only view of a reader's ratings, by skill id. */
export type Ratings = ReadonlyMap<string, Rating>;

export function isRating(value: unknown): value is Rating {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** The bars of src/data/skills.yaml: where a senior, lead and group or principal PM stand. */
export interface SkillBars {
  senior: number;
  lead: number;
  group: number;
}
export type BarLevel = keyof SkillBars;
export const BAR_LEVELS: readonly BarLevel[] = ['senior', 'lead', 'group'];

/** Where a reader says they are now; each compares with the bar of the level above. */
export const CURRENT_LEVELS = ['pm', 'senior', 'lead'] as const;
export type CurrentLevel = (typeof CURRENT_LEVELS)[number];
export const DEFAULT_LEVEL: CurrentLevel = 'senior';
export const NEXT_BAR: Readonly<Record<CurrentLevel, BarLevel>> = {
  pm: 'senior',
  senior: 'lead',
  lead: 'group',
};

export const isCurrentLevel = (value: unknown): value is CurrentLevel =>
  (CURRENT_LEVELS as readonly unknown[]).includes(value);

/** What the client needs to know about a skill; the page renders these into its JSON blob. */
export interface AssessedSkill {
  id: string;
  name: string;
  bars: SkillBars;
  /** The first "how to build it" step of the skill. */
  nextStep: string;
  /** Link to the skill on the skills page, deploy base included. */
  href: string;
}

/** A skill with the one bar it is being compared with. */
export interface ComparedSkill extends AssessedSkill {
  bar: number;
}

/** The skills against the bar of one level. */
export const compareWith = (skills: readonly AssessedSkill[], level: BarLevel): ComparedSkill[] =>
  skills.map((skill) => ({ ...skill, bar: skill.bars[level] }));

export interface Gap {
  skill: ComparedSkill;
  rating: Rating;
  /** How many points below the bar, always at least 1. */
  gap: number;
}

/** Rated skills below their bar, largest gap first; ties keep the skills' own order. */
export function findGaps(skills: readonly ComparedSkill[], ratings: Ratings): Gap[] {
  return skills
    .flatMap((skill) => {
      const rating = ratings.get(skill.id);
      return rating !== undefined && rating < skill.bar ? [{ skill, rating, gap: skill.bar - rating }] : [];
    })
    .sort((a, b) => b.gap - a.gap);
}

export interface ProfileSummary {
  total: number;
  rated: number;
  /** Rated skills at or above the bar. */
  atOrAbove: number;
  /** Rated skills below the bar. */
  below: number;
  /** The gaps added up, in points. */
  points: number;
}

export function summarise(skills: readonly ComparedSkill[], ratings: Ratings): ProfileSummary {
  const rated = skills.filter((s) => ratings.has(s.id)).length;
  const gaps = findGaps(skills, ratings);
  return {
    total: skills.length,
    rated,
    atOrAbove: rated - gaps.length,
    below: gaps.length,
    points: gaps.reduce((sum, g) => sum + g.gap, 0),
  };
}

export interface SummaryStrings {
  /** Nothing rated yet. */
  empty: string;
  /** "You rated {{rated}} of {{total}} skills. {{atOrAbove}} meet the {{level}} bar ... {{points}}" */
  withGaps: string;
  /** "You rated {{rated}} of {{total}} skills, and each one meets the {{level}} bar." */
  noGaps: string;
}

/**
 * One sentence that sums the profile up, for the page and for the chart's description, with its
 * numbers in the digits of `locale` (Persian digits for "fa-IR").
 */
export function summaryText(
  summary: ProfileSummary,
  strings: SummaryStrings,
  locale = 'en-US',
  level = '',
): string {
  if (summary.rated === 0) return strings.empty;
  const values = localDigits({ ...summary, level }, locale);
  return fill(summary.below === 0 ? strings.noGaps : strings.withGaps, values);
}

/** The file name of the JSON export. */
export const EXPORT_FILE_NAME = 'lead-pm-self-assessment.json';

/**
 * The export: every skill with its rating (null when unrated), the three bars side by side and the
 * gap to the next level's bar, so the file reads on its own. Version 2 added the bars and levels.
 */
export function exportDocument(
  skills: readonly AssessedSkill[],
  ratings: Ratings,
  exportedAt: Date,
  current: CurrentLevel = DEFAULT_LEVEL,
) {
  const next = NEXT_BAR[current];
  return {
    kind: 'lead-pm-self-assessment',
    version: 2,
    exportedAt: exportedAt.toISOString(),
    scale: { min: 1, max: 5 },
    currentLevel: current,
    nextLevel: next,
    skills: skills.map((skill) => {
      const rating = ratings.get(skill.id) ?? null;
      return {
        id: skill.id,
        name: skill.name,
        rating,
        bars: { ...skill.bars },
        nextBar: skill.bars[next],
        gap: rating === null ? null : Math.max(0, skill.bars[next] - rating),
      };
    }),
  };
}

/** Ratings from the checked radios as [skill id, value] pairs; anything unexpected is skipped. */
export function ratingsFromEntries(
  entries: Iterable<readonly [string, unknown]>,
  skillIds: readonly string[],
): Map<string, Rating> {
  const ratings = new Map<string, Rating>();
  for (const [name, value] of entries) {
    const rating = typeof value === 'string' && /^[1-5]$/.test(value) ? Number(value) : NaN;
    if (skillIds.includes(name) && isRating(rating)) ratings.set(name, rating);
  }
  return ratings;
}
