import { existsSync, readFileSync } from 'node:fs';
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
    expect(full).not.toContain('<SYSTEM>');
    expect(full).not.toContain(`# ${pages.get('404')?.title}\n`);
  });

  describe('offline files', () => {
    const precacheOf = (worker: string) =>
      [...readFileSync(join(dir, worker), 'utf8').matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!);
    const fileOf = (url: string) => {
      const path = url.slice(base.length);
      return join(dir, path === '' || path.endsWith('/') ? `${path}index.html` : path);
    };

    it.each([
      ['en', 'sw.js', ''],
      ['fa', 'fa/sw.js', 'fa/'],
    ])('the %s service worker saves every page of its language and nothing missing', (_lang, worker, folder) => {
      const urls = precacheOf(worker);
      for (const url of urls) {
        expect(url.startsWith(base), url).toBe(true);
        expect(existsSync(fileOf(url)), url).toBe(true);
      }
      const pageUrls = urls.filter((u) => !/\.[a-z0-9]+$/.test(u));
      const expected = ['', ...sidebarSlugs.map((s) => `${s}/`)].map((slug) => `${base}${folder}${slug}`);
      expect(pageUrls.sort()).toEqual(expected.sort());
      expect(urls).toContain(`${base}${folder}manifest.webmanifest`);
      expect(urls.some((u) => u.startsWith(`${base}_astro/page.`))).toBe(true);
      expect(urls.some((u) => /404|pagefind|\/og\/|\.md$/.test(u))).toBe(false);
      expect(urls.includes(`${base}fonts/vazirmatn-persian.woff2`)).toBe(folder === 'fa/');
    });

    it.each([
      ['en', ''],
      ['fa', 'fa/'],
    ])('the %s manifest opens its language’s home page, scoped under the base', (lang, folder) => {
      const manifest = JSON.parse(readFileSync(join(dir, folder, 'manifest.webmanifest'), 'utf8')) as {
        lang: string;
        start_url: string;
        scope: string;
        icons: { src: string }[];
      };
      expect(manifest).toMatchObject({ lang, start_url: `${base}${folder}`, scope: `${base}${folder}` });
      for (const icon of manifest.icons) expect(existsSync(fileOf(icon.src)), icon.src).toBe(true);
    });

    it('links each page to its language’s manifest, and the worker scripts are always revalidated', () => {
      const home = readFileSync(join(dir, 'index.html'), 'utf8');
      expect(home).toContain(`<link rel="manifest" href="${base}manifest.webmanifest"`);
      const persian = readFileSync(join(dir, 'fa/index.html'), 'utf8');
      expect(persian).toContain(`<link rel="manifest" href="${base}fa/manifest.webmanifest"`);
      const headers = readFileSync(join(dir, '_headers'), 'utf8');
      expect(headers).toContain(`${base}sw.js\n  Cache-Control: public, max-age=0, must-revalidate`);
      expect(headers).toContain(`${base}fa/sw.js\n  Cache-Control: public, max-age=0, must-revalidate`);
    });
  });

  describe('pages as Markdown', () => {
    const markdown = (slug: string) => readFileSync(join(dir, `${slug}.md`), 'utf8');
    const pages = readPageIndex('src/content/docs');

    it('exist beside every page in both languages, and not for the 404 pages', () => {
      for (const slug of ['index', ...sidebarSlugs, 'fa/index', ...sidebarSlugs.map((s) => `fa/${s}`)]) {
        expect(existsSync(join(dir, `${slug}.md`)), slug).toBe(true);
      }
      expect(existsSync(join(dir, '404.md'))).toBe(false);
      expect(existsSync(join(dir, 'fa/404.md'))).toBe(false);
    });

    it('are linked from every article, in its language, as a plain link that works without JavaScript', () => {
      const label = (lang: string) =>
        (JSON.parse(readFileSync(`src/content/i18n/${lang}.json`, 'utf8')) as Record<string, string>)['guide.markdown.view'];
      for (const [slug, lang] of [
        ['role/duties', 'en'],
        ['fa/career/salary', 'fa'],
      ] as const) {
        const html = readFileSync(join(dir, slug, 'index.html'), 'utf8');
        expect(html, slug).toMatch(new RegExp(`<a class="page-markdown[^"]*" href="${base}${slug}\\.md"[^>]*>${label(lang)}</a>`));
      }
    });

    it('open with the title, description and address of the page, with every link absolute', () => {
      for (const slug of sidebarSlugs) {
        const text = markdown(slug);
        const page = pages.get(slug)!;
        expect(text.startsWith(`# ${page.title}\n\n> ${page.description}\n\n<${SITE_URL}${base}${slug}/>\n`), slug).toBe(
          true,
        );
        const links = [...text.matchAll(/\]\(([^)\s]+)/g)].map((m) => m[1]!);
        expect(links.filter((href) => !/^https?:\/\//.test(href)), slug).toEqual([]);
        const ours = links.filter((href) => href.startsWith(SITE_URL));
        expect(ours.filter((href) => !href.startsWith(`${SITE_URL}${base}`)), slug).toEqual([]);
        expect(text, slug).not.toMatch(/Section titled|<script|<svg/);
      }
    });

    it('carry the figures and lists of data components, and the sources, in the page’s language', () => {
      const salary = markdown('career/salary');
      expect(salary).toMatch(/\| .* \|\n\| -+ \|/);
      expect(salary).toContain('$145,000');
      expect(salary).toMatch(/\n## Sources\n\n1\. \[/);
      const persian = markdown('fa/career/salary');
      expect(persian).toContain('۱۴۵٬۰۰۰');
      expect(persian).not.toContain('145,000');
      expect(persian).toMatch(/^# [\u0600-\u06FF]/);
      const duties = markdown('role/duties');
      expect(duties).toMatch(/\n1\. \[.+\]\(/);
    });
  });

  it('has a Pagefind index per language, each covering every page but the 404', () => {
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const counts = Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]));
    expect(counts).toEqual({ en: sidebarSlugs.length + 1, fa: sidebarSlugs.length + 1 });
  });
});
