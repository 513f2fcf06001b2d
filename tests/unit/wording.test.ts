/**
 * The inclusive-wording check (src/lib/wording/): each list in each language, its hits and the
 * words it must leave alone, the Gender Decoder's verdict, Persian spelling variants and digits,
 * and hostile text. The builder's use of it is in jd-wording.test.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkWording, genderLean, WORD_LISTS, type WordingKind } from '../../src/lib/wording/check-wording';
import { normalize } from '../../src/lib/wording/normalize';
import { INFLATED_YEARS, RULES } from '../../src/lib/wording/requirement-rules';

/** The words found, each as "kind:text". */
const found = (text: string, lang: 'en' | 'fa' = 'en') =>
  checkWording(text, lang).findings.map((f) => `${f.kind}:${f.text}`);
const kinds = (text: string, lang: 'en' | 'fa' = 'en') =>
  checkWording(text, lang).findings.map((f) => f.kind);

describe('gender-coded words (Gaucher, Friesen and Kay 2011, as the Gender Decoder uses them)', () => {
  it('finds masculine- and feminine-coded stems in any form and case', () => {
    expect(found('A competitive, Aggressive leader who thrives on competition.')).toEqual([
      'masculine:competitive',
      'masculine:Aggressive',
      'masculine:leader',
      'masculine:competition',
    ]);
    expect(found('Supportive, collaborative and UNDERSTANDING.')).toEqual([
      'feminine:Supportive',
      'feminine:collaborative',
      'feminine:UNDERSTANDING',
    ]);
  });

  it('matches a whole word where the study has no asterisk, and a stem where it has one', () => {
    expect(found('kind')).toEqual(['feminine:kind']);
    expect(found('all kinds of work')).toEqual([]);
    expect(found('warmth and warm')).toEqual(['feminine:warmth', 'feminine:warm']);
    expect(found('opinions')).toEqual([]);
    expect(found('opinion')).toEqual(['masculine:opinion']);
  });

  it('leaves "competent" and "competence" alone, as the guide defines the stem rule', () => {
    expect(found('A competent PM with competence in pricing and core competencies.')).toEqual([]);
    expect(found('compete')).toEqual(['masculine:compete']);
  });

  it('never finds a stem inside another word', () => {
    expect(found('Plead, misleading, unsupported, overcommitted, bleak')).toEqual([]);
  });

  it('counts a hyphenated coded word once, and the coded part of any other hyphenated word', () => {
    expect(found('self-confident')).toEqual(['masculine:self-confident']);
    expect(found('co-operative')).toEqual(['feminine:co-operative']);
    expect(found('data-driven')).toEqual(['masculine:driven']);
  });

  it('skips the exceptions: the job title, SharePoint, "individual contributor", "kind of"', () => {
    expect(
      found('Lead Product Manager, lead PM, SharePoint, an individual contributor, what kind of team'),
    ).toEqual([]);
    expect(found('Lead the roadmap')).toEqual(['masculine:Lead']);
  });

  it('sums the lean as the Gender Decoder does: feminine minus masculine, strongly beyond three', () => {
    expect(genderLean(0, 0)).toBe('empty');
    expect(genderLean(2, 2)).toBe('neutral');
    expect(genderLean(1, 0)).toBe('masculine');
    expect(genderLean(3, 0)).toBe('masculine');
    expect(genderLean(4, 0)).toBe('strongly-masculine');
    expect(genderLean(0, 3)).toBe('feminine');
    expect(genderLean(1, 5)).toBe('strongly-feminine');
    const { summary } = checkWording('Competitive, driven, decisive; supportive.', 'en');
    expect(summary).toMatchObject({ masculine: 3, feminine: 1, lean: 'masculine' });
  });
});

