/**
 * Prefixes a site-root link ("/role/duties/") with the deploy base ("/guide/"), so authors write
 * links once and the site works at the root or under a sub-path. Other links pass through.
 */
export function withBase(href: string, base: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const prefix = base.replace(/\/+$/, '');
  if (prefix === '') return href;
  if (href === prefix || href.startsWith(`${prefix}/`)) return href;
  return `${prefix}${href}`;
}
