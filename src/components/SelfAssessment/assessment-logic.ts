/**
 * The self-assessment's arithmetic: which skills fall short of the lead PM bar, by how much, and
 * what the export holds. No DOM here, so all of it is unit-tested.
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

/** What the client needs to know about a skill; the page renders these into its JSON blob. */
export interface AssessedSkill {
  id: string;
  name: string;
  leadBar: number;
  /** The first "how to build it" step of the skill. */
  nextStep: string;
  /** Link to the skill on the skills page, deploy base included. */
  href: string;
}

export interface Gap {
  skill: AssessedSkill;
  rating: Rating;
  /** How many points below the lead PM bar, always at least 1. */
  gap: number;
}

/** Rated skills below the lead PM bar, largest gap first; ties keep the skills' own order. */
export function findGaps(skills: readonly AssessedSkill[], ratings: Ratings): Gap[] {
  return skills
    .flatMap((skill) => {
      const rating = ratings.get(skill.id);
      return rating !== undefined && rating < skill.leadBar
        ? [{ skill, rating, gap: skill.leadBar - rating }]
        : [];
    })
    .sort((a, b) => b.gap - a.gap);
}

export interface ProfileSummary {
  total: number;
  rated: number;
  /** Rated skills at or above the lead PM bar. */
  atOrAbove: number;
  /** Rated skills below the lead PM bar. */
  below: number;
  /** The gaps added up, in points. */
  points: number;
}

export function summarise(skills: readonly AssessedSkill[], ratings: Ratings): ProfileSummary {
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
  /** "You rated {{rated}} of {{total}} skills. {{atOrAbove}} meet ... {{below}} ... {{points}}" */
  withGaps: string;
  /** "You rated {{rated}} of {{total}} skills, and each one meets the lead PM bar." */
  noGaps: string;
}

/**
 * One sentence that sums the profile up, for the page and for the chart's description, with its
 * numbers in the digits of `locale` (Persian digits for "fa-IR").
 */
export function summaryText(summary: ProfileSummary, strings: SummaryStrings, locale = 'en-US'): string {
  if (summary.rated === 0) return strings.empty;
  const values = localDigits({ ...summary }, locale);
  return fill(summary.below === 0 ? strings.noGaps : strings.withGaps, values);
}

/** The file name of the JSON export. */
export const EXPORT_FILE_NAME = 'lead-pm-self-assessment.json';

/** The export: every skill with its rating (null when unrated), so the file reads on its own. */
export function exportDocument(skills: readonly AssessedSkill[], ratings: Ratings, exportedAt: Date) {
  return {
    kind: 'lead-pm-self-assessment',
    version: 1,
    exportedAt: exportedAt.toISOString(),
    scale: { min: 1, max: 5 },
    skills: skills.map((skill) => {
      const rating = ratings.get(skill.id) ?? null;
      return {
        id: skill.id,
        name: skill.name,
        rating,
        leadBar: skill.leadBar,
        gap: rating === null ? null : Math.max(0, skill.leadBar - rating),
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
