import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sidebarSlugs } from '../../src/config/sidebar';
import { assertBuilt, SITE_URL, variants } from '../support/build-variants';
import { readPageIndex } from '../../src/integrations/page-index';

describe.each(variants)('site files of the $name build', ({ dir, base }) => {
  beforeAll(() => assertBuilt(dir));

  it('robots.txt points at the sitemap under the base', () => {
    const robots = readFileSync(join(dir, 'robots.txt'), 'utf8');
    expect(robots).toContain(`Sitemap: ${SITE_URL}${base}sitemap-index.xml`);
  });

  it('the sitemap lists every page in both languages with its full URL, and not the 404 pages', () => {
    const index = readFileSync(join(dir, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain(`${SITE_URL}${base}sitemap-0.xml`);
    const sitemap = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
    for (const slug of ['', ...sidebarSlugs.map((s) => `${s}/`)]) {
      expect(sitemap).toContain(`<loc>${SITE_URL}${base}${slug}</loc>`);
      expect(sitemap).toContain(`<loc>${SITE_URL}${base}fa/${slug}</loc>`);
    }
    expect(sitemap).not.toContain('404');
  });

  it('dates every sitemap URL with its page’s last-reviewed date', () => {
    const pages = readPageIndex('src/content/docs');
    const sitemap = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?/g)];
    expect(urls.length).toBe(2 * (sidebarSlugs.length + 1));
    for (const [, loc, lastmod] of urls) {
      const slug = loc!.slice(`${SITE_URL}${base}`.length).replace(/\/$/, '');
      expect(lastmod?.slice(0, 10), loc).toBe(pages.get(slug)?.lastReviewed);
    }
  });

  it('has llms.txt listing every page with its full URL, and llms-full.txt with every page', () => {
    const llms = readFileSync(join(dir, 'llms.txt'), 'utf8');
    expect(llms).toMatch(/^# Lead PM Guide\n/);
    expect(llms).toContain(`(${SITE_URL}${base}llms-full.txt)`);
    const full = readFileSync(join(dir, 'llms-full.txt'), 'utf8');
    const pages = readPageIndex('src/content/docs');
    for (const slug of sidebarSlugs) {
      expect(llms).toContain(`](${SITE_URL}${base}${slug}/)`);
      expect(full).toContain(`# ${pages.get(slug)?.title}\n`);
    }
    expect(full).not.toContain('Section titled');
  });

  it('has a Pagefind index per language, each covering every page but the 404', () => {
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const counts = Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]));
    expect(counts).toEqual({ en: sidebarSlugs.length + 1, fa: sidebarSlugs.length + 1 });
  });
});
