/**
 * The builder's draft: its shape and its defaults. Pure (no DOM). The rest of the draft's logic
 * sits beside it, one concern a file: jd-fields.ts (each field's kind and limit), jd-checks.ts
 * (what the form flags), jd-codec.ts (the link and storage encoding), jd-dates.ts.
 */
import { localIsoDate } from './jd-dates';
import { asciiSlug } from '../../lib/ascii-slug';

export const WORKPLACES = ['onsite', 'hybrid', 'remote'] as const;
export const EMPLOYMENT_TYPES = ['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN'] as const;
export const PERIODS = ['YEAR', 'MONTH', 'HOUR'] as const;
export const LIST_KINDS = ['responsibility', 'required', 'preferred'] as const;
/** Whether the application asks for the applicant's current or past pay. */
export const YES_NO = ['no', 'yes'] as const;
/** Places the ad will be posted in, at most: more than any one ad needs, few enough to keep links short. */
export const MAX_POSTED_IN = 60;

export type Workplace = (typeof WORKPLACES)[number];
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];
export type Period = (typeof PERIODS)[number];
export type ListKind = (typeof LIST_KINDS)[number];

/** The jd-items entry the experience field replaces, so the years appear once. */
export const EXPERIENCE_ITEM_ID = 'years-of-experience';

/** A line of the ad. `ref` points at the guide's data ("jd:<id>" or "duty:<id>"); own lines have none. */
export interface JdLine {
  ref?: string;
  text: string;
}

/** A line the reader can pick, from src/data/jd-items.yaml or a duty's jdLine. */
export interface CatalogueLine {
  ref: string;
  kind: ListKind;
  text: string;
  skill?: string;
}

export interface JdState {
  title: string;
  company: string;
  website: string;
  about: string;
  productArea: string;
  /** The "about the role" paragraph that opens the role's section. */
  roleIntro: string;
  /** Who the lead PM reports to, e.g. "Director of Product". */
  reportsTo: string;
  /** How many PMs the role leads, as typed: "0" is an individual-contributor lead, "" not stated. */
  pmsLed: string;
  /** Hours, core hours, time zones. */
  workingPattern: string;
  workplace: Workplace;
  locality: string;
  region: string;
  country: string;
  remoteCountries: string;
  employmentType: EmploymentType;
  salaryMin: string;
  salaryMax: string;
  currency: string;
  period: Period;
  experience: string;
  /** Benefits and pay beyond salary (bonus, equity), which some places require in the ad. */
  benefits: string;
  /** Whether the application asks for current or past pay, which some places ban. */
  asksPayHistory: (typeof YES_NO)[number];
  datePosted: string;
  /** Empty means "DEFAULT_OPEN_DAYS after datePosted". */
  validThrough: string;
  responsibility: JdLine[];
  required: JdLine[];
  preferred: JdLine[];
  eeo: string;
  /**
   * Ids of the places the ad will be posted in (src/data/posting-rules.yaml), for the pay-posting
   * warnings. Kept as given: an id the rules no longer have is ignored, not dropped.
   */
  postedIn: string[];
}

/** The fields that hold one string (everything but the three lists). */
export type TextField = {
  [K in keyof JdState]: JdState[K] extends string ? K : never;
}[keyof JdState];

/** Texts the defaults need that belong to the page's language, not to this module. */
export interface DefaultTexts {
  title: string;
  experience: string;
  eeo: string;
}

export function defaultState(catalogue: readonly CatalogueLine[], texts: DefaultTexts, today: Date): JdState {
  const picks = (kind: ListKind) =>
    catalogue
      .filter((l) => l.kind === kind && l.ref.startsWith('jd:'))
      .map((l) => ({ ref: l.ref, text: l.text }));
  return {
    title: texts.title,
    company: '',
    website: '',
    about: '',
    productArea: '',
    roleIntro: '',
    reportsTo: '',
    pmsLed: '',
    workingPattern: '',
    workplace: 'hybrid',
    locality: '',
    region: '',
    country: '',
    remoteCountries: '',
    employmentType: 'FULL_TIME',
    salaryMin: '',
    salaryMax: '',
    currency: 'USD',
    period: 'YEAR',
    experience: texts.experience,
    benefits: '',
    asksPayHistory: 'no',
    datePosted: localIsoDate(today),
    validThrough: '',
    responsibility: picks('responsibility'),
    required: picks('required'),
    preferred: picks('preferred'),
    eeo: texts.eeo,
    postedIn: [],
  };
}

/** A file name from the title and company: "lead-product-manager-acme". */
export function fileSlug(state: Pick<JdState, 'title' | 'company'>): string {
  return asciiSlug(`${state.title} ${state.company}`) || 'job-description';
}

/** The lines a reader can pick, built from the two data collections. */
export function buildCatalogue(
  jdItems: readonly { id: string; kind: ListKind; text: string; skill?: string | undefined }[],
  duties: readonly { id: string; jdLine: string }[],
): CatalogueLine[] {
  const fromItems = jdItems
    .filter((i) => i.id !== EXPERIENCE_ITEM_ID)
    .map((i) => ({ ref: `jd:${i.id}`, kind: i.kind, text: i.text, ...(i.skill ? { skill: i.skill } : {}) }));
  const fromDuties = duties.map((d) => ({
    ref: `duty:${d.id}`,
    kind: 'responsibility' as const,
    text: d.jdLine,
  }));
  return [...fromItems, ...fromDuties];
}
