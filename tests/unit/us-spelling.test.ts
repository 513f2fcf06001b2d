import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFiles, readRaw, type DataName } from '../support/data-files';

/**
 * The guide writes US English: its figures, laws and most readers are American. British forms that
 * have crept in before, each as a pattern with the spelling to use instead. Persian text and the
 * `fa` blocks are not checked; code identifiers are not reader text.
 */
const BRITISH: [RegExp, string][] = [
  [
    /\b(organi|prioriti|recogni|summari|reali|speciali|standardi|customi|minimi|maximi|critici|apologi|utili|optimi|categori|finali|visuali|familiari|memori|characteri|authori|centrali|normali|personali|moderni)s(e|es|ed|ing|ation|ations)\b/gi,
    '-ize, -ization',
  ],
  [/\banalys(e|es|ed|ing)\b/gi, 'analyze'],
  [/\b(colour|favour|behaviour|labour|honour|neighbour|rumour|humour|savour)\w*/gi, '-or'],
  [/\b(centre|metre|theatre)s?\b/gi, '-er'],
  [/\b(travell|modell|labell|cancell|signall)(ed|ing|er)\b/gi, 'one l'],
  [/\bjudgement\b/gi, 'judgment'],
  [/\bcatalogue\b/gi, 'catalog'],
  [/\bpractis(e|es|ed|ing)\b/gi, 'practice'],
  [/\b(licence|defence|offence)\b/gi, '-se'],
  [/\b(whilst|amongst|learnt|spelt)\b/gi, 'while, among, learned, spelled'],
  [/\bstart-ups?\b/gi, 'startup'],
  [/\bartefacts?\b/gi, 'artifact'],
  [/\bper cent\b/gi, 'percent'],
];

function britishIn(where: string, text: string): string[] {
  return BRITISH.flatMap(([pattern, use]) =>
    [...text.matchAll(pattern)].map((m) => `${where}: "${m[0]}" (US: ${use})`),
  );
}

/** The English text of a data entry: every string field except the Persian `fa` block. */
function englishStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(englishStrings);
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .filter(([key]) => key !== 'fa')
      .flatMap(([, v]) => englishStrings(v));
  }
  return [];
}

describe('US English spelling', () => {
  it('in the English pages', () => {
    const root = 'src/content/docs';
    const pages = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.mdx') && !file.startsWith('fa/'),
    );
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.flatMap((file) => britishIn(file, readFileSync(join(root, file), 'utf8')))).toEqual([]);
  });

  it('in the English text of every data file', () => {
    const found = (Object.keys(dataFiles) as DataName[]).flatMap((name) =>
      readRaw(name).flatMap((entry) =>
        englishStrings(entry).flatMap((text) =>
          britishIn(`${dataFiles[name].file} "${(entry as { id?: string }).id}"`, text),
        ),
      ),
    );
    expect(found).toEqual([]);
  });

  it('in the English UI strings', () => {
    const en = JSON.parse(readFileSync('src/content/i18n/en.json', 'utf8')) as Record<string, string>;
    expect(Object.entries(en).flatMap(([key, text]) => britishIn(key, text))).toEqual([]);
  });
});
