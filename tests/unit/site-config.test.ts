import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, normaliseBasePath, normaliseSiteUrl } from '../../src/config/site';
import { withBase } from '../../src/lib/base-path';
import { sectionOf, sidebarSlugs } from '../../src/config/sidebar';

describe('normaliseBasePath', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['guide', '/guide/'],
    ['/guide', '/guide/'],
    ['/guide/', '/guide/'],
    ['//docs/lead-pm//', '/docs/lead-pm/'],
  ])('turns %j into %j', (raw, expected) => {
    expect(normaliseBasePath(raw)).toBe(expected);
  });
  it.each(['/guide?x=1', '/../etc', 'https://example.com/guide', '/a b', '/<script>'])(
    'rejects %j',
    (raw) => {
      expect(() => normaliseBasePath(raw)).toThrow(/BASE_PATH/);
    },
  );
});

describe('normaliseSiteUrl', () => {
  it('defaults to a reserved placeholder domain and keeps only the origin', () => {
    expect(normaliseSiteUrl(undefined)).toBe(DEFAULT_SITE_URL);
    expect(normaliseSiteUrl('https://guide.example.org/some/path/')).toBe('https://guide.example.org');
  });
  it('rejects what is not an http(s) URL', () => {
    expect(() => normaliseSiteUrl('guide.example.org')).toThrow(/SITE_URL/);
    expect(() => normaliseSiteUrl('ftp://guide.example.org')).toThrow(/SITE_URL/);
  });
});

describe('withBase', () => {
  it('prefixes root-relative links with the base', () => {
    expect(withBase('/role/duties/', '/guide/')).toBe('/guide/role/duties/');
    expect(withBase('/role/duties/#x', '/guide')).toBe('/guide/role/duties/#x');
  });
  it('leaves other links and already-prefixed links alone', () => {
    expect(withBase('/role/duties/', '/')).toBe('/role/duties/');
    expect(withBase('https://www.bls.gov/', '/guide/')).toBe('https://www.bls.gov/');
    expect(withBase('//cdn.example/x', '/guide/')).toBe('//cdn.example/x');
    expect(withBase('#top', '/guide/')).toBe('#top');
    expect(withBase('/guide/role/', '/guide/')).toBe('/guide/role/');
    expect(withBase('/guidebook/', '/guide/')).toBe('/guide/guidebook/');
  });
});

describe('sidebar', () => {
  it('lists each page once, under the four sections', () => {
    expect(new Set(sidebarSlugs).size).toBe(sidebarSlugs.length);
    expect(sectionOf('career/salary')).toBe('Career');
    expect(sectionOf('nowhere')).toBeUndefined();
  });
});
