import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { getDocPage } from '../content';
import { ogImagePath, OG_IMAGE_HEIGHT, OG_IMAGE_WIDTH } from '../og-image';
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
  const slug = englishSlug(route.id);
  // Persian pages share the English page's social card: the card font (Inter) has no Persian
  // letters. Its alt text is therefore the English title the image shows.
  const image = new URL(ogImagePath(slug, base), siteUrl.origin).href;
  const imageAlt =
    route.lang === 'fa'
      ? (await getDocPage(slug || 'index', 'the social card alt text (src/lib/head/social-card.ts)')).data
          .title
      : data.title;
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
