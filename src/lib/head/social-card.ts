import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { ogImagePath, ogSlug, OG_IMAGE_HEIGHT, OG_IMAGE_WIDTH } from '../og-image';
import { meta, type HeadEntry } from './head-entry';

/** A Persian page's English slug: "fa/role/duties" -> "role/duties", "fa" -> "". */
export const englishSlug = (id: string) => id.replace(/^fa(?:\/|$)/, '');

/** The social card of a page and the tags that show it in link previews. */
export async function socialCardEntries(
  route: StarlightRouteData,
  siteUrl: URL,
  base: string,
  fallbackDescription: string,
) {
  const { data } = route.entry;
  // Each page has its own card in its own language; the alt text is the title the card shows.
  const image = new URL(ogImagePath(ogSlug(route.id), base), siteUrl.origin).href;
  const imageAlt = data.title;
  const entries: HeadEntry[] = [
    meta('property', 'og:image', image),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', String(OG_IMAGE_WIDTH)),
    meta('property', 'og:image:height', String(OG_IMAGE_HEIGHT)),
    meta('property', 'og:image:alt', imageAlt),
    meta('name', 'twitter:title', data.title),
    meta('name', 'twitter:description', data.description ?? fallbackDescription),
    meta('name', 'twitter:image', image),
    meta('name', 'twitter:image:alt', imageAlt),
  ];
  return { image, entries };
}
