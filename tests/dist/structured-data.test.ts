import { beforeAll, describe, expect, it } from 'vitest';
import { sectionOf, sidebarSlugs } from '../../src/config/sidebar';
import { STAND_IN_PAY } from '../../src/config/stand-in-pay';
import { readPageIndex } from '../../src/integrations/page-index';
import { assertBuilt, SITE_URL, variants } from '../support/build-variants';
import { readData } from '../support/data-files';
import { builtPages, textOf, type BuiltPage } from '../support/html';

type Json = Record<string, unknown>;

/** Every JSON-LD block of a page, parsed; a block that is not JSON fails the test that reads it. */
function jsonLd(page: BuiltPage): Json[] {
  return page.doc
    .querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.textContent) as Json);
}

function ofType(page: BuiltPage, type: string): Json[] {
  return jsonLd(page).filter((block) => block['@type'] === type);
}

/**
 * Every string value anywhere in a JSON value, with the key it sits under. A code set is an
 * outside publication (the SOC list), so its URL is left out of the site-URL check.
 */
function* strings(value: unknown, key = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [key, value];
  else if (Array.isArray(value)) for (const item of value) yield* strings(item, key);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (k !== 'inCodeSet') yield* strings(v, k);
  }
}

/** Every schema.org type named anywhere in a JSON value. */
function* types(value: unknown): Generator<string> {
  if (Array.isArray(value)) for (const item of value) yield* types(item);
  else if (value && typeof value === 'object') {
    const type = (value as Json)['@type'];
    if (typeof type === 'string') yield type;
    if (Array.isArray(type)) yield* type.map(String);
    for (const v of Object.values(value)) yield* types(v);
  }
}

const docs = readPageIndex('src/content/docs');
const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

