/**
 * The client scripts of the frame around every page (header, sidebar, table of contents, search
 * button, theme and language pickers, the service worker's registration, the Markdown copy control), which astro.config.mjs bundles into one
 * chunk. A script that only some pages load must not match: the chunk runs on every page.
 */
const PAGE_FRAME_SCRIPTS: readonly RegExp[] = [
  /^astro:scripts\/page\.js$/,
  /[\\/]@astrojs[\\/]starlight[\\/]dist[\\/]components[\\/](LanguageSelect|MobileTableOfContents|Page|PageFrame|TableOfContents)\.astro\?astro&type=script/,
  /[\\/]@astrojs[\\/]starlight[\\/]dist[\\/]components-internals[\\/]TableOfContents[\\/]starlight-toc\.js$/,
  /[\\/]src[\\/]components[\\/]overrides[\\/](Head|Search|ThemeSelect)\.astro\?astro&type=script/,
  /[\\/]src[\\/]components[\\/]PageMarkdown[\\/]PageMarkdown\.astro\?astro&type=script/,
  /[\\/]src[\\/]components[\\/](Search[\\/]search-loader|PageMarkdown[\\/]copy-markdown|offline[\\/]register)\.ts$/,
];

export function isPageFrameScript(id: string): boolean {
  return PAGE_FRAME_SCRIPTS.some((pattern) => pattern.test(id));
}
