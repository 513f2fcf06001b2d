/**
 * The draft as schema.org JobPosting JSON-LD, as Google reads it, and the checks on what it lacks.
 * Pure.
 */
import { toLatinDigits } from '../../lib/locale';
import { countryName, isCountryCode } from './codes';
import { safeWebUrl } from '../../lib/clean-text';
import { isPayAmount, parseAmount } from './jd-checks';
import { effectiveValidThrough } from './jd-dates';
import { buildDocument, exportState, oneLine, remoteCountryCodes, type DocLabels } from './jd-documents';
import { toHtmlBody } from './jd-formats';
import type { JdState } from './jd-state';

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
export function buildJobPosting(draft: JdState, labels: DocLabels, locale = 'en-US'): JobPosting {
  const doc = buildDocument(draft, labels, locale);
  const state = exportState(draft);
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

  const months = experienceMonths(state.experience);
  if (months !== null) {
    posting['experienceRequirements'] = {
      '@type': 'OccupationalExperienceRequirements',
      monthsOfExperience: months,
    };
  }
  if (oneLine(state.workingPattern)) posting['workHours'] = oneLine(state.workingPattern);
  if (oneLine(state.benefits)) posting['jobBenefits'] = oneLine(state.benefits);

  const min = parseAmount(state.salaryMin);
  const max = parseAmount(state.salaryMax);
  const valid = isPayAmount;
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

/**
 * The months of experience an ad asks for, from the first number in its experience text: "5 years"
 * is 60, and an old draft's "4-5+ years" is 48, the least it accepts. Null when no number is given.
 */
export function experienceMonths(text: string): number | null {
  const match = /\d+(?:\.\d+)?/.exec(toLatinDigits(text));
  if (!match) return null;
  const years = Number(match[0]);
  return years > 0 && years <= 60 ? Math.round(years * 12) : null;
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
