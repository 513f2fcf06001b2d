import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sidebarSlugs } from '../../src/config/sidebar';
import { assertBuilt, SITE_URL, variants } from '../support/build-variants';
import { builtPages, textOf, type BuiltPage } from '../support/html';

const meta = (page: BuiltPage, key: 'property' | 'name', name: string) =>
  page.doc.querySelector(`meta[${key}="${name}"]`)?.getAttribute('content');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function* pngFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* pngFiles(path);
    else if (entry.name.endsWith('.png')) yield path;
  }
}

describe.each(variants)('social and search meta tags in the $name build', ({ dir, base }) => {
  const home = `${SITE_URL}${base}`;
  beforeAll(() => assertBuilt(dir));

  it.each(['', ...sidebarSlugs])('"%s" has Open Graph and Twitter card tags', (slug) => {
    const route = slug ? `${slug}/` : '';
    const page = builtPages(dir).find((p) => p.route === route)!;
    expect(page, `${slug || 'home'} is built`).toBeDefined();
    const url = `${home}${route}`;
    const description = meta(page, 'name', 'description');

    expect(page.doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
    expect(meta(page, 'property', 'og:url')).toBe(url);
    const title = meta(page, 'property', 'og:title');
    expect(title).toMatch(/\S/);
    expect(page.doc.querySelector('title')?.textContent).toBe(`${title} | Lead PM Guide`);
    if (slug) expect(title).toBe(textOf(page.doc.querySelector('h1')));
    expect(description?.length).toBeGreaterThan(50);
    expect(meta(page, 'property', 'og:description')).toBe(description);
    expect(meta(page, 'property', 'og:type')).toBe('article');
    expect(meta(page, 'property', 'og:site_name')).toBe('Lead PM Guide');

    const image = `${home}og/${slug || 'index'}.png`;
    expect(meta(page, 'property', 'og:image')).toBe(image);
    expect(meta(page, 'property', 'og:image:width')).toBe('1200');
    expect(meta(page, 'property', 'og:image:height')).toBe('630');
    expect(meta(page, 'property', 'og:image:alt')).toBe(meta(page, 'property', 'og:title'));

    expect(meta(page, 'name', 'twitter:card')).toBe('summary_large_image');
    expect(meta(page, 'name', 'twitter:image')).toBe(image);
    expect(meta(page, 'name', 'twitter:title')).toBe(meta(page, 'property', 'og:title'));
    expect(meta(page, 'name', 'twitter:description')).toBe(description);
  });

  it('gives every Persian page its own Persian card, with the Persian title as its alt text', () => {
    for (const page of builtPages(dir).filter((p) => p.route.startsWith('fa/'))) {
      const image = meta(page, 'property', 'og:image');
      const route = page.route.replace(/\/$/, '').replace(/\.html$/, '') || 'fa';
      const slug = route === 'fa' ? 'fa/index' : route;
      expect(image, page.route).toBe(`${home}og/${slug}.png`);
      const alt = meta(page, 'property', 'og:image:alt');
      expect(alt, page.route).toBe(meta(page, 'property', 'og:title'));
      expect(alt, page.route).toMatch(/[\u0600-\u06ff]/);
      expect(meta(page, 'name', 'twitter:image:alt')).toBe(alt);
    }
  });

  it('has every og:image in the build, at 1200 x 630', () => {
    for (const page of builtPages(dir)) {
      const image = meta(page, 'property', 'og:image');
      expect(image, page.file).toBeDefined();
      expect(image!.startsWith(`${home}og/`), image).toBe(true);
      const file = join(dir, image!.slice(home.length));
      expect(existsSync(file), `${page.file} -> ${file}`).toBe(true);
      expect(pngSize(file)).toEqual({ width: 1200, height: 630 });
    }
  });

  it('makes no social card that no page uses', () => {
    const used = new Set(builtPages(dir).map((p) => meta(p, 'property', 'og:image')));
    const files = [...pngFiles(join(dir, 'og'))].map((f) => `${home}${f.slice(dir.length + 1).split('\\').join('/')}`);
    expect(files.filter((f) => !used.has(f))).toEqual([]);
  });

  it('shows the reading time and review date under each article title', () => {
    for (const slug of sidebarSlugs) {
      const page = builtPages(dir).find((p) => p.route === `${slug}/`)!;
      const line = textOf(page.doc.querySelector('.article-meta'));
      expect(line, slug).toMatch(/^Last reviewed \w{3} \d{1,2}, \d{4}\s*·\s*\d+ min read/);
      expect(page.doc.querySelector('.article-meta time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
