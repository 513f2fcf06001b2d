import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export interface BuiltPage {
  /** Path inside dist, e.g. "role/duties/index.html". */
  file: string;
  /** URL path below the base, e.g. "role/duties/". */
  route: string;
  html: string;
  doc: HTMLElement;
}

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

const cache = new Map<string, BuiltPage[]>();

/** Every HTML page of a build, parsed once per test file. */
export function builtPages(dir: string): BuiltPage[] {
  const cached = cache.get(dir);
  if (cached) return cached;
  const pages = [...htmlFiles(dir)].map((path) => {
    const file = relative(dir, path).split(sep).join('/');
    const route = file === 'index.html' ? '' : file.replace(/index\.html$/, '');
    const html = readFileSync(path, 'utf8');
    return { file, route, html, doc: parse(html) };
  });
  cache.set(dir, pages);
  return pages;
}

/** The visible text of an element, whitespace folded. */
export function textOf(element: HTMLElement | null | undefined): string {
  return (element?.text ?? '').replace(/\s+/g, ' ').trim();
}
