import { meta, type HeadEntry } from './head-entry';

/**
 * The head of a "not found" page, which a host serves at any missing address: no canonical URL,
 * og:url or language alternates (Starlight would point them at /404/ and /fa/404/, addresses that
 * are not pages), and a noindex so search engines never list it.
 */
export function notFoundHead(head: readonly HeadEntry[]): HeadEntry[] {
  const pointsAtItself = (entry: HeadEntry) =>
    (entry.tag === 'link' && (entry.attrs?.rel === 'canonical' || entry.attrs?.rel === 'alternate')) ||
    (entry.tag === 'meta' && entry.attrs?.property === 'og:url');
  return [...head.filter((entry) => !pointsAtItself(entry)), meta('name', 'robots', 'noindex')];
}
