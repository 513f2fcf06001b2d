import { OGImageRoute } from 'astro-og-canvas';
import { siteTitle, siteTitleFa } from '../../config/site';
import { getDocPages } from '../../lib/content';
import { langOf } from '../../lib/locale';
import { ogImageFile, ogImageOptions, ogSlug } from '../../lib/og-image';

// One social card per page at /og/<slug>.png, drawn at build time (see src/lib/og-image.ts):
// English pages at /og/role/duties.png, Persian ones, in Persian type, at /og/fa/role/duties.png.
const pages = Object.fromEntries((await getDocPages()).map((entry) => [entry.id, entry.data]));

export const { getStaticPaths, GET } = await OGImageRoute({
  pages,
  getSlug: (id) => ogImageFile(ogSlug(id)),
  getImageOptions: (id, page) => {
    const lang = langOf(id === 'fa' || id.startsWith('fa/') ? 'fa' : 'en');
    return ogImageOptions(page, lang === 'fa' ? siteTitleFa : siteTitle, lang);
  },
});
