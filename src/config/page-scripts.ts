/**
 * The client scripts of the frame around every page (header, sidebar, table of contents, search
 * button, theme and language pickers, link prefetching), which astro.config.mjs bundles into one
 * chunk. A script that only some pages load must not match: the chunk runs on every page.
 */
const PAGE_FRAME_SCRIPTS: readonly RegExp[] = [
  /^astro:scripts\/page\.js$/,
  /[\\/]node_modules[\\/]astro[\\/]dist[\\/]prefetch[\\/]/,
  /[\\/]@astrojs[\\/]starlight[\\/]dist[\\/]components[\\/](LanguageSelect|MobileTableOfContents|Page|PageFrame|TableOfContents)\.astro\?astro&type=script/,
  /[\\/]@astrojs[\\/]starlight[\\/]dist[\\/]components-internals[\\/]TableOfContents[\\/]starlight-toc\.js$/,
  /[\\/]src[\\/]components[\\/]overrides[\\/](Search|ThemeSelect)\.astro\?astro&type=script/,
  /[\\/]src[\\/]components[\\/]Search[\\/]search-loader\.ts$/,
];

export function isPageFrameScript(id: string): boolean {
  return PAGE_FRAME_SCRIPTS.some((pattern) => pattern.test(id));
}