describe.each(variants)('structured data in the $name build', ({ dir, base }) => {
  const home = `${SITE_URL}${base}`;
  const pages = () => builtPages(dir);
  const page = (slug: string) => {
    const found = pages().find((p) => p.route === (slug ? `${slug}/` : ''));
    if (!found) throw new Error(`${slug || 'home'} is missing from ${dir}`);
    return found;
  };

  beforeAll(() => assertBuilt(dir));

  it('has JSON-LD that parses, on schema.org, with every URL under SITE_URL and the base', () => {
    let blocks = 0;
    for (const p of pages()) {
      for (const block of jsonLd(p)) {
        blocks++;
        expect(block['@context'], p.file).toBe('https://schema.org');
        for (const [key, value] of strings(block)) {
          if (['url', '@id', 'item', 'image'].includes(key)) {
            expect(value.startsWith(home), `${p.file} ${key}: ${value}`).toBe(true);
          }
        }
      }
    }
    expect(blocks).toBeGreaterThan(sidebarSlugs.length * 2);
  });

  it('has no JobPosting anywhere: the job description pages are templates, not openings', () => {
    for (const p of pages()) {
      for (const block of jsonLd(p)) expect([...types(block)], p.file).not.toContain('JobPosting');
    }
  });

  it('describes the site as a WebSite on the home page', () => {
    const [site, ...more] = ofType(page(''), 'WebSite');
    expect(more).toEqual([]);
    expect(site).toMatchObject({ name: 'Lead PM Guide', url: home, inLanguage: 'en' });
    expect(String(site?.['description'])).toMatch(/Lead Product Manager/);
  });

  it.each(sidebarSlugs)('"%s" is an Article with its review date and a breadcrumb trail', (slug) => {
    const p = page(slug);
    const url = `${home}${slug}/`;
    const articles = ofType(p, 'Article');
    expect(articles).toHaveLength(1);
    const article = articles[0]!;
    expect(article['headline']).toBe(textOf(p.doc.querySelector('h1')));
    expect(article['url']).toBe(url);
    expect(article['dateModified']).toBe(docs.get(slug)?.lastReviewed);
    expect(article['description']).toBe(p.doc.querySelector('meta[name="description"]')?.getAttribute('content'));
    expect(article['image']).toBe(p.doc.querySelector('meta[property="og:image"]')?.getAttribute('content'));
    expect(article['articleSection']).toBe(sectionOf(slug));

    const crumbs = ofType(p, 'BreadcrumbList');
    expect(crumbs).toHaveLength(1);
    const items = crumbs[0]!['itemListElement'] as { position: number; name: string; item: string }[];
    expect(items.map((i) => i.position)).toEqual([1, 2, 3]);
    expect(items[0]).toMatchObject({ name: 'Lead PM Guide', item: home });
    expect(items[1]?.name).toBe(sectionOf(slug));
    expect(items[2]).toMatchObject({ name: article['headline'], item: url });
  });

  it('points section crumbs at headings that exist on the All topics page', () => {
    const allTopics = page('about/all-topics');
    for (const slug of sidebarSlugs) {
      const items = ofType(page(slug), 'BreadcrumbList')[0]!['itemListElement'] as { item: string }[];
      const [path, hash] = items[1]!.item.split('#');
      expect(path).toBe(`${home}about/all-topics/`);
      expect(allTopics.doc.getElementById(hash!), `#${hash}`).not.toBeNull();
    }
  });

  it('puts the Occupation only on the role overview, in each language', () => {
    const withOccupation = pages().filter((p) => ofType(p, 'Occupation').length > 0);
    expect(withOccupation.map((p) => p.route).sort()).toEqual(['fa/role/overview/', 'role/overview/']);
  });

  it('fills the Occupation from the data files', () => {
    const [occupation] = ofType(page('role/overview'), 'Occupation');
    expect(occupation).toBeDefined();
    const o = occupation!;
    expect(o['name']).toBe('Lead Product Manager');
    expect(o['url']).toBe(`${home}role/overview/`);
    expect(o['mainEntityOfPage']).toMatchObject({ lastReviewed: docs.get('role/overview')?.lastReviewed });

    const codes = readData('socCodes').sort(byOrder);
    expect((o['occupationalCategory'] as { codeValue: string; name: string }[]).map((c) => [c.codeValue, c.name])).toEqual(
      codes.map((c) => [c.code, c.title]),
    );
    expect(codes.map((c) => c.code)).toEqual(['11-2021', '11-3021', '11-9199']);

    // The closest official stand-in, named as such: no survey-free article figure as a benchmark.
    const figures = readData('salaryFigures');
    const figure = (id: string) => figures.find((f) => f.id === id)!;
    const median = figure(STAND_IN_PAY.median);
    const p10 = figure(STAND_IN_PAY.p10);
    const p90 = figure(STAND_IN_PAY.p90);
    const [salary] = o['estimatedSalary'] as Json[];
    expect(salary).toMatchObject({
      '@type': 'MonetaryAmountDistribution',
      currency: median.currency,
      duration: 'P1Y',
      median: median.annual,
      percentile10: p10.annual,
      validFrom: `${median.year}-01-01`,
    });
    expect(String(salary!['name'])).toContain(`SOC ${median.soc}`);
    // A top-coded 90th percentile is only a floor, so the data leaves it out.
    expect(p90.topCoded).toBe(true);
    expect(salary).not.toHaveProperty('percentile90');
    expect(o['occupationLocation']).toEqual([{ '@type': 'Country', name: median.country }]);

    const facts = readData('facts');
    const fact = (id: string) => facts.find((f) => f.id === id)!;
    expect(o['educationRequirements']).toContain(fact('typical-education').value);
    expect(o['experienceRequirements']).toContain(fact('typical-experience').value);
    expect(o['skills']).toEqual(readData('skills').sort(byOrder).map((s) => s.name));
    expect(o['responsibilities']).toEqual(readData('duties').sort(byOrder).map((d) => d.title));
  });

  it('gives the 404 page no structured data', () => {
    const notFound = pages().find((p) => p.file === '404.html')!;
    expect(jsonLd(notFound)).toEqual([]);
  });
});
