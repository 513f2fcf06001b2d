import { describe, expect, it } from 'vitest';
import {
  normaliseQuery,
  persianLetters,
  shapeResult,
  withoutKeywords,
} from '../../src/components/Search/search-logic';

describe('persianLetters and normaliseQuery', () => {
  it('spell Arabic-keyboard letters the Persian way, so both find the same pages', () => {
    expect(persianLetters('مديريت كار')).toBe('مدیریت کار');
    expect(persianLetters('مصطفى')).toBe('مصطفی');
    expect(normaliseQuery('  يک   كارت ')).toBe(normaliseQuery('یک کارت'));
    expect(normaliseQuery('يک كارت')).toBe('یک کارت');
  });

  it('drop short-vowel marks and tatweel, and leave Latin text alone', () => {
    expect(persianLetters('مُدیـــر')).toBe('مدیر');
    expect(normaliseQuery('Lead PM salary')).toBe('Lead PM salary');
  });
});

describe('withoutKeywords', () => {
  it('cuts the bracketed keyword list out of an excerpt', () => {
    expect(withoutKeywords('Duties. ⟦ <mark>tasks</mark>, work ⟧ A lead PM')).toBe('Duties. A lead PM');
  });

  it('cuts to the edge when the excerpt starts or ends inside the list', () => {
    expect(withoutKeywords('work, <mark>tasks</mark> ⟧ A lead PM runs')).toBe('A lead PM runs');
    expect(withoutKeywords('Duties. ⟦ <mark>tasks</mark>, work')).toBe('Duties.');
    expect(withoutKeywords('<mark>tasks</mark>, work')).toBe('<mark>tasks</mark>, work');
  });
});

describe('shapeResult', () => {
  const base = { url: '/role/duties/', meta: { title: 'Duties', description: 'What a lead PM does.' } };

  it('shows the description, never the keyword list, for a page found by a keyword alone', () => {
    const shaped = shapeResult({ ...base, excerpt: '⟦ <mark>tasks</mark>, chores ⟧' });
    expect(shaped.excerpt).toEqual([{ text: 'What a lead PM does.', mark: false }]);
  });

  it('prefers a heading whose passage matches outside the keywords', () => {
    const shaped = shapeResult({
      ...base,
      excerpt: '⟦ <mark>tasks</mark> ⟧ Intro',
      sub_results: [
        { title: 'Duties', url: '/role/duties/', excerpt: '⟦ <mark>tasks</mark> ⟧ Intro' },
        {
          title: 'Strategy',
          url: '/role/duties/#strategy',
          excerpt: 'Set the <mark>tasks</mark> of a quarter',
        },
      ],
    });
    expect(shaped.heading).toBe('Strategy');
    expect(shaped.excerpt.map((p) => p.text).join('')).toBe('Set the tasks of a quarter');
  });
});
