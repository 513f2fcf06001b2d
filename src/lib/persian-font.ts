/**
 * Where the Persian web font is served (copied there by src/integrations/persian-font.ts) and the
 * <head> entries that load it on Persian pages only.
 */
export const FONT_FOLDER = 'fonts';
export const FONT_STYLESHEET = 'vazirmatn.css';
export const FONT_WEIGHTS = [400, 700] as const;
export const fontFile = (weight: number) => `vazirmatn-arabic-${weight}-normal.woff2`;

/** The <head> entries that load the font, for Persian pages only (see src/route-middleware.ts). */
export function persianFontHead(base: string) {
  const folder = `${base.replace(/\/?$/, '/')}${FONT_FOLDER}/`;
  return [
    // Every Persian page shows regular text at once: fetch it alongside the stylesheet.
    {
      tag: 'link' as const,
      attrs: {
        rel: 'preload',
        href: `${folder}${fontFile(400)}`,
        as: 'font',
        type: 'font/woff2',
        crossorigin: 'anonymous',
      },
    },
    { tag: 'link' as const, attrs: { rel: 'stylesheet', href: `${folder}${FONT_STYLESHEET}` } },
  ];
}
