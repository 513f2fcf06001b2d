import { describe, expect, it } from 'vitest';
import {
  dateOf,
  frontmatterOf,
  indexPage,
  lastmodSerializer,
  llmsPageList,
  readPageIndex,
  slugOfDocPath,
  slugOfUrl,
  urlOfSlug,
  type IndexedPage,
} from '../../src/integrations/page-index';
import { sidebarGroups, sidebarSlugs } from '../../src/config/sidebar';

const mdx = (front: string) => `---\n${front}\n---\n\nimport X from './x';\n\nBody text.\n`;

describe('frontmatterOf', () => {
  it('reads YAML frontmatter, dates as dates', () => {
    const data = frontmatterOf(mdx("title: 'Duties'\nlastReviewed: 2026-11-23\nsources: [a, b]"));
    expect(data['title']).toBe('Duties');
    expect(data['lastReviewed']).toBeInstanceOf(Date);
    expect(data['sources']).toEqual(['a', 'b']);
  });
  it('is empty without frontmatter', () => {
    expect(frontmatterOf('# Just a heading\n')).toEqual({});
    expect(frontmatterOf('---\n---\n')).toEqual({});
  });
});

describe('slugOfDocPath', () => {
  it('drops the extension and index, as Starlight does', () => {
    expect(slugOfDocPath('role/duties.mdx')).toBe('role/duties');
    expect(slugOfDocPath('index.mdx')).toBe('');
    expect(slugOfDocPath('about/index.md')).toBe('about');
    expect(slugOfDocPath('Role/Duties.MDX')).toBe('role/duties');
  });
});

describe('dateOf', () => {
  it('gives YYYY-MM-DD from a YAML date or a string, and fails on anything else', () => {
    expect(dateOf(new Date('2026-11-23'), 'x')).toBe('2026-11-23');
    expect(dateOf('2026-01-05', 'x')).toBe('2026-01-05');
    expect(dateOf(undefined, 'x')).toBeUndefined();
    expect(() => dateOf('next week', 'role/x.mdx lastReviewed')).toThrow(/role\/x\.mdx lastReviewed/);
  });
});

describe('indexPage', () => {
  it('takes title, description and review date, and honours a slug override', () => {
    expect(
      indexPage(
        mdx('title: Duties\ndescription: What they do.\nlastReviewed: 2026-11-23'),
        'role/duties.mdx',
      ),
    ).toEqual({
      slug: 'role/duties',
      title: 'Duties',
      description: 'What they do.',
      lastReviewed: '2026-11-23',
    });
    expect(indexPage(mdx('title: X\nslug: /custom/path/'), 'a.mdx').slug).toBe('custom/path');
  });
});

describe('URLs and slugs', () => {
  it('map both ways under a base', () => {
    const base = 'https://x.example/guide/';
    expect(urlOfSlug('', base)).toBe(base);
    expect(urlOfSlug('role/duties', 'https://x.example/guide')).toBe('https://x.example/guide/role/duties/');
    expect(slugOfUrl('https://x.example/guide/role/duties/', base)).toBe('role/duties');
    expect(slugOfUrl('https://x.example/guide/', base)).toBe('');
    expect(slugOfUrl('https://x.example/other/', base)).toBeUndefined();
  });
});

const pages = new Map<string, IndexedPage>([
  ['', { slug: '', title: 'Home', description: 'Start.', lastReviewed: '2026-11-20' }],
  [
    'role/duties',
    { slug: 'role/duties', title: 'Duties', description: 'What they do.', lastReviewed: '2026-11-23' },
  ],
  ['role/skills', { slug: 'role/skills', title: 'Skills', description: undefined, lastReviewed: undefined }],
]);

describe('lastmodSerializer', () => {
  const serialize = lastmodSerializer(pages, 'https://x.example/guide/');
  it('sets lastmod from the page’s review date', () => {
    expect(serialize({ url: 'https://x.example/guide/role/duties/' })).toEqual({
      url: 'https://x.example/guide/role/duties/',
      lastmod: '2026-11-23',
    });
    expect(serialize({ url: 'https://x.example/guide/' }).lastmod).toBe('2026-11-20');
  });
  it('leaves pages without a date, or outside the index, as they are', () => {
    expect(serialize({ url: 'https://x.example/guide/role/skills/' })).toEqual({
      url: 'https://x.example/guide/role/skills/',
    });
    expect(serialize({ url: 'https://x.example/guide/nowhere/' })).toEqual({
      url: 'https://x.example/guide/nowhere/',
    });
  });
});

describe('llmsPageList', () => {
  it('lists sidebar pages by section with absolute URLs and descriptions', () => {
    const text = llmsPageList(
      pages,
      [{ label: 'Role', items: ['role/duties', 'role/skills'] }],
      'https://x.example/guide/',
    );
    expect(text).toBe(
      [
        'Start at the home page: https://x.example/guide/',
        '',
        '**Role**',
        '',
        '- [Duties](https://x.example/guide/role/duties/): What they do.',
        '- [Skills](https://x.example/guide/role/skills/)',
      ].join('\n'),
    );
  });
  it('fails on a sidebar slug with no page', () => {
    expect(() =>
      llmsPageList(pages, [{ label: 'Role', items: ['role/missing'] }], 'https://x.example/'),
    ).toThrow(/role\/missing/);
  });
});

describe('readPageIndex on the real docs', () => {
  const index = readPageIndex('src/content/docs');
  it('finds every sidebar page and the home page, each with a review date', () => {
    for (const slug of ['', ...sidebarSlugs]) {
      expect(index.get(slug)?.lastReviewed, slug || 'home').toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
  it('builds the llms.txt list without a missing page', () => {
    expect(() => llmsPageList(index, sidebarGroups, 'https://x.example/')).not.toThrow();
  });
});
