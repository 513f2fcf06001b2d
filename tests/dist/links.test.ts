import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, variants } from '../support/build-variants';
import { builtPages, type BuiltPage } from '../support/html';

const ORIGIN = 'http://site.test';

/** The file a site path maps to on a static host, or undefined when there is none. */
function fileFor(dir: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const relative = decodeURIComponent(pathname.slice(base.length));
  for (const candidate of [join(dir, relative), join(dir, relative, 'index.html')]) {
    if (existsSync(candidate) && !candidate.endsWith('/')) {
      if (existsSync(join(candidate, 'index.html'))) continue;
      return candidate;
    }
  }
  return undefined;
}

describe.each(variants)('internal links of the $name build', ({ dir, base }) => {
  beforeAll(() => assertBuilt(dir));

  const idsByFile = new Map<string, Set<string>>();
  function idsOf(file: string, pages: BuiltPage[]): Set<string> {
    let ids = idsByFile.get(file);
    if (!ids) {
      const page = pages.find((p) => join(dir, p.file) === file);
      ids = new Set(page?.doc.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? '') ?? []);
      idsByFile.set(file, ids);
    }
    return ids;
  }

  it('every link, asset and anchor resolves inside the build', () => {
    const pages = builtPages(dir);
    const broken: string[] = [];
    for (const page of pages) {
      const pageUrl = new URL(`${base}${page.route}`, ORIGIN);
      const refs = [
        ...page.doc.querySelectorAll('a[href]').map((el) => el.getAttribute('href')!),
        ...page.doc.querySelectorAll('link[href]').map((el) => el.getAttribute('href')!),
        ...page.doc.querySelectorAll('script[src], img[src]').map((el) => el.getAttribute('src')!),
      ];
      for (const ref of refs) {
        const url = new URL(ref, pageUrl);
        if (url.origin !== ORIGIN) continue;
        const file = fileFor(dir, base, url.pathname);
        if (!file) {
          broken.push(`${page.file}: ${ref} (no such file)`);
          continue;
        }
        const hash = decodeURIComponent(url.hash.slice(1));
        if (hash && file.endsWith('.html') && !idsOf(file, pages).has(hash)) {
          broken.push(`${page.file}: ${ref} (no element with id "${hash}")`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('no page links to localhost or uses a root link that skips the base', () => {
    const offenders = builtPages(dir).flatMap((page) =>
      page.doc
        .querySelectorAll('a[href]')
        .map((el) => el.getAttribute('href')!)
        .filter((href) => /^https?:\/\/(localhost|127\.)/.test(href) || (href.startsWith('/') && !href.startsWith(base)))
        .map((href) => `${page.file}: ${href}`),
    );
    expect(offenders).toEqual([]);
  });
});
