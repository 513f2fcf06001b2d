/**
 * What each page adds to <head> for search engines and link previews: its social card image and
 * schema.org JSON-LD. Values come from the data collections, so a figure changed in
 * src/data/*.yaml changes here too.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { sectionOf } from '../config/sidebar';
import { siteDescription, siteTitle } from '../config/site';
import {
  getDocPage,
  getDuties,
  getFact,
  getSalaryFigure,
  getSkills,
  getSocCodes,
  getSource,
} from './content';
import { jsonForScript } from './json-for-script';
import { ogImagePath, OG_IMAGE_HEIGHT, OG_IMAGE_WIDTH } from './og-image';
import {
  articleJsonLd,
  breadcrumbJsonLd,
  occupationJsonLd,
  pageUrl,
  websiteJsonLd,
  type JsonLd,
  type SiteInfo,
} from './structured-data';

type HeadEntry = StarlightRouteData['head'][number];

/** The page that describes the occupation as a whole, and so carries the Occupation data. */
export const OCCUPATION_PAGE = 'role/overview';
const OCCUPATION_NAME = 'Lead Product Manager';
/** The All topics page lists each sidebar section under a heading: the target of section crumbs. */
const ALL_TOPICS_PAGE = 'about/all-topics';

/** The anchor of a section's heading on the All topics page (see components/data/AllTopics.astro). */
export const sectionAnchor = (label: string) => `topics-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

const jsonLdScript = (data: JsonLd): HeadEntry => ({
  tag: 'script',
  attrs: { type: 'application/ld+json' },
  content: jsonForScript(data),
});
const meta = (key: 'property' | 'name', name: string, content: string): HeadEntry => ({
  tag: 'meta',
  attrs: { [key]: name, content },
});

async function occupation(site: SiteInfo, route: StarlightRouteData): Promise<JsonLd> {
  const usedBy = 'the Occupation structured data (src/lib/page-head.ts)';
  const [median, p90, education, experience, skills, duties, socCodes] = await Promise.all([
    getSalaryFigure('lead-pm-median', usedBy),
    getSalaryFigure('lead-pm-p90', usedBy),
    getFact('typical-education', usedBy),
    getFact('typical-experience', usedBy),
    getSkills(),
    getDuties(),
    getSocCodes(),
  ]);
  const socSources = [...new Set(socCodes.map((c) => c.data.source))];
  if (socSources.length !== 1) {
    throw new Error('src/data/soc-codes.yaml: every code must cite the same classification source.');
  }
  const codeSet = await getSource(socSources[0]!, usedBy);
  const pay = ({ data }: typeof median) => ({
    annual: data.annual,
    currency: data.currency,
    country: data.country,
    year: data.year,
  });
  return occupationJsonLd(site, {
    name: OCCUPATION_NAME,
    description: route.entry.data.description ?? siteDescription,
    pageSlug: route.id,
    lastReviewed: route.entry.data.lastReviewed,
    socCodes: socCodes.map(({ data }) => ({ code: data.code, title: data.title })),
    socCodeSet: { name: codeSet.data.title, url: codeSet.data.url },
    median: pay(median),
    p90: pay(p90),
    education: `${education.data.value}. ${education.data.detail}`,
    experience: `${experience.data.value}. ${experience.data.detail}`,
    skills: skills.map((s) => s.data.name),
    responsibilities: duties.map((d) => d.data.title),
  });
}

/** Head entries for one page: social card tags for every page, JSON-LD for the home page and articles. */
export async function pageHeadEntries(
  route: StarlightRouteData,
  siteUrl: URL,
  base: string,
): Promise<HeadEntry[]> {
  const site: SiteInfo = {
    origin: siteUrl.origin,
    base,
    name: siteTitle,
    description: siteDescription,
    lang: route.lang,
  };
  const { data } = route.entry;
  const image = new URL(ogImagePath(route.id, base), siteUrl.origin).href;
  const entries: HeadEntry[] = [
    meta('property', 'og:image', image),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', String(OG_IMAGE_WIDTH)),
    meta('property', 'og:image:height', String(OG_IMAGE_HEIGHT)),
    meta('property', 'og:image:alt', data.title),
    meta('name', 'twitter:title', data.title),
    meta('name', 'twitter:description', data.description ?? siteDescription),
    meta('name', 'twitter:image', image),
    meta('name', 'twitter:image:alt', data.title),
  ];

  if (route.id === '') {
    entries.push(jsonLdScript(websiteJsonLd(site)));
    return entries;
  }
  // The 404 page is not a document anyone should find through search.
  if (route.id === '404' || data.template === 'splash') return entries;

  const section = sectionOf(route.id);
  const trail = [{ name: siteTitle, url: pageUrl(site, '') }];
  if (section) {
    const allTopics = await getDocPage(
      ALL_TOPICS_PAGE,
      'the breadcrumb structured data (src/lib/page-head.ts)',
    );
    trail.push({ name: section, url: `${pageUrl(site, allTopics.id)}#${sectionAnchor(section)}` });
  }
  trail.push({ name: data.title, url: pageUrl(site, route.id) });
  entries.push(jsonLdScript(breadcrumbJsonLd(trail)));
  entries.push(
    jsonLdScript(
      articleJsonLd(site, {
        slug: route.id,
        title: data.title,
        description: data.description ?? siteDescription,
        lastReviewed: data.lastReviewed,
        section,
        imageUrl: image,
        keywords: data.keywords,
      }),
    ),
  );
  if (route.id === OCCUPATION_PAGE) entries.push(jsonLdScript(await occupation(site, route)));
  return entries;
}
