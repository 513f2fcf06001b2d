/**
 * Social card images: one PNG per page, drawn at build time by astro-og-canvas from the page's
 * title and description. Fonts come from an npm package, so the build never fetches anything.
 */

import { punctuation, type Lang } from './locale';

export const OG_IMAGE_WIDTH = 1200;
export const OG_IMAGE_HEIGHT = 630;

/**
 * Inter, as TrueType files cut to Latin script and kept in src/assets/fonts/ (its licence is
 * OFL.txt there; the npm package that ships it weighs 8 MB for these two files), and for Persian
 * cards Vazirmatn's Arabic-script subset as WOFF files from @fontsource/vazirmatn, the package the
 * Persian pages' web font comes from (CanvasKit reads TTF and WOFF, not WOFF2). Persian cards list
 * Vazirmatn first and fall back to Inter for Latin words such as "(Lead PM)".
 */
export const OG_FONTS = ['./src/assets/fonts/inter-latin-400.ttf', './src/assets/fonts/inter-latin-700.ttf'];
export const OG_FONTS_FA = [
  './node_modules/@fontsource/vazirmatn/files/vazirmatn-arabic-400-normal.woff',
  './node_modules/@fontsource/vazirmatn/files/vazirmatn-arabic-700-normal.woff',
  ...OG_FONTS,
];

/** The image's file name under /og/ for a page slug: "role/duties.png", and "index.png" for the home page. */
export function ogImageFile(slug: string): string {
  const path = slug.replace(/^\/+|\/+$/g, '');
  return `${path || 'index'}.png`;
}

/** The card slug of a page id: "index" (the English home page) -> "", "fa" -> "fa/index". */
export function ogSlug(id: string): string {
  if (id === 'index') return '';
  return id === 'fa' ? 'fa/index' : id;
}

/** The image's path on the site, under the deploy base. */
export function ogImagePath(slug: string, base: string): string {
  return `${base.replace(/\/?$/, '/')}og/${ogImageFile(slug)}`;
}

type RGB = [number, number, number];
/** The favicon's blue, and a darker navy it fades from: readable white text on both. */
const NAVY: RGB = [15, 23, 42];
const BRAND_BLUE: RGB = [31, 58, 147];
const ACCENT: RGB = [125, 160, 255];

/** The drawing options for one card (the shape astro-og-canvas's getImageOptions returns). */
export function ogImageOptions(
  page: { title: string; description?: string | undefined },
  siteName: string,
  lang: Lang = 'en',
) {
  const persian = lang === 'fa';
  const families = persian ? ['Vazirmatn', 'Inter'] : ['Inter'];
  return {
    title: page.title,
    // The site name leads the smaller text, since a card is often seen away from the site.
    description: page.description ? `${siteName}${punctuation(lang).sep}${page.description}` : siteName,
    dir: persian ? ('rtl' as const) : ('ltr' as const),
    bgGradient: [NAVY, BRAND_BLUE],
    border: { color: ACCENT, width: 16, side: 'inline-start' as const },
    padding: 72,
    logo: { path: './src/assets/og-logo.png', size: [96] as [number] },
    fonts: persian ? OG_FONTS_FA : OG_FONTS,
    font: {
      title: {
        families,
        weight: 'Bold' as const,
        // Two lines of 68 px hold about 60 characters; a longer title gets smaller type so that
        // three lines and a 160-character description still fit in 630 px.
        size: page.title.length > 60 ? 56 : 68,
        lineHeight: 1.15,
        color: [255, 255, 255] as RGB,
      },
      description: {
        families,
        weight: 'Normal' as const,
        size: 34,
        lineHeight: 1.4,
        color: [220, 228, 255] as RGB,
      },
    },
  };
}
