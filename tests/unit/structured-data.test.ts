import { describe, expect, it } from 'vitest';
import {
  articleJsonLd,
  breadcrumbJsonLd,
  isoDate,
  occupationJsonLd,
  pageUrl,
  websiteJsonLd,
  type OccupationInput,
  type SiteInfo,
} from '../../src/lib/structured-data';
import {
  ogImageFile,
  ogImageOptions,
  ogImagePath,
  ogSlug,
  OG_FONTS,
  OG_FONTS_FA,
} from '../../src/lib/og-image';
import { existsSync } from 'node:fs';

const root: SiteInfo = {
  origin: 'https://lead-pm-guide.example',
  base: '/',
  name: 'Lead PM Guide',
  description: 'A guide.',
  lang: 'en',
};
const guide: SiteInfo = { ...root, base: '/guide/' };
const reviewed = new Date('2026-11-23');

const occupation: OccupationInput = {
  name: 'Lead Product Manager',
  description: 'The role in brief.',
  pageSlug: 'role/overview',
  lastReviewed: reviewed,
  socCodes: [
    { code: '11-2021', title: 'Marketing Managers' },
    { code: '11-3021', title: 'Computer and Information Systems Managers' },
  ],
  socCodeSet: { name: 'SOC 2018', url: 'https://www.bls.gov/soc/2018/' },
  pay: {
    name: 'Computer and information systems managers (SOC 11-3021), a stand-in: BLS, May 2024',
    p10: { annual: 104450, currency: 'USD', country: 'United States', year: 2024 },
    median: { annual: 171200, currency: 'USD', country: 'United States', year: 2024 },
    p90: { annual: 239200, currency: 'USD', country: 'United States', year: 2024, topCoded: true },
  },
  education: "Bachelor's degree.",
  experience: '4 to 5+ years.',
  skills: ['Communication', 'Leadership'],
  responsibilities: ['Set the overall product strategy'],
};

describe('pageUrl', () => {
  it('joins origin, base and slug with a trailing slash', () => {
    expect(pageUrl(root, '')).toBe('https://lead-pm-guide.example/');
    expect(pageUrl(root, 'role/duties')).toBe('https://lead-pm-guide.example/role/duties/');
    expect(pageUrl(guide, '')).toBe('https://lead-pm-guide.example/guide/');
    expect(pageUrl(guide, '/role/duties/')).toBe('https://lead-pm-guide.example/guide/role/duties/');
    expect(pageUrl({ ...root, base: '/guide' }, 'a')).toBe('https://lead-pm-guide.example/guide/a/');
  });
});

describe('isoDate', () => {
  it('gives the UTC calendar date and refuses invalid dates', () => {
    expect(isoDate(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-23');
    expect(() => isoDate(new Date('nope'))).toThrow(/invalid/);
  });
});

describe('websiteJsonLd', () => {
  it('describes the site at its base URL', () => {
    const data = websiteJsonLd(guide);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: 'Lead PM Guide',
      url: 'https://lead-pm-guide.example/guide/',
      inLanguage: 'en',
    });
    expect(data['@id']).toBe('https://lead-pm-guide.example/guide/#website');
  });
});

describe('breadcrumbJsonLd', () => {
  it('numbers the crumbs from 1 and keeps their URLs', () => {
    const data = breadcrumbJsonLd([
      { name: 'Home', url: 'https://x.example/' },
      { name: 'Role', url: 'https://x.example/about/all-topics/#topics-role' },
      { name: 'Duties', url: 'https://x.example/role/duties/' },
    ]);
    expect(data['@type']).toBe('BreadcrumbList');
    expect(data['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x.example/' },
      {
        '@type': 'ListItem',
        position: 2,
        name: 'Role',
        item: 'https://x.example/about/all-topics/#topics-role',
      },
      { '@type': 'ListItem', position: 3, name: 'Duties', item: 'https://x.example/role/duties/' },
    ]);
  });
  it('refuses a trail of one', () => {
    expect(() => breadcrumbJsonLd([{ name: 'Home', url: 'https://x.example/' }])).toThrow(/two crumbs/);
  });
});

describe('articleJsonLd', () => {
  const page = {
    slug: 'role/duties',
    title: 'Duties',
    description: 'What a lead PM does.',
    lastReviewed: reviewed,
    section: 'Role',
    imageUrl: 'https://lead-pm-guide.example/guide/og/role/duties.png',
    keywords: ['tasks', 'responsibilities'],
  };

  it('uses the last-reviewed date as dateModified and invents no publication date', () => {
    const data = articleJsonLd(guide, page);
    expect(data).toMatchObject({
      '@type': 'Article',
      headline: 'Duties',
      url: 'https://lead-pm-guide.example/guide/role/duties/',
      dateModified: '2026-11-23',
      mainEntityOfPage: {
        '@id': 'https://lead-pm-guide.example/guide/role/duties/',
        lastReviewed: '2026-11-23',
      },
      articleSection: 'Role',
      keywords: 'tasks, responsibilities',
      image: page.imageUrl,
    });
    expect(data).not.toHaveProperty('datePublished');
  });

  it('leaves out the section and keywords when there are none', () => {
    const data = articleJsonLd(root, { ...page, section: undefined, keywords: [] });
    expect(data).not.toHaveProperty('articleSection');
    expect(data).not.toHaveProperty('keywords');
  });
});

