/**
 * The guide's pages as their frontmatter describes them, read from the MDX files when the Astro
 * config loads: the sitemap and llms.txt are made outside Astro's content layer, so they cannot
 * query the docs collection.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { load } from 'js-yaml';
import type { SitemapItem } from '@astrojs/sitemap';

export interface IndexedPage {
  slug: string;
  title: string;
  description: string | undefined;
  /** The day a person last checked the page against its sources, as YYYY-MM-DD. */
  lastReviewed: string | undefined;
}

/** The YAML frontmatter of a Markdown or MDX file, or an empty object when it has none. */
export function frontmatterOf(source: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source);
  if (!match) return {};
  const data = load(match[1] ?? '');
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/** A docs file's page slug as Starlight forms it: "role/duties.mdx" -> "role/duties", "index.mdx" -> "". */
export function slugOfDocPath(relativePath: string): string {
  return relativePath
    .split(sep)
    .join('/')
    .replace(/\.(mdx?|markdown)$/i, '')
    .replace(/(^|\/)index$/, '')
    .toLowerCase();
}

/** A frontmatter date as YYYY-MM-DD, from a YAML date or a date string. */
export function dateOf(value: unknown, where: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  const date = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(date.getTime())) throw new Error(`${where}: "${String(value)}" is not a date.`);
  return date.toISOString().slice(0, 10);
}

/** One page's index entry from its file text. */
export function indexPage(source: string, relativePath: string): IndexedPage {
  const data = frontmatterOf(source);
  const slug = typeof data['slug'] === 'string' ? data['slug'] : slugOfDocPath(relativePath);
  return {
    slug: slug.replace(/^\/+|\/+$/g, ''),
    title: String(data['title'] ?? slug),
    description: typeof data['description'] === 'string' ? data['description'] : undefined,
    lastReviewed: dateOf(data['lastReviewed'], `${relativePath} lastReviewed`),
  };
}

/** Every Markdown or MDX page under a docs folder, keyed by slug. */
export function readPageIndex(docsDir: string): Map<string, IndexedPage> {
  const files = readdirSync(docsDir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/i.test(f));
  const pages = files.map((file) =>
    indexPage(readFileSync(join(docsDir, file), 'utf8'), relative(docsDir, join(docsDir, file))),
  );
  return new Map(pages.map((page) => [page.slug, page]));
}

/** A page's absolute URL: the site's base URL ("https://x.example/guide/") plus its slug. */
export function urlOfSlug(slug: string, siteBase: string): string {
  return `${siteBase.replace(/\/?$/, '/')}${slug ? `${slug}/` : ''}`;
}

/** The page slug of a URL under the site's base URL, or undefined when it is outside it. */
export function slugOfUrl(url: string, siteBase: string): string | undefined {
  const base = siteBase.replace(/\/?$/, '/');
  if (!url.startsWith(base)) return undefined;
  return decodeURI(url.slice(base.length)).replace(/^\/+|\/+$/g, '');
}

/** A `serialize` function for @astrojs/sitemap that gives each page its last-reviewed date as lastmod. */
export function lastmodSerializer(pages: ReadonlyMap<string, IndexedPage>, siteBase: string) {
  return (item: SitemapItem): SitemapItem => {
    const slug = slugOfUrl(item.url, siteBase);
    const lastmod = slug === undefined ? undefined : pages.get(slug)?.lastReviewed;
    return lastmod ? { ...item, lastmod } : item;
  };
}

/**
 * Every page of the sidebar as a Markdown link list for llms.txt, grouped by section in reading
 * order, with each page's description. Fails on a sidebar slug that has no page.
 */
export function llmsPageList(
  pages: ReadonlyMap<string, IndexedPage>,
  groups: readonly { label: string; items: readonly string[] }[],
  siteBase: string,
): string {
  const line = (page: IndexedPage) =>
    `- [${page.title}](${urlOfSlug(page.slug, siteBase)})${page.description ? `: ${page.description}` : ''}`;
  const home = pages.get('');
  const blocks = home ? [`Start at the home page: ${urlOfSlug('', siteBase)}`] : [];
  for (const group of groups) {
    const lines = group.items.map((slug) => {
      const page = pages.get(slug);
      if (!page)
        throw new Error(`llms.txt: the sidebar lists "${slug}", which has no page in src/content/docs/.`);
      return line(page);
    });
    blocks.push([`**${group.label}**`, '', ...lines].join('\n'));
  }
  return blocks.join('\n\n');
}
