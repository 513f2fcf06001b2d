import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { sidebarGroups, sidebarSlugs } from '../../src/config/sidebar';
import { assertBuilt, SITE_URL, variants } from '../support/build-variants';
import { builtPages, textOf, type BuiltPage } from '../support/html';

const read = (lang: string) =>
  JSON.parse(readFileSync(`src/content/i18n/${lang}.json`, 'utf8')) as Record<string, string>;
const en = read('en');
const fa = read('fa');

/** Starlight's English strings that show on every page (its Persian comes with Starlight or fa.json). */
const STARLIGHT_ENGLISH = [
  'Skip to content',
  'Select theme',
  'Select language',
  'On this page',
  'Overview',
  'Previous',
  'Next',
  'Last updated',
  'Cancel',
  'Menu',
  'Section titled',
  'This content is not available in your language yet.',
];

/**
 * Text pieces of our English UI strings that a Persian page must not show: the literal parts
 * between placeholders, long enough to mean something ("Team" and "Scope" count; "K" does not).
 */
const englishUi = [
  ...new Set([
    ...STARLIGHT_ENGLISH,
    ...Object.keys(en)
      .filter((key) => fa[key] !== en[key])
      .flatMap((key) => en[key]!.split(/\{\{\w+\}\}/))
      .map((part) => part.replace(/^[\s\p{P}\d]+|[\s\p{P}\d]+$/gu, ''))
      .filter((part) => (part.match(/[A-Za-z]/g) ?? []).length >= 4),
  ]),
];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const englishUiPattern = new RegExp(`(?<![A-Za-z])(?:${englishUi.map(escape).join('|')})(?![A-Za-z])`);

/**
 * What a reader of a Persian page sees, minus what may rightly be Latin: names marked lang="en"
 * (source titles, publishers, certifications), code, addresses, and English terms in parentheses at
 * first use.
 * Pagefind's hidden section and keyword markers are not shown.
 */
function persianPageText(page: BuiltPage): string {
  const body = page.doc.querySelector('body')!.clone() as HTMLElement;
  for (const el of body.querySelectorAll(
    'script, style, template, code, kbd, [lang="en"], [data-pagefind-filter], [data-pagefind-weight]',
  )) {
    el.remove();
  }
  const labels = body
    .querySelectorAll('[aria-label], [placeholder], [title], [alt]')
    .flatMap((el) => ['aria-label', 'placeholder', 'title', 'alt'].map((a) => el.getAttribute(a) ?? ''));
  return [textOf(body), ...labels]
    .join('\n')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\([^()]*\)/g, ' ');
}

const docsFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.mdx?$/.test(file))
    .map((file) => file.split('\\').join('/'));

describe('Persian pages in src/content/docs/fa', () => {
  it('translate every English page, and no Persian page lacks an English original', () => {
    const english = docsFiles('src/content/docs').filter((file) => !file.startsWith('fa/'));
    const persian = docsFiles('src/content/docs/fa');
    expect(english.filter((file) => !persian.includes(file))).toEqual([]);
    expect(persian.filter((file) => !english.includes(file))).toEqual([]);
  });
});