describe('age-coded words, jargon and inflated requirements (English)', () => {
  it('finds age-coded words and limits', () => {
    expect(found('A young, energetic digital native or recent graduate.')).toEqual([
      'age:young',
      'age:energetic',
      'age:digital native',
      'age:recent graduate',
    ]);
    expect(kinds('Applicants aged 25 to 35; under 40 years old; no more than 7 years in product.')).toEqual([
      'age',
      'age',
      'age',
    ]);
    expect(found('Younger products, Youngstown, 30 minutes, under 30 days')).toEqual([]);
  });

  it('finds jargon, one word or a phrase, whatever the punctuation between', () => {
    expect(found('Rockstar ninjas and rock stars who crush it. Work hard, play hard!')).toEqual([
      'jargon:Rockstar',
      'jargon:ninjas',
      'jargon:rock stars',
      'jargon:crush it',
      'jargon:Work hard, play hard',
    ]);
    expect(found('We crush items and guard the ninjato.')).toEqual([]);
  });

  it(`flags ${INFLATED_YEARS} or more years, by the lower end of a range, and nothing under that`, () => {
    expect(found('10+ years in product. 8 years of experience. 12 yrs. 10 or more years.')).toEqual([
      'inflated:10+ years',
      'inflated:8 years',
      'inflated:12 yrs',
      'inflated:10 or more years',
    ]);
    expect(found('4-5+ years; 5-10 years; 7 years; founded 20 years ago; a 10 years old product')).toEqual(
      [],
    );
  });

  it('flags a degree required with no alternative, and a named standing of university', () => {
    expect(kinds("Bachelor's degree required. An MBA is a must. Must have a degree.")).toEqual([
      'inflated',
      'inflated',
      'inflated',
    ]);
    expect(found('A degree or equivalent experience is required.')).toEqual([]);
    expect(found('Graduates of a top-tier university or the Ivy League.')).toEqual([
      'inflated:top-tier university',
      'inflated:Ivy League',
    ]);
  });

  it('gives each finding a plainer wording where the list has one', () => {
    const [rockstar] = checkWording('rockstar', 'en').findings;
    expect(rockstar?.suggest).toBe('skilled, experienced');
  });
});

describe('Persian phrasings of Iranian job ads', () => {
  it('finds a gender preference, written any of the usual ways', () => {
    expect(found('ترجیحاً آقا. فقط بانوان. جنسیت: مرد. خانم‌ها و آقایان.', 'fa')).toEqual([
      'gender:ترجیحاً آقا',
      'gender:فقط بانوان',
      'gender:جنسیت: مرد',
      'gender:خانم',
      'gender:آقایان',
    ]);
  });

  it('finds age limits with Persian, Arabic-Indic or Latin digits', () => {
    for (const text of [
      'حداکثر ۳۰ سال',
      'حداکثر ٣٠ سال',
      'حداکثر 30 سال',
      'سن زیر ۳۵',
      'سن: ۲۵ تا ۳۵',
      'متولد ۱۳۷۰ به بعد',
    ]) {
      expect(kinds(text, 'fa'), text).toEqual(['age']);
    }
    expect(found('نیروی جوان و پرانرژی', 'fa')).toEqual(['age:نیروی جوان', 'age:پرانرژی']);
  });

  it('finds military service, marital status and looks, with Arabic ي and ك', () => {
    expect(kinds('كارت پايان خدمت يا معافيت دائم', 'fa')).toEqual(['military', 'military']);
    expect(kinds('متأهل، متاهل، مجرد', 'fa')).toEqual(['marital', 'marital', 'marital']);
    expect(kinds('ظاهر آراسته و خوش‌چهره', 'fa')).toEqual(['appearance', 'appearance']);
  });

  it('finds years and degrees that ask for more than the job needs', () => {
    expect(kinds('حداقل ۱۰ سال سابقه‌ی کار', 'fa')).toEqual(['inflated']);
    expect(kinds('سابقه‌ی کار مفید ۱۲ سال', 'fa')).toEqual(['inflated']);
    expect(kinds('مدرک کارشناسی ارشد الزامی است', 'fa')).toEqual(['inflated']);
    expect(kinds('فارغ‌التحصیل دانشگاه‌های سراسری', 'fa')).toEqual(['inflated']);
    expect(found('مدرک کارشناسی یا تجربه‌ی معادل الزامی است', 'fa')).toEqual([]);
  });

  it('leaves ordinary words and ordinary experience alone', () => {
    expect(
      found('مردم، جوانب کار، حداقل ۵ سال سابقه، ۴ تا ۵ سال یا بیشتر، بانک، خدمت به مشتری', 'fa'),
    ).toEqual([]);
  });

  it('checks English phrases in a Persian ad, but no Persian list on an English page', () => {
    expect(found('به یک rockstar نیاز داریم', 'fa')).toEqual(['jargon:rockstar']);
    expect(found('ترجیحاً آقا', 'en')).toEqual([]);
  });

  it('says nothing about the default equal-opportunity statements', () => {
    for (const lang of ['en', 'fa'] as const) {
      const strings = JSON.parse(readFileSync(`src/content/i18n/${lang}.json`, 'utf8')) as Record<
        string,
        string
      >;
      expect(found(strings['guide.jdb.eeoDefault']!, lang)).toEqual([]);
    }
  });
});

