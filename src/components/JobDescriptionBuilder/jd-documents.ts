/**
 * Draft -> documents: one document model, then Markdown, plain text, HTML and schema.org
 * JobPosting JSON-LD from it, so every format says the same thing. Pure and unit-tested.
 * Every string from the reader is escaped for the format it lands in; nothing here trusts input.
 */
import { escapeHtml, markdownParagraph, escapeMarkdown } from '../../lib/escape';
import { punctuation, textDirection } from '../../lib/locale';
import { fill } from '../../lib/template';
import { countryName, isCountryCode, parseCountryList } from './codes';
import {
  effectiveValidThrough,
  parseAmount,
  safeWebUrl,
  type EmploymentType,
  type JdState,
  type Period,
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

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

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
  const usable = (n: number | null) => (n !== null && Number.isFinite(n) && n >= 0 ? n : null);
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

function remoteCountryCodes(state: JdState): string[] {
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

/** The document model every format is rendered from. */
export function buildDocument(state: JdState, labels: DocLabels, locale = 'en-US'): JdDocument {
  const company = oneLine(state.company);
  const facts = [
    { label: labels.company, value: company, typed: true as const },
    { label: labels.location, value: locationText(state, labels, locale) },
    { label: labels.workplace, value: labels.workplaces[state.workplace] },
    { label: labels.employmentType, value: labels.employmentTypes[state.employmentType] },
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
      paragraphs: oneLine(state.productArea)
        ? [fill(labels.roleLine, { title: oneLine(state.title), area: oneLine(state.productArea) })]
        : [],
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
    { heading: labels.eeo, paragraphs: paragraphs(state.eeo), items: [] },
  ];
  const sections = candidates.filter((s) => s.paragraphs.length > 0 || s.items.length > 0 || s.link);

  return { title: oneLine(state.title), facts, sections };
}

// ---------------------------------------------------------------------------------------------
// Formats.

export function toMarkdown(doc: JdDocument): string {
  const out: string[] = [`# ${escapeMarkdown(doc.title)}`];
  if (doc.facts.length > 0) {
    out.push(doc.facts.map((f) => `- **${escapeMarkdown(f.label)}:** ${escapeMarkdown(f.value)}`).join('\n'));
  }
  for (const section of doc.sections) {
    out.push(`## ${escapeMarkdown(section.heading)}`);
    section.paragraphs.forEach((p) => out.push(markdownParagraph(p)));
    if (section.link) out.push(`<${section.link}>`);
    if (section.items.length > 0) out.push(section.items.map((i) => `- ${escapeMarkdown(i)}`).join('\n'));
  }
  return `${out.join('\n\n')}\n`;
}

export function toPlainText(doc: JdDocument): string {
  const out: string[] = [doc.title];
  if (doc.facts.length > 0) out.push(doc.facts.map((f) => `${f.label}: ${f.value}`).join('\n'));
  for (const section of doc.sections) {
    out.push(section.heading.toUpperCase());
    out.push(...section.paragraphs);
    if (section.link) out.push(section.link);
    if (section.items.length > 0) out.push(section.items.map((i) => `- ${i}`).join('\n'));
  }
  return `${out.join('\n\n')}\n`;
}

/** The ad without its title: the body of the HTML export and JobPosting's `description`. */
export function toHtmlBody(doc: JdDocument, { dir = true } = {}): string {
  const text = (s: string) => escapeHtml(s).replace(/\n/g, '<br>');
  // dir="auto" lets right-to-left lines lay out on their own; JSON-LD readers do not need it.
  const auto = dir ? ' dir="auto"' : '';
  const out: string[] = [];
  if (doc.facts.length > 0) {
    out.push(
      `<ul>${doc.facts.map((f) => `<li><strong>${text(f.label)}:</strong> <span${f.typed ? auto : ''}>${text(f.value)}</span></li>`).join('')}</ul>`,
    );
  }
  for (const section of doc.sections) {
    out.push(`<h2${auto}>${text(section.heading)}</h2>`);
    section.paragraphs.forEach((p) => out.push(`<p${auto}>${text(p)}</p>`));
    if (section.link) out.push(`<p><a href="${escapeHtml(section.link)}">${text(section.link)}</a></p>`);
    if (section.items.length > 0) {
      out.push(`<ul>${section.items.map((i) => `<li${auto}>${text(i)}</li>`).join('')}</ul>`);
    }
  }
  return out.join('\n');
}

const titleAndBody = (doc: JdDocument) => `<h1 dir="auto">${escapeHtml(doc.title)}</h1>\n${toHtmlBody(doc)}`;

/**
 * The ad as HTML to paste into a CMS. An ad in another language than English comes wrapped in an
 * element that carries its language and direction, so a Persian ad pastes right to left.
 */
export function toHtmlFragment(doc: JdDocument, lang = 'en'): string {
  if (lang === 'en') return titleAndBody(doc);
  return `<div lang="${escapeHtml(lang)}" dir="${textDirection(lang)}">\n${titleAndBody(doc)}\n</div>`;
}

/** A complete page to download and open in any browser or paste into a CMS. */
export function toHtmlPage(doc: JdDocument, lang = 'en'): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(lang)}"${textDirection(lang) === 'rtl' ? ' dir="rtl"' : ''}>`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    '<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:42rem;margin:2rem auto;padding:0 1rem}</style>',
    '</head>',
    '<body>',
    '<main>',
    titleAndBody(doc),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------
// schema.org JobPosting, as Google reads it.

/** What Google requires before it will show a job posting (Search Central, JobPosting). */
export const REQUIRED_JOBPOSTING_FIELDS = [
  'title',
  'description',
  'datePosted',
  'hiringOrganization',
  'jobLocation',
] as const;
export const RECOMMENDED_JOBPOSTING_FIELDS = ['baseSalary', 'employmentType', 'validThrough'] as const;
export type RequiredField = (typeof REQUIRED_JOBPOSTING_FIELDS)[number];
export type RecommendedField = (typeof RECOMMENDED_JOBPOSTING_FIELDS)[number];

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JobPosting = { [key: string]: Json };

/**
 * The posting for a draft. Text fields are in the page's language (an ad in Persian says so with
 * inLanguage); codes and numbers stay as schema.org spells them: enum values, ISO codes, ASCII digits.
 */
export function buildJobPosting(state: JdState, labels: DocLabels, locale = 'en-US'): JobPosting {
  const doc = buildDocument(state, labels, locale);
  const posting: JobPosting = { '@context': 'https://schema.org/', '@type': 'JobPosting' };
  const language = locale.split('-')[0]!.toLowerCase();
  if (language !== 'en') posting['inLanguage'] = language;
  if (doc.title) posting['title'] = doc.title;
  if (doc.sections.length > 0) posting['description'] = toHtmlBody(doc, { dir: false });
  if (state.datePosted) posting['datePosted'] = state.datePosted;
  const validThrough = effectiveValidThrough(state);
  if (validThrough) posting['validThrough'] = validThrough;
  posting['employmentType'] = state.employmentType;

  const company = oneLine(state.company);
  if (company) {
    const website = safeWebUrl(state.website);
    posting['hiringOrganization'] = {
      '@type': 'Organization',
      name: company,
      ...(website ? { sameAs: website } : {}),
    };
  }

  if (state.workplace === 'remote') {
    posting['jobLocationType'] = 'TELECOMMUTE';
    const countries = remoteCountryCodes(state);
    if (countries.length > 0) {
      posting['applicantLocationRequirements'] = countries.map((code) => ({
        '@type': 'Country',
        name: countryName(code, 'en'),
      }));
    }
  } else if (isCountryCode(state.country)) {
    const address: JobPosting = { '@type': 'PostalAddress' };
    if (oneLine(state.locality)) address['addressLocality'] = oneLine(state.locality);
    if (oneLine(state.region)) address['addressRegion'] = oneLine(state.region);
    address['addressCountry'] = state.country;
    posting['jobLocation'] = { '@type': 'Place', address };
  }

  const min = parseAmount(state.salaryMin);
  const max = parseAmount(state.salaryMax);
  const valid = (n: number | null): n is number => n !== null && Number.isFinite(n) && n >= 0;
  if ((valid(min) || valid(max)) && !(valid(min) && valid(max) && min > max)) {
    const value: JobPosting = { '@type': 'QuantitativeValue' };
    if (valid(min) && valid(max) && min === max) value['value'] = min;
    else {
      if (valid(min)) value['minValue'] = min;
      if (valid(max)) value['maxValue'] = max;
    }
    value['unitText'] = state.period;
    posting['baseSalary'] = { '@type': 'MonetaryAmount', currency: state.currency, value };
  }
  return posting;
}

const nonEmpty = (v: unknown) => typeof v === 'string' && v.trim() !== '';
const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The required fields a posting lacks. A remote job may stand in jobLocation with
 * jobLocationType TELECOMMUTE plus applicantLocationRequirements, as Google allows.
 */
export function missingRequiredFields(posting: Record<string, unknown>): RequiredField[] {
  const missing: RequiredField[] = [];
  if (!nonEmpty(posting['title'])) missing.push('title');
  if (!nonEmpty(posting['description'])) missing.push('description');
  if (typeof posting['datePosted'] !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(posting['datePosted'])) {
    missing.push('datePosted');
  }
  const org = posting['hiringOrganization'];
  if (!isObject(org) || !nonEmpty(org['name'])) missing.push('hiringOrganization');
  const location = posting['jobLocation'];
  const address = isObject(location) ? location['address'] : undefined;
  const hasAddress =
    isObject(address) &&
    typeof address['addressCountry'] === 'string' &&
    /^[A-Z]{2}$/.test(address['addressCountry']);
  const applicants = posting['applicantLocationRequirements'];
  const remoteOk =
    posting['jobLocationType'] === 'TELECOMMUTE' &&
    Array.isArray(applicants) &&
    applicants.length > 0 &&
    applicants.every((a) => isObject(a) && nonEmpty(a['name']));
  if (!hasAddress && !remoteOk) missing.push('jobLocation');
  return missing;
}

export function missingRecommendedFields(posting: Record<string, unknown>): RecommendedField[] {
  return RECOMMENDED_JOBPOSTING_FIELDS.filter((field) => posting[field] === undefined);
}

/**
 * JSON that is safe inside <script>: JSON.stringify, then <, >, & and the two JavaScript line
 * separators as \u escapes, so no input can close the tag or open a comment.
 */
export function serialiseJsonLd(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function jsonLdScript(value: unknown): string {
  return `<script type="application/ld+json">\n${serialiseJsonLd(value)}\n</script>\n`;
}
