import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { sectionAnchor, sectionName, sectionOf } from '../../config/sidebar';
import { siteInfoFor } from '../../config/site';
import { getDocPage } from '../content';
import { langOf, localePath } from '../locale';
import { articleJsonLd, breadcrumbJsonLd, pageUrl, websiteJsonLd, type SiteInfo } from '../structured-data';
import { jsonLdScript, type HeadEntry } from './head-entry';
import { occupation, OCCUPATION_PAGE } from './occupation';
import { englishSlug, socialCardEntries } from './social-card';

/** The All topics page lists each sidebar section under a heading: the target of section crumbs. */
const ALL_TOPICS_PAGE = 'about/all-topics';

/**
 * What each page adds to <head> for search engines and link previews: its social card and
 * schema.org JSON-LD (WebSite on the home page; Article and BreadcrumbList on articles; the
 * Occupation on the role overview). Values come from the data collections.
 */
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
  const { image, entries } = await socialCardEntries(route, siteUrl, base, siteDescription);

  if (slug === '') return [...entries, jsonLdScript(websiteJsonLd(site))];
  // The 404 page is not a document anyone should find through search.
  if (slug === '404' || data.template === 'splash') return entries;

  const section = sectionOf(route.id);
  const trail = [{ name: siteName, url: pageUrl(site, localePath('', lang)) }];
  if (section) {
    await getDocPage(
      ALL_TOPICS_PAGE,
      'the breadcrumb structured data (src/lib/head/structured-data-entries.ts)',
    );
    trail.push({
      name: sectionName(section, lang),
      url: `${pageUrl(site, localePath(ALL_TOPICS_PAGE, lang))}#${sectionAnchor(section)}`,
    });
  }
  trail.push({ name: data.title, url: pageUrl(site, route.id) });
  const description = data.description ?? siteDescription;
  entries.push(jsonLdScript(breadcrumbJsonLd(trail)));
  entries.push(
    jsonLdScript(
      articleJsonLd(site, {
        slug: route.id,
        title: data.title,
        description,
        lastReviewed: data.lastReviewed,
        section: section && sectionName(section, lang),
        imageUrl: image,
        keywords: data.keywords,
      }),
    ),
  );
  if (slug === OCCUPATION_PAGE) {
    entries.push(
      jsonLdScript(
        await occupation(site, lang, { slug: route.id, description, lastReviewed: data.lastReviewed }),
      ),
    );
  }
  return entries;
}