describe('hostile text', () => {
  it('treats regex metacharacters, emoji and direction marks as text, pointing at the right words', () => {
    const text = '🚀 (((*+?[\\ rock\u200fstar 🚀 $^ ag\u200bgressive';
    const findings = checkWording(text, 'en').findings;
    expect(findings.map((f) => f.kind)).toEqual(['jargon', 'masculine']);
    expect(findings.map((f) => text.slice(f.start, f.end))).toEqual(['rock\u200fstar', 'ag\u200bgressive']);
    expect(found('آ\u200fقا\u202b', 'fa')).toEqual(['gender:آ\u200fقا']);
  });

  it('checks 20,000 characters of worst-case text in linear time', () => {
    const cases = [
      'compet '.repeat(2_900),
      'a'.repeat(20_000),
      '1 '.repeat(10_000),
      'degree '.repeat(2_900),
      'سن '.repeat(6_700),
      'سابقه ۱ '.repeat(2_500),
      'crush '.repeat(3_400),
      '🙂\u200f'.repeat(6_700),
      '-'.repeat(20_000),
    ];
    for (const text of cases) {
      const began = performance.now();
      checkWording(text.slice(0, 20_000), 'fa');
      // Generous for a busy two-core machine; a catastrophic pattern would take minutes.
      expect(performance.now() - began, text.slice(0, 12)).toBeLessThan(3_000);
    }
  });

  it('never throws on what is not a string', () => {
    expect(checkWording(undefined as unknown as string, 'en').findings).toEqual([]);
  });

  it('maps normalized text back to the original, character by character', () => {
    const n = normalize('ي\u064bك۱');
    expect(n.text).toBe('یک1');
    expect(n.from).toEqual([0, 2, 3]);
  });
});

describe('the word lists', () => {
  const sources = new Set(
    (parse(readFileSync('src/data/sources.yaml', 'utf8')) as { id: string }[]).map((s) => s.id),
  );
  const en = JSON.parse(readFileSync('src/content/i18n/en.json', 'utf8')) as Record<string, string>;

  it.each(WORD_LISTS.map((l) => [l.id, l] as const))(
    '%s cites known sources and has no entry twice',
    (_id, list) => {
      expect(list.sources.filter((s) => !sources.has(s))).toEqual([]);
      const matches = list.entries.map((e) => e.match);
      expect(matches.filter((m, i) => matches.indexOf(m) !== i)).toEqual([]);
      // Every entry finds itself.
      for (const match of matches)
        expect(kinds(match.replaceAll('*', ''), list.lang), match).toContain(list.kind);
    },
  );

  it('has a label for every kind a list or rule can find, and a suggestion or advice for every finding', () => {
    const all = new Set<WordingKind>([...WORD_LISTS.map((l) => l.kind), ...RULES.map((r) => r.kind)]);
    for (const kind of all) expect(en[`guide.jdb.wording.kind.${kind}`], kind).toBeTruthy();
    // Only gender-coded words may lack a suggestion: the panel shows their kind's advice instead.
    for (const kind of ['masculine', 'feminine']) expect(en[`guide.jdb.wording.advice.${kind}`]).toBeTruthy();
    const bare = WORD_LISTS.filter((l) => l.kind !== 'masculine' && l.kind !== 'feminine').flatMap((l) =>
      l.entries.filter((e) => !e.suggest).map((e) => `${l.id}: ${e.match}`),
    );
    expect(bare).toEqual([]);
    expect(RULES.filter((r) => !r.suggest).map((r) => r.id)).toEqual([]);
  });
});
