import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sidebarSlugs } from '../../src/config/sidebar';
import { assertBuilt, SITE_URL, variants } from '../support/build-variants';
import { builtPages } from '../support/html';

describe.each(variants)('pages of the $name build', ({ dir, base }) => {
  beforeAll(() => assertBuilt(dir));

  // Every page in English at the root and in Persian under /fa/.
  const pages = ['', ...sidebarSlugs].flatMap((slug) => {
    const route = slug === '' ? '' : `${slug}/`;
    return [
      { route, lang: 'en' },
      { route: `fa/${route}`, lang: 'fa' },
    ];
  });

  it.each(pages)('"$route" has a title, a description and its canonical URL', ({ route, lang }) => {
    const slug = route;
    const page = builtPages(dir).find((p) => p.route === route);
    expect(page, `${route || 'home'} is missing from ${dir}`).toBeDefined();
    const doc = page!.doc;
    expect(doc.querySelector('title')?.textContent.trim()).toMatch(/\S/);
    expect(doc.querySelector('h1')?.textContent.trim()).toMatch(/\S/);
    const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    expect(description.length, `${slug} description`).toBeGreaterThan(50);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${SITE_URL}${base}${route}`);
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe(lang);
  });

  it('has a 404 page that links home under the base', () => {
    const page = builtPages(dir).find((p) => p.file === '404.html');
    expect(page).toBeDefined();
    expect(page!.doc.querySelector('h1')?.textContent).toMatch(/not found/i);
    expect(page!.html).toContain(`href="${base}about/all-topics/"`);
  });

  it('builds no page that is missing from the sidebar, apart from home and 404, in either language', () => {
    const routes = builtPages(dir).map((p) => p.route);
    const english = ['', ...sidebarSlugs.map((s) => `${s}/`)];
    const expected = new Set(['404.html', 'fa/404.html', ...english, ...english.map((r) => `fa/${r}`)]);
    expect(routes.filter((route) => !expected.has(route))).toEqual([]);
  });

  it('ships the favicon and the host headers file', () => {
    expect(existsSync(join(dir, 'favicon.svg'))).toBe(true);
    expect(existsSync(join(dir, '_headers'))).toBe(true);
  });
});