describe.each(variants)('the Persian version in the $name build', ({ dir, base }) => {
  const home = `${SITE_URL}${base}`;
  const pages = () => builtPages(dir);
  const persian = () => pages().filter((p) => p.route.startsWith('fa/') || p.route === 'fa/');
  const english = () => pages().filter((p) => !p.route.startsWith('fa/'));
  const page = (route: string) => {
    const found = pages().find((p) => p.route === route);
    if (!found) throw new Error(`${route} is missing from ${dir}`);
    return found;
  };
  /** The Persian route of an English one; both 404 pages are files a host serves for misses. */
  const persianRoute = (route: string) => (route === '404.html' ? 'fa/404.html' : `fa/${route}`);

  beforeAll(() => assertBuilt(dir));

  it('has a Persian page at /fa/<same path> for every English page, and the reverse', () => {
    const faRoutes = new Set(persian().map((p) => p.route));
    const enRoutes = english().map((p) => p.route);
    expect(enRoutes.filter((route) => !faRoutes.has(persianRoute(route)))).toEqual([]);
    expect(persian().length).toBe(enRoutes.length);
    expect(persian().length).toBe(sidebarSlugs.length + 2);
  });

  it('serves translations, not Starlight’s English fallback', () => {
    const fallbacks = persian()
      .filter((p) => textOf(p.doc.querySelector('main')).includes(fa['i18n.untranslatedContent'] ?? '\u0000'))
      .map((p) => p.route);
    expect(fallbacks).toEqual([]);
    const notice = 'این محتوا هنوز به زبان شما در دسترس نیست.';
    expect(persian().filter((p) => p.html.includes(notice)).map((p) => p.route)).toEqual([]);
  });

  it('marks Persian pages lang="fa" dir="rtl" and English ones lang="en" dir="ltr"', () => {
    for (const p of persian()) {
      const html = p.doc.querySelector('html')!;
      expect([html.getAttribute('lang'), html.getAttribute('dir')], p.route).toEqual(['fa', 'rtl']);
    }
    for (const p of english()) {
      const html = p.doc.querySelector('html')!;
      expect([html.getAttribute('lang'), html.getAttribute('dir')], p.route || 'home').toEqual(['en', 'ltr']);
    }
  });

  it.each(['', ...sidebarSlugs.map((slug) => `${slug}/`)])(
    '"%s" links its other language with hreflang and the language picker',
    (route) => {
      for (const [p, other, otherLang] of [
        [page(route), `${home}fa/${route}`, 'fa'],
        [page(`fa/${route}`), `${home}${route}`, 'en'],
      ] as const) {
        const alternate = p.doc.querySelector(`link[rel="alternate"][hreflang="${otherLang}"]`);
        expect(alternate?.getAttribute('href'), `${p.route} hreflang=${otherLang}`).toBe(other);
        const options = p.doc.querySelectorAll('starlight-lang-select option').map((o) => o.getAttribute('value'));
        expect(options, p.route).toContain(new URL(other).pathname);
      }
    },
  );

  it('shows no English UI string on a Persian page', () => {
    const hits = persian().flatMap((p) => {
      const match = persianPageText(p).match(new RegExp(englishUiPattern, 'g'));
      return match ? [`${p.route}: ${[...new Set(match)].join(' | ')}`] : [];
    });
    expect(hits).toEqual([]);
  });

  it('labels the sidebar sections in Persian', () => {
    const labels = page('fa/role/duties/')
      .doc.querySelectorAll('#starlight__sidebar details summary .group-label')
      .map((label) => textOf(label));
    for (const group of sidebarGroups) expect(labels).toContain(group.translations.fa);
  });

  it('points search on Persian pages at Persian pages, filtering by the shared English section names', () => {
    const doc = page('fa/role/duties/').doc;
    expect(doc.querySelector('[data-search-fallback]')?.getAttribute('href')).toBe(`${base}fa/about/all-topics/`);
    const popular = doc.querySelectorAll('[data-search-empty] a').map((a) => a.getAttribute('href') ?? '');
    expect(popular.length).toBeGreaterThan(2);
    expect(popular.filter((href) => !href.startsWith(`${base}fa/`))).toEqual([]);
    const filters = doc.querySelectorAll('.search-filters label').map((label) => ({
      value: label.querySelector('input')?.getAttribute('value'),
      text: textOf(label),
    }));
    expect(filters.slice(1)).toEqual(sidebarGroups.map((g) => ({ value: g.label, text: g.translations.fa })));
  });

  it('shows Intl numbers in Persian digits', () => {
    const salary = page('fa/career/salary/');
    expect(textOf(salary.doc.querySelector('main'))).toContain('۱۴۵٬۰۰۰');
    expect(textOf(salary.doc.querySelector('main'))).toContain('۱۷۱٬۲۰۰');
    expect(textOf(page('fa/').doc.querySelector('.quick-facts'))).toContain('۱۷۱٬۲۰۰');
    // Figures, dates and reading times that come from Intl carry no Western digits.
    const latinDigits = persian().flatMap((p) =>
      p.doc
        .querySelectorAll('.article-meta, td.num, .quick-facts dd.value, .hourly-arithmetic, .cite, .pay')
        .map((el) => textOf(el).replace(/https?:\/\/\S+/g, ''))
        .filter((text) => /[0-9]/.test(text))
        .map((text) => `${p.route}: ${text}`),
    );
    expect(latinDigits).toEqual([]);
  });

  it('keeps SOC codes left to right inside Persian text', () => {
    const codes = page('fa/role/titles/').doc.querySelectorAll('.soc-codes th[scope="row"] bdi');
    expect(codes.map((c) => textOf(c))).toEqual(expect.arrayContaining(['11-2021', '11-3021', '11-9199']));
  });

  it('describes Persian pages in Persian structured data, with /fa/ breadcrumbs', () => {
    const jsonLd = (p: BuiltPage) =>
      p.doc
        .querySelectorAll('script[type="application/ld+json"]')
        .map((s) => JSON.parse(s.textContent) as Record<string, unknown>);
    const site = jsonLd(page('fa/')).find((b) => b['@type'] === 'WebSite');
    expect(site).toMatchObject({ inLanguage: 'fa', url: `${home}fa/` });
    for (const slug of sidebarSlugs) {
      const p = page(`fa/${slug}/`);
      const blocks = jsonLd(p);
      const article = blocks.find((b) => b['@type'] === 'Article');
      expect(article, slug).toMatchObject({ inLanguage: 'fa', url: `${home}fa/${slug}/` });
      const crumbs = blocks.find((b) => b['@type'] === 'BreadcrumbList')!['itemListElement'] as {
        name: string;
        item: string;
      }[];
      expect(crumbs[0]?.item).toBe(`${home}fa/`);
      expect(crumbs[1]?.item.startsWith(`${home}fa/about/all-topics/#topics-`), crumbs[1]?.item).toBe(true);
      expect(crumbs.every((c) => /[\u0600-\u06ff]/.test(c.name)), `${slug} crumb names`).toBe(true);
      expect(crumbs[2]).toMatchObject({ item: `${home}fa/${slug}/` });
    }
    const occupation = jsonLd(page('fa/role/overview/')).find((b) => b['@type'] === 'Occupation');
    expect(occupation).toMatchObject({ name: 'مدیر محصول لید' });
    expect((occupation!['skills'] as string[]).every((s) => /[\u0600-\u06ff]/.test(s))).toBe(true);
  });

  it('points the /fa/ section crumbs at headings that exist on the Persian All topics page', () => {
    const allTopics = page('fa/about/all-topics/');
    for (const group of sidebarGroups) {
      const heading = allTopics.doc.querySelectorAll('h2').find((h) => textOf(h) === group.translations.fa);
      expect(heading?.getAttribute('id'), group.label).toMatch(/^topics-/);
    }
  });

  describe('the Persian web font', () => {
    const fontFile = `${base}fonts/vazirmatn-persian.woff2`;

    it('is preloaded and declared by every Persian page, under the base', () => {
      for (const p of persian()) {
        const preload = p.doc.querySelector('link[rel="preload"][as="font"]');
        expect(preload?.getAttribute('href'), p.route).toBe(fontFile);
        const faces = p.doc.querySelectorAll('style').filter((s) => s.textContent.includes('@font-face'));
        expect(faces.map((s) => s.textContent.includes(`url(${fontFile})`)), p.route).toEqual([true]);
      }
    });

    it('is never referenced by an English page', () => {
      // The font-family name may appear in the site CSS; what must not is a font file or its @font-face.
      expect(english().filter((p) => /@font-face|\.woff2|\/fonts\//i.test(p.html)).map((p) => p.route)).toEqual([]);
    });

    it('is one Persian subset in weights 400-700 with font-display: swap', () => {
      const face = persian()[0]!.doc.querySelectorAll('style').find((s) => s.textContent.includes('@font-face'))!
        .textContent;
      expect(face).toMatch(/font-display:swap/);
      expect(face).toMatch(/font-weight:400 700/);
      expect(face).toMatch(/unicode-range:U\+060C, .*U\+06F0-06F9, U\+200C-200F/);
      // One file, and far smaller than Fontsource's whole Arabic-script subset (about 46 KB).
      expect(readdirSync(join(dir, 'fonts'))).toEqual(['vazirmatn-persian.woff2']);
      expect(statSync(join(dir, 'fonts/vazirmatn-persian.woff2')).size).toBeLessThan(24_000);
    });
  });
});
