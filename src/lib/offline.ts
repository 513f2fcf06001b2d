/**
 * Names shared by the build step that writes the service workers and manifests
 * (src/integrations/service-worker.ts) and the pages that use them.
 */
export type OfflineLang = 'en' | 'fa';

export const SERVICE_WORKER_FILE = 'sw.js';
export const MANIFEST_FILE = 'manifest.webmanifest';
/** The 192-pixel icon of the manifest, copied from the social card logo. */
export const MANIFEST_ICON = 'icon-192.png';
/** Starlight's dark background: the colour of an installed app's title bar and splash screen. */
export const THEME_COLOR = '#17181c';

/** The folder of a language's pages, service worker and manifest under the base: "" or "fa/". */
export const languageFolder = (lang: OfflineLang) => (lang === 'fa' ? 'fa/' : '');

/** The <head> entries of every page: its language's manifest and the installed app's colour. */
export function offlineHead(base: string, lang: OfflineLang) {
  const folder = `${base.replace(/\/?$/, '/')}${languageFolder(lang)}`;
  return [
    { tag: 'link' as const, attrs: { rel: 'manifest', href: `${folder}${MANIFEST_FILE}` } },
    { tag: 'meta' as const, attrs: { name: 'theme-color', content: THEME_COLOR } },
  ];
}
