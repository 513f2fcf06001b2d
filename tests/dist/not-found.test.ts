import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, variants } from '../support/build-variants';
import { builtPages, textOf } from '../support/html';

describe.each(variants)('the "not found" pages in the $name build', ({ dir, base }) => {
  beforeAll(() => assertBuilt(dir));
  const page = (file: string) => builtPages(dir).find((p) => p.file === file)!;

  it('are files a host serves: 404.html, and fa/404.html for misses under /fa/', () => {
    expect(existsSync(join(dir, '404.html'))).toBe(true);
    expect(existsSync(join(dir, 'fa/404.html'))).toBe(true);
    expect(existsSync(join(dir, 'fa/404'))).toBe(false);
    expect(readFileSync(join(dir, '_redirects'), 'utf8')).toContain(`${base}fa/* ${base}fa/404.html 404`);
  });

  it('declare no canonical URL or language alternates, and ask not to be indexed', () => {
    for (const file of ['404.html', 'fa/404.html']) {
      const doc = page(file).doc;
      expect(doc.querySelectorAll('link[rel="canonical"], link[rel="alternate"]'), file).toHaveLength(0);
      expect(doc.querySelector('meta[property="og:url"]'), file).toBeNull();
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content'), file).toBe('noindex');
    }
  });

  it('show the Persian one in Persian, right to left, with links into the Persian guide', () => {
    const doc = page('fa/404.html').doc;
    expect([doc.querySelector('html')?.getAttribute('lang'), doc.querySelector('html')?.getAttribute('dir')]).toEqual([
      'fa',
      'rtl',
    ]);
    expect(textOf(doc.querySelector('h1'))).toMatch(/[\u0600-\u06ff]/);
    expect(page('fa/404.html').html).toContain(`href="${base}fa/about/all-topics/"`);
  });
});

describe.each(variants)('the link to the other language in the $name build', ({ base }) => {
  const dir = variants.find((v) => v.base === base)!.dir;
  it('is a plain link on every page, to the twin page (to the other home from a 404)', () => {
    for (const p of builtPages(dir)) {
      const link = p.doc.querySelector('.twin-link a');
      expect(link, p.file).not.toBeNull();
      const persian = p.route.startsWith('fa/');
      const twin = p.route.endsWith('404.html')
        ? persian
          ? base
          : `${base}fa/`
        : persian
          ? `${base}${p.route.slice(3)}`
          : `${base}fa/${p.route}`;
      expect(link!.getAttribute('href'), p.file).toBe(twin);
      expect(link!.getAttribute('hreflang'), p.file).toBe(persian ? 'en' : 'fa');
    }
  });
});
