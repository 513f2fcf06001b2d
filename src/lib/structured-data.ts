/**
 * schema.org JSON-LD for search engines, built from plain values so it can be tested without a
 * build. src/lib/head/ gathers the values from the data collections and puts these in <head>.
 *
 * There is deliberately no JobPosting builder here: the guide's job description pages are
 * templates, not real openings. The job description builder lets an employer export one.
 */

export type JsonLd = { '@context': 'https://schema.org'; '@type': string } & Record<string, unknown>;

/** Where the site is served: SITE_URL's origin and the deploy base ("/" or "/guide/"). */
export interface SiteInfo {
  origin: string;
  base: string;
  name: string;
  description: string;
  lang: string;
  /** The home page of the site's language version: "" for English, "fa" for Persian. */
  home?: string;
}

/** A page's absolute URL from its slug ("" for the home page, "role/duties" for an article). */
export function pageUrl(site: SiteInfo, slug: string): string {
  const base = `/${site.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const path = slug.replace(/^\/+|\/+$/g, '');
  return new URL(`${base}${path ? `${path}/` : ''}`, site.origin).href;
}

/** A calendar date as schema.org Date text (YYYY-MM-DD), read in UTC like the frontmatter. */
export function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error('isoDate was given an invalid date');
  return date.toISOString().slice(0, 10);
}

const websiteId = (site: SiteInfo) => `${pageUrl(site, site.home ?? '')}#website`;
const publisherId = (site: SiteInfo) => `${pageUrl(site, '')}#publisher`;

function publisher(site: SiteInfo) {
  return { '@type': 'Organization', '@id': publisherId(site), name: site.name, url: pageUrl(site, '') };
}

/** The guide as a whole, for the home page. */
export function websiteJsonLd(site: SiteInfo): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    '@id': websiteId(site),
    name: site.name,
    description: site.description,
    url: pageUrl(site, site.home ?? ''),
    inLanguage: site.lang,
    publisher: publisher(site),
  };
}

export interface Crumb {
  name: string;
  /** Absolute URL; every crumb needs one, since search engines ignore crumbs without. */
  url: string;
}

/** The trail from the home page to a page, as a BreadcrumbList. */
export function breadcrumbJsonLd(trail: readonly Crumb[]): JsonLd {
  if (trail.length < 2) throw new Error('A breadcrumb trail needs at least two crumbs (home and the page).');
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

export interface ArticlePage {
  slug: string;
  title: string;
  description: string;
  lastReviewed: Date;
  /** The sidebar section, such as "Role", when the page is in one. */
  section?: string | undefined;
  imageUrl: string;
  keywords?: readonly string[] | undefined;
}

/**
 * An article of the guide. dateModified is the last-reviewed date: the day a person checked the
 * page against its sources. There is no datePublished because the guide does not record one.
 */
export function articleJsonLd(site: SiteInfo, page: ArticlePage): JsonLd {
  const url = pageUrl(site, page.slug);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': `${url}#article`,
    headline: page.title,
    description: page.description,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url, lastReviewed: isoDate(page.lastReviewed) },
    dateModified: isoDate(page.lastReviewed),
    image: page.imageUrl,
    inLanguage: site.lang,
    ...(page.section ? { articleSection: page.section } : {}),
    ...(page.keywords && page.keywords.length > 0 ? { keywords: page.keywords.join(', ') } : {}),
    author: publisher(site),
    publisher: publisher(site),
    isPartOf: { '@id': websiteId(site) },
  };
}

export interface PayFigure {
  annual: number;
  currency: string;
  country: string;
  year: number;
  /** Only a floor (the publisher's top code), so it is not a percentile and is left out. */
  topCoded?: boolean | undefined;
}

export interface OccupationPay {
  /** What the figures describe, e.g. the stand-in occupation and its source, in words. */
  name: string;
  median: PayFigure;
  p10?: PayFigure | undefined;
  p90?: PayFigure | undefined;
}

export interface OccupationInput {
  name: string;
  description: string;
  /** The page the occupation is described on, and when that page was last reviewed. */
  pageSlug: string;
  lastReviewed: Date;
  socCodes: readonly { code: string; title: string }[];
  /** The SOC code list the codes come from, e.g. "2018 Standard Occupational Classification". */
  socCodeSet: { name: string; url: string };
  pay: OccupationPay;
  education: string;
  experience: string;
  skills: readonly string[];
  responsibilities: readonly string[];
}

/** The lead PM role as a schema.org Occupation, with pay, codes, requirements and duties. */
export function occupationJsonLd(site: SiteInfo, input: OccupationInput): JsonLd {
  const { median } = input.pay;
  if (median.topCoded) throw new Error('The Occupation median pay is only a floor (top-coded).');
  // A top-coded percentile says only "at least this much", which is no percentile: left out.
  const percentile = (f: PayFigure | undefined) => (f && !f.topCoded ? f : undefined);
  const low = percentile(input.pay.p10);
  const high = percentile(input.pay.p90);
  for (const figure of [low, high]) {
    if (!figure) continue;
    if (
      figure.currency !== median.currency ||
      figure.country !== median.country ||
      figure.year !== median.year
    ) {
      throw new Error(
        'The Occupation pay figures must describe the same currency, country and year ' +
          `(got ${median.currency}/${median.country}/${median.year} and ${figure.currency}/${figure.country}/${figure.year}).`,
      );
    }
  }
  if (high && high.annual < median.annual) throw new Error('The 90th-percentile pay is below the median.');
  if (low && low.annual > median.annual) throw new Error('The 10th-percentile pay is above the median.');
  for (const [field, list] of [
    ['socCodes', input.socCodes],
    ['skills', input.skills],
    ['responsibilities', input.responsibilities],
  ] as const) {
    if (list.length === 0) throw new Error(`occupationJsonLd needs at least one entry in ${field}.`);
  }
  const url = pageUrl(site, input.pageSlug);
  return {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    '@id': `${url}#occupation`,
    name: input.name,
    description: input.description,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url, lastReviewed: isoDate(input.lastReviewed) },
    occupationalCategory: input.socCodes.map(({ code, title }) => ({
      '@type': 'CategoryCode',
      codeValue: code,
      name: title,
      inCodeSet: { '@type': 'CategoryCodeSet', name: input.socCodeSet.name, url: input.socCodeSet.url },
    })),
    occupationLocation: [{ '@type': 'Country', name: median.country }],
    estimatedSalary: [
      {
        '@type': 'MonetaryAmountDistribution',
        name: input.pay.name,
        currency: median.currency,
        duration: 'P1Y',
        ...(low ? { percentile10: low.annual } : {}),
        median: median.annual,
        ...(high ? { percentile90: high.annual } : {}),
        validFrom: `${median.year}-01-01`,
        validThrough: `${median.year}-12-31`,
      },
    ],
    educationRequirements: input.education,
    experienceRequirements: input.experience,
    skills: [...input.skills],
    responsibilities: [...input.responsibilities],
  };
}
