import { langOf, localePath, type Lang } from './locale';

/**
 * The other language's version of a page, by Starlight route id ("role/duties", "fa/role/duties",
 * "" or "index" for the English home page, "fa" for the Persian one), as a path below the base
 * with its trailing slash. A "not found" page has no twin address, so it leads to the other home.
 */
export function twinPage(routeId: string, lang: string | undefined): { path: string; lang: Lang } {
  const from = langOf(lang);
  const to: Lang = from === 'fa' ? 'en' : 'fa';
  let slug = routeId.replace(/^fa(?:\/|$)/, '').replace(/^index$/, '');
  if (slug === '404') slug = '';
  const path = localePath(slug ? `${slug}/` : '', to);
  return { path, lang: to };
}