describe('occupationJsonLd', () => {
  it('carries codes, pay, requirements, skills and duties', () => {
    const data = occupationJsonLd(guide, occupation);
    expect(data['@type']).toBe('Occupation');
    expect(data['name']).toBe('Lead Product Manager');
    expect(data['url']).toBe('https://lead-pm-guide.example/guide/role/overview/');
    expect((data['occupationalCategory'] as { codeValue: string }[]).map((c) => c.codeValue)).toEqual([
      '11-2021',
      '11-3021',
    ]);
    expect(data['estimatedSalary']).toEqual([
      expect.objectContaining({
        '@type': 'MonetaryAmountDistribution',
        currency: 'USD',
        duration: 'P1Y',
        name: 'Computer and information systems managers (SOC 11-3021), a stand-in: BLS, May 2024',
        percentile10: 104450,
        median: 171200,
        validFrom: '2024-01-01',
        validThrough: '2024-12-31',
      }),
    ]);
    // The top-coded 90th percentile is a floor, not a percentile: left out.
    expect((data['estimatedSalary'] as Record<string, unknown>[])[0]).not.toHaveProperty('percentile90');
    expect(data['occupationLocation']).toEqual([{ '@type': 'Country', name: 'United States' }]);
    expect(data['educationRequirements']).toBe("Bachelor's degree.");
    expect(data['experienceRequirements']).toBe('4 to 5+ years.');
    expect(data['skills']).toEqual(['Communication', 'Leadership']);
    expect(data['responsibilities']).toEqual(['Set the overall product strategy']);
    expect(data['mainEntityOfPage']).toMatchObject({ lastReviewed: '2026-11-23' });
  });

  it('gives an exact 90th percentile when there is one', () => {
    const exact = { ...occupation.pay, p90: { ...occupation.pay.median, annual: 297510 } };
    const [salary] = occupationJsonLd(root, { ...occupation, pay: exact })['estimatedSalary'] as Record<
      string,
      unknown
    >[];
    expect(salary).toMatchObject({ percentile90: 297510 });
  });

  it('refuses pay figures that do not describe the same thing', () => {
    const { pay } = occupation;
    const with_ = (p: Partial<typeof pay>) => ({ ...occupation, pay: { ...pay, ...p } });
    expect(() => occupationJsonLd(root, with_({ p10: { ...pay.p10!, year: 2023 } }))).toThrow(
      /same currency, country and year/,
    );
    expect(() => occupationJsonLd(root, with_({ p90: { ...pay.median, annual: 1 } }))).toThrow(
      /below the median/,
    );
    expect(() => occupationJsonLd(root, with_({ p10: { ...pay.median, annual: 999999 } }))).toThrow(
      /above the median/,
    );
    expect(() => occupationJsonLd(root, with_({ median: { ...pay.median, topCoded: true } }))).toThrow(
      /floor/,
    );
  });

  it('refuses empty lists', () => {
    expect(() => occupationJsonLd(root, { ...occupation, skills: [] })).toThrow(/skills/);
    expect(() => occupationJsonLd(root, { ...occupation, socCodes: [] })).toThrow(/socCodes/);
  });
});

describe('social card images', () => {
  it('names one PNG per page under /og/ and the base', () => {
    expect(ogImageFile('')).toBe('index.png');
    expect(ogImageFile('role/duties')).toBe('role/duties.png');
    expect(ogImagePath('', '/')).toBe('/og/index.png');
    expect(ogImagePath('role/duties', '/guide/')).toBe('/guide/og/role/duties.png');
    expect(ogImagePath('role/duties', '/guide')).toBe('/guide/og/role/duties.png');
  });

  it('gives Persian pages their own cards under /og/fa/', () => {
    expect(ogSlug('index')).toBe('');
    expect(ogSlug('fa')).toBe('fa/index');
    expect(ogSlug('fa/role/duties')).toBe('fa/role/duties');
    expect(ogImagePath(ogSlug('fa'), '/')).toBe('/og/fa/index.png');
  });

  it('draws Persian cards right to left in Vazirmatn, falling back to Inter for Latin words', () => {
    const options = ogImageOptions({ title: 'وظایف', description: 'کار روزانه.' }, 'راهنما', 'fa');
    expect(options.dir).toBe('rtl');
    expect(options.font.title.families).toEqual(['Vazirmatn', 'Inter']);
    expect(options.fonts).toEqual(OG_FONTS_FA);
    expect(options.description).toBe('راهنما – کار روزانه.');
    expect(ogImageOptions({ title: 'Duties' }, 'Guide').dir).toBe('ltr');
  });

  it('sets long titles in smaller type', () => {
    expect(ogImageOptions({ title: 'Duties' }, 'Guide').font.title.size).toBe(68);
    expect(ogImageOptions({ title: 'x'.repeat(61) }, 'Guide').font.title.size).toBe(56);
    expect(ogImageOptions({ title: 'Duties' }, 'Guide').description).toBe('Guide');
  });

  it('draws with fonts and a logo that ship with the project, never a URL', () => {
    const options = ogImageOptions({ title: 'Duties', description: 'What a lead PM does.' }, 'Lead PM Guide');
    expect(options.description).toBe('Lead PM Guide · What a lead PM does.');
    for (const path of [...OG_FONTS, ...OG_FONTS_FA, options.logo.path]) {
      expect(path).not.toMatch(/^https?:/);
      expect(existsSync(path), path).toBe(true);
    }
  });
});
