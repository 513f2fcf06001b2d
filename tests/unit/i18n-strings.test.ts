import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (lang: string) =>
  JSON.parse(readFileSync(`src/content/i18n/${lang}.json`, 'utf8')) as Record<string, string>;
const en = read('en');
const fa = read('fa');

/**
 * Starlight's own keys that fa.json overrides on purpose: Starlight's Persian leaves some in
 * English ("Section titled …", "Built with Starlight") or spells words differently from our pages.
 */
const STARLIGHT_OVERRIDES = new Set([
  'search.label',
  'heading.anchorLabel',
  'page.draft',
  '404.text',
  'builtWithStarlight.label',
]);

/**
 * Values a Persian reader sees exactly as in English. Each needs a reason; anything else equal to
 * its English value is a string someone forgot to translate.
 */
const SAME_IN_BOTH: Record<string, string> = {
  Ctrl: 'the key cap reads Ctrl on Persian keyboards too',
  K: 'a key name',
  OKR: 'Persian speakers use the English abbreviation',
  JSON: 'a file format name',
  HTML: 'a file format name',
  Markdown: 'a file format name',
  'JSON-LD': 'a format name',
  'Read this page in English': 'the link to the English page speaks to readers of English (lang="en")',
  '{{amount}}+':
    'a sign after an amount ("and up" on a chart bar): Persian uses it too, and words would not fit the bar',
};

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
/** Arabic-script letters, which every Persian string but an allowed name must contain. */
const PERSIAN = /[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]/;

describe('Persian UI strings (src/content/i18n/fa.json)', () => {
  it('translates every English key', () => {
    expect(Object.keys(en).filter((key) => !(key in fa))).toEqual([]);
  });

  it('has no key that English lacks, apart from deliberate Starlight overrides', () => {
    expect(Object.keys(fa).filter((key) => !(key in en) && !STARLIGHT_OVERRIDES.has(key))).toEqual([]);
  });

  it('keeps every {{placeholder}} of the English string', () => {
    const differing = Object.keys(en)
      .filter((key) => key in fa)
      .filter((key) => placeholders(en[key]!).join() !== placeholders(fa[key]!).join())
      .map((key) => `${key}: ${placeholders(en[key]!).join()} vs ${placeholders(fa[key]!).join()}`);
    expect(differing).toEqual([]);
  });

  it('leaves no string in English unless it is an allowed name', () => {
    const untranslated = Object.keys(en)
      .filter((key) => fa[key] === en[key] && !(fa[key]! in SAME_IN_BOTH))
      .map((key) => `${key}: ${en[key]}`);
    expect(untranslated).toEqual([]);
  });

  it('writes every string in Persian script unless it is an allowed name', () => {
    const latinOnly = Object.entries(fa)
      .filter(([, value]) => !PERSIAN.test(value) && !(value in SAME_IN_BOTH))
      .map(([key, value]) => `${key}: ${value}`);
    expect(latinOnly).toEqual([]);
  });

  it('has no empty strings or stray whitespace', () => {
    const bad = Object.entries(fa).filter(([, value]) => !value.trim() || value !== value.trim());
    expect(bad).toEqual([]);
  });
});
