/**
 * Draft -> document: the one model that the preview, Markdown, plain text, HTML and the JobPosting
 * description are all rendered from (jd-formats.ts, jd-jsonld.ts), so every format says the same
 * thing. Reader text enters the model cleaned by `exportText`: no control characters and no
 * bidirectional overrides reach an export. Pure and unit-tested.
 */
import { exportText } from '../../lib/clean-text';
import { formatNumber, punctuation } from '../../lib/locale';
import { fill } from '../../lib/template';
import { countryName, isCountryCode, parseCountryList } from './codes';
import { safeWebUrl } from '../../lib/clean-text';
import { isPayAmount, parseAmount, parseCount } from './jd-checks';
import { effectiveValidThrough } from './jd-dates';
import { FIELDS, TEXT_FIELDS } from './jd-fields';
import {
  LIST_KINDS,
  type EmploymentType,
  type JdState,
  type Period,
  type TextField,
  type Workplace,
} from './jd-state';

/** Words the documents use, in the page's language (from src/content/i18n). */
export interface DocLabels {
  aboutCompany: string;
  aboutUs: string;
  role: string;
  roleLine: string;
  responsibilities: string;
  required: string;
  preferred: string;
  experienceLine: string;
  eeo: string;
  company: string;
  location: string;
  workplace: string;
  employmentType: string;
  salary: string;
  closes: string;
  remote: string;
  salaryRange: string;
  salaryFrom: string;
  salaryUpTo: string;
  reportsTo: string;
  team: string;
  /** The team line for 0, 1 and more PMs led ({{n}} is the number). */
  teamNone: string;
  teamOne: string;
  teamMany: string;
  workingPattern: string;
  benefits: string;
  workplaces: Record<Workplace, string>;
  employmentTypes: Record<EmploymentType, string>;
  periods: Record<Period, string>;
}

export interface DocSection {
  heading: string;
  paragraphs: string[];
  items: string[];
  link?: string;
}

export interface JdDocument {
  title: string;
  /**
   * `typed` marks a value the reader typed as a whole (the company name): it may be in another
   * script than the page, so it sets its own direction (dir="auto"). Every other value follows the
   * page: a salary starts with a left-to-right mark before "$", which dir="auto" would misread.
   */
  facts: { label: string; value: string; typed?: true }[];
  sections: DocSection[];
}

/** The draft with every text cleaned for export (see `exportText`). */
export function exportState(state: JdState): JdState {
  const clean = { ...state };
  for (const name of TEXT_FIELDS) {
    (clean as Record<TextField, string>)[name] = exportText(state[name], FIELDS[name].kind === 'paragraphs');
  }
  for (const kind of LIST_KINDS) {
    clean[kind] = state[kind].map((line) => ({ ...line, text: exportText(line.text) }));
  }
  return clean;
}

/** Blank lines split paragraphs; single line breaks stay inside one. */
const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean);

export const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export function formatMoneyAmount(amount: number, currency: string, period: Period, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      maximumFractionDigits: period === 'HOUR' || !Number.isInteger(amount) ? 2 : 0,
    }).format(amount);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** The pay line, e.g. "$150,000 to $180,000 a year", or "" when no valid amount is given. */
export function salaryText(state: JdState, labels: DocLabels, locale = 'en-US'): string {
  const usable = (n: number | null) => (isPayAmount(n) ? n : null);
  const min = usable(parseAmount(state.salaryMin));
  const max = usable(parseAmount(state.salaryMax));
  const money = (n: number) => formatMoneyAmount(n, state.currency, state.period, locale);
  const period = labels.periods[state.period];
  if (min !== null && max !== null) {
    if (min > max) return '';
    if (min === max) return `${money(min)} ${period}`;
    return fill(labels.salaryRange, { min: money(min), max: money(max), period });
  }
  if (min !== null) return fill(labels.salaryFrom, { min: money(min), period });
  if (max !== null) return fill(labels.salaryUpTo, { max: money(max), period });
  return '';
}

export function remoteCountryCodes(state: JdState): string[] {
  return parseCountryList(state.remoteCountries).filter(isCountryCode);
}

export function locationText(state: JdState, labels: DocLabels, locale = 'en'): string {
  if (state.workplace === 'remote') {
    const names = remoteCountryCodes(state).map((c) => countryName(c, locale));
    return names.length > 0 ? `${labels.remote}: ${names.join(punctuation(locale).list)}` : labels.remote;
  }
  const country = isCountryCode(state.country) ? countryName(state.country, locale) : '';
  return [state.locality, state.region, country].map(oneLine).filter(Boolean).join(punctuation(locale).list);
}

function formatLongDate(iso: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  try {
    return date.toLocaleDateString(locale, { dateStyle: 'long', timeZone: 'UTC' });
  } catch {
    return iso;
  }
}

/** "Leads 3 product managers", or the individual-contributor line for 0; "" when not stated. */
export function teamText(state: Pick<JdState, 'pmsLed'>, labels: DocLabels, locale = 'en-US'): string {
  const n = parseCount(state.pmsLed);
  if (n === null || Number.isNaN(n)) return '';
  const label = n === 0 ? labels.teamNone : n === 1 ? labels.teamOne : labels.teamMany;
  return fill(label, { n: formatNumber(n, locale) });
}

/** The document model every format is rendered from. */
export function buildDocument(draft: JdState, labels: DocLabels, locale = 'en-US'): JdDocument {
  const state = exportState(draft);
  const company = oneLine(state.company);
  const facts = [
    { label: labels.company, value: company, typed: true as const },
    { label: labels.location, value: locationText(state, labels, locale) },
    { label: labels.workplace, value: labels.workplaces[state.workplace] },
    { label: labels.employmentType, value: labels.employmentTypes[state.employmentType] },
    { label: labels.reportsTo, value: oneLine(state.reportsTo), typed: true as const },
    { label: labels.team, value: teamText(state, labels, locale) },
    { label: labels.workingPattern, value: oneLine(state.workingPattern), typed: true as const },
    { label: labels.salary, value: salaryText(state, labels, locale) },
    { label: labels.closes, value: formatLongDate(effectiveValidThrough(state), locale) },
  ].filter((f) => f.value !== '');

  const lines = (list: JdState['responsibility']) => list.map((l) => oneLine(l.text)).filter(Boolean);
  const experience = oneLine(state.experience);
  const website = safeWebUrl(state.website);
  const candidates: DocSection[] = [
    {
      heading: company ? fill(labels.aboutCompany, { company }) : labels.aboutUs,
      paragraphs: paragraphs(state.about),
      items: [],
      ...(website ? { link: website } : {}),
    },
    {
      heading: labels.role,
      paragraphs: [
        ...paragraphs(state.roleIntro),
        ...(oneLine(state.productArea)
          ? [fill(labels.roleLine, { title: oneLine(state.title), area: oneLine(state.productArea) })]
          : []),
      ],
      items: [],
    },
    { heading: labels.responsibilities, paragraphs: [], items: lines(state.responsibility) },
    {
      heading: labels.required,
      paragraphs: [],
      items: [
        ...(experience ? [fill(labels.experienceLine, { years: experience })] : []),
        ...lines(state.required),
      ],
    },
    { heading: labels.preferred, paragraphs: [], items: lines(state.preferred) },
    { heading: labels.benefits, paragraphs: paragraphs(state.benefits), items: [] },
    { heading: labels.eeo, paragraphs: paragraphs(state.eeo), items: [] },
  ];
  const sections = candidates.filter((s) => s.paragraphs.length > 0 || s.items.length > 0 || s.link);

  return { title: oneLine(state.title), facts, sections };
}
