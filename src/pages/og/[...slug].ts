import { OGImageRoute } from 'astro-og-canvas';
import { siteTitle } from '../../config/site';
import { getDocPages } from '../../lib/content';
import { ogImageFile, ogImageOptions } from '../../lib/og-image';

// One social card per English page at /og/<slug>.png, drawn at build time (see src/lib/og-image.ts).
// Persian pages point at the English page's card: the card font has no Persian letters.
const pages = Object.fromEntries((await getDocPages('en')).map((entry) => [entry.id, entry.data]));

export const { getStaticPaths, GET } = await OGImageRoute({
  pages,
  getSlug: (id) => ogImageFile(id === 'index' ? '' : id),
  getImageOptions: (_id, page) => ogImageOptions(page, siteTitle),
});
