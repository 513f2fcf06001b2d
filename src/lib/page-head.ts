/**
 * What each page adds to <head> for search engines and link previews: its social card image and
 * schema.org JSON-LD. Values come from the data collections, so a figure changed in
 * src/data/*.yaml changes here too.
 */
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { sectionOf, sidebarGroups } from '../config/sidebar';
import { siteInfoFor } from '../config/site';
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
import { langOf, localise, localePath } from './localise';
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
const OCCUPATION_NAME = { en: 'Lead Product Manager', fa: 'مدیر محصول ارشد' };
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

/** A Persian page's English slug: "fa/role/duties" -> "role/duties", "fa" -> "". */
const englishSlug = (id: string) => id.replace(/^fa(?:\/|$)/, '');

/** A sidebar section's name in the page's language; All topics anchors keep the English name. */
const sectionName = (section: string, lang: string) =>
  (
    sidebarGroups.find((group) => group.label === section)?.translations as Record<string, string> | undefined
  )?.[lang] ?? section;

async function occupation(site: SiteInfo, route: StarlightRouteData): Promise<JsonLd> {
  const lang = langOf(route.lang);
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
  const [educationText, experienceText] = [education, experience].map(({ data }) => localise(data, lang));
  const pay = ({ data }: typeof median) => ({
    annual: data.annual,
    currency: data.currency,
    country: localise(data, lang).country,
    year: data.year,
  });
  return occupationJsonLd(site, {
    name: OCCUPATION_NAME[lang],
    description: route.entry.data.description ?? site.description,
    pageSlug: route.id,
    lastReviewed: route.entry.data.lastReviewed,
    socCodes: socCodes.map(({ data }) => ({ code: data.code, title: localise(data, lang).title })),
    socCodeSet: { name: codeSet.data.title, url: codeSet.data.url },
    median: pay(median),
    p90: pay(p90),
    education: `${educationText!.value}. ${educationText!.detail}`,
    experience: `${experienceText!.value}. ${experienceText!.detail}`,
    skills: skills.map((s) => localise(s.data, lang).name),
    responsibilities: duties.map((d) => localise(d.data, lang).title),
  });
}

/** Head entries for one page: social card tags for every page, JSON-LD for the home page and articles. */
export async function pageHeadEntries(
  route: StarlightRouteData,
  siteUrl: URL,
  base: string,
): Promise<HeadEntry[]> {
  const lang = langOf(route.lang);
  const { title: siteName, description: siteDescription } = siteInfoFor(lang);
  const site: SiteInfo = {
    origin: siteUrl.origin,
    base,
    name: siteName,
    description: siteDescription,
    lang,
    home: localePath('', lang).replace(/\/$/, ''),
  };
  const { data } = route.entry;
  const slug = englishSlug(route.id);
  // Persian pages share the English page's social card: the card font (Inter) has no Persian
  // letters. Its alt text is therefore the English title the image shows.
  const image = new URL(ogImagePath(slug, base), siteUrl.origin).href;
  const imageAlt =
    lang === 'fa'
      ? (await getDocPage(slug || 'index', 'the social card alt text (src/lib/page-head.ts)')).data.title
      : data.title;
  const entries: HeadEntry[] = [
    meta('property', 'og:image', image),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', String(OG_IMAGE_WIDTH)),
    meta('property', 'og:image:height', String(OG_IMAGE_HEIGHT)),
    meta('property', 'og:image:alt', imageAlt),
    meta('name', 'twitter:title', data.title),
    meta('name', 'twitter:description', data.description ?? siteDescription),
    meta('name', 'twitter:image', image),
    meta('name', 'twitter:image:alt', imageAlt),
  ];

  if (slug === '') {
    entries.push(jsonLdScript(websiteJsonLd(site)));
    return entries;
  }
  // The 404 page is not a document anyone should find through search.
  if (slug === '404' || data.template === 'splash') return entries;

  const section = sectionOf(route.id);
  const trail = [{ name: siteName, url: pageUrl(site, localePath('', lang)) }];
  if (section) {
    await getDocPage(ALL_TOPICS_PAGE, 'the breadcrumb structured data (src/lib/page-head.ts)');
    trail.push({
      name: sectionName(section, lang),
      url: `${pageUrl(site, localePath(ALL_TOPICS_PAGE, lang))}#${sectionAnchor(section)}`,
    });
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
        section: section && sectionName(section, lang),
        imageUrl: image,
        keywords: data.keywords,
      }),
    ),
  );
  if (slug === OCCUPATION_PAGE) entries.push(jsonLdScript(await occupation(site, route)));
  return entries;
}
