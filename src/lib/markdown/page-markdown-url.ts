/**
 * Where a page's Markdown copy lives: beside the page's folder, "/role/duties/" -> "/role/duties.md";
 * the home pages, which have no folder name, at "/index.md" and "/fa/index.md".
 */

/** The file name (without ".md") of a docs entry's Markdown: "role/duties", "index", "fa/index". */
export function markdownSlug(id: string): string {
  if (id === 'index' || id === '') return 'index';
  return id === 'fa' ? 'fa/index' : id;
}

/** The Markdown URL of a page URL path under the base: "/guide/role/duties/" -> "/guide/role/duties.md". */
export function markdownPathOf(pathname: string, base: string): string {
  const prefix = base.replace(/\/?$/, '/');
  const slug = pathname.startsWith(prefix) ? pathname.slice(prefix.length).replace(/\/$/, '') : '';
  return `${prefix}${slug === '' ? 'index' : slug === 'fa' ? 'fa/index' : slug}.md`;
}
