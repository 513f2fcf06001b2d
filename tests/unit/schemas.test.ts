import { describe, expect, it } from 'vitest';
import { salaryFigureSchema } from '../../src/schemas/salary-figure';
import { sourceSchema } from '../../src/schemas/source';
import { levelSchema } from '../../src/schemas/level';
import { pageFrontmatterSchema } from '../../src/schemas/page';
import { idSchema } from '../../src/schemas/common';
import { trendSchema } from '../../src/schemas/trend';
import { interviewQuestionSchema } from '../../src/schemas/interview-question';

const figure = {
  id: 'lead-pm-median',
  group: 'Lead product managers',
  statistic: 'median',
  annual: 145000,
  hourly: 69.71,
  currency: 'USD',
  country: 'United States',
  year: 2023,
  source: 'climb-lead-pm',
  checkedOn: 'publisher',
  fa: { group: 'مدیران محصول لید', country: 'ایالات متحده' },
};

function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) {
  return result.error?.issues.map((issue) => issue.path.join('.')) ?? [];
}

describe('idSchema', () => {
  it.each(['okr', 'bls-ooh-cis-managers', 'a1'])('accepts the slug %s', (id) => {
    expect(idSchema.safeParse(id).success).toBe(true);
  });
  it.each(['OKR', 'two words', '-lead', 'lead-', 'a--b', '', '<script>'])('rejects %j', (id) => {
    expect(idSchema.safeParse(id).success).toBe(false);
  });
});

describe('salaryFigureSchema', () => {
  it('accepts a figure whose hourly pay is annual / 2080', () => {
    expect(salaryFigureSchema.parse(figure)).toMatchObject({ annual: 145000, hourly: 69.71 });
  });
  it('rejects hourly pay that does not match the annual figure, naming the field', () => {
    const result = salaryFigureSchema.safeParse({ ...figure, hourly: 70 });
    expect(result.success).toBe(false);
    expect(issuePaths(result)).toContain('hourly');
  });
  it('rejects a text amount, a bad SOC code and an unknown statistic', () => {
    const result = salaryFigureSchema.safeParse({
      ...figure,
      annual: 'lots',
      soc: '113021',
      statistic: 'top',
    });
    expect(issuePaths(result)).toEqual(expect.arrayContaining(['annual', 'soc', 'statistic']));
  });
  it('requires the year and the source', () => {
    const { year: _year, source: _source, ...rest } = figure;
    expect(issuePaths(salaryFigureSchema.safeParse(rest))).toEqual(
      expect.arrayContaining(['year', 'source']),
    );
  });
});

describe('how a figure was checked', () => {
  const official = {
    ...figure,
    id: 'bls-cis-managers-2024-median',
    annual: 171200,
    hourly: undefined,
    year: 2024,
    month: 5,
    source: 'bls-ooh-cis-managers',
  };
  it("names the copy a figure was checked on, and names none for the publisher's own page", () => {
    expect(
      salaryFigureSchema.safeParse({ ...official, checkedOn: 'secondary', copy: 'startright' }).success,
    ).toBe(true);
    expect(salaryFigureSchema.safeParse({ ...official, checkedOn: 'copy', copy: 'csn' }).success).toBe(true);
    expect(issuePaths(salaryFigureSchema.safeParse({ ...official, checkedOn: 'copy' }))).toContain('copy');
    expect(
      issuePaths(salaryFigureSchema.safeParse({ ...official, checkedOn: 'publisher', copy: 'csn' })),
    ).toContain('copy');
  });
  it('lets a figure seen only on unnamed secondary pages say why, in both languages', () => {
    const note = 'Seen only in public data files.';
    expect(issuePaths(salaryFigureSchema.safeParse({ ...official, checkedOn: 'secondary' }))).toContain(
      'copy',
    );
    expect(
      salaryFigureSchema.safeParse({
        ...official,
        checkedOn: 'secondary',
        note,
        fa: { ...official.fa, note: 'فقط در فایل‌های داده‌ی عمومی دیده شد.' },
      }).success,
    ).toBe(true);
    expect(issuePaths(salaryFigureSchema.safeParse({ ...official, checkedOn: 'secondary', note }))).toContain(
      'fa.note',
    );
  });
  it('requires checkedOn, and takes a top code and a reference month', () => {
    const { checkedOn: _c, ...unchecked } = official;
    expect(issuePaths(salaryFigureSchema.safeParse(unchecked))).toContain('checkedOn');
    expect(issuePaths(salaryFigureSchema.safeParse({ ...official, month: 13 }))).toContain('month');
    expect(issuePaths(salaryFigureSchema.safeParse({ ...official, topCoded: false }))).toContain('topCoded');
  });
});

describe('sourceSchema', () => {
  const source = {
    id: 'bls',
    title: 'Handbook',
    publisher: 'BLS',
    url: 'https://www.bls.gov/ooh/',
    kind: 'primary',
    published: '2023-09',
    checked: '2026-12-02',
  };
  it('accepts a complete source', () => {
    expect(sourceSchema.safeParse(source).success).toBe(true);
  });
  it('rejects http and javascript URLs', () => {
    expect(sourceSchema.safeParse({ ...source, url: 'http://www.bls.gov/' }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...source, url: 'javascript:alert(1)' }).success).toBe(false);
  });
  it('takes no publication date when the source shows none', () => {
    const { published: _p, ...undated } = source;
    expect(sourceSchema.safeParse(undated).success).toBe(true);
    expect(issuePaths(sourceSchema.safeParse({ ...source, published: 'n.d.' }))).toContain('published');
  });
  it('rejects a checked date that is not a date', () => {
    expect(issuePaths(sourceSchema.safeParse({ ...source, checked: 'last week' }))).toContain('checked');
  });
});

describe('levelSchema', () => {
  const level = {
    id: 'lead-pm',
    order: 4,
    rung: 4,
    title: 'Lead product manager',
    track: 'either',
    scope: 's',
    team: 't',
    decisions: 'd',
    outcomes: 'o',
    years: { min: 5, max: 9 },
    promotion: 'p',
    sources: ['climb-lead-pm'],
    fa: { title: 'ت', otherTitles: [], scope: 'د', team: 'ت', decisions: 'ت', outcomes: 'ن', promotion: 'ا' },
  };
  it('accepts a level and defaults otherTitles', () => {
    expect(levelSchema.parse(level).otherTitles).toEqual([]);
  });
  it('rejects a years range that runs backwards', () => {
    expect(issuePaths(levelSchema.safeParse({ ...level, years: { min: 9, max: 5 } }))).toContain('years.max');
  });
});

describe('every data schema is strict about fields and Persian text', () => {
  it('refuses a misspelt field instead of dropping it', () => {
    const { soc: _soc, ...rest } = { ...figure, soc: undefined };
    expect(issuePaths(salaryFigureSchema.safeParse({ ...rest, scoc: '11-3021' }))).toContain('');
    expect(salaryFigureSchema.safeParse({ ...rest, scoc: '11-3021' }).error?.message).toMatch(/scoc/);
  });
  it('refuses an entry whose English text has no Persian block', () => {
    const { fa: _fa, ...english } = figure;
    expect(issuePaths(salaryFigureSchema.safeParse(english))).toContain('fa');
  });
  it('refuses a Persian block that lacks a field the English has, naming it', () => {
    expect(issuePaths(salaryFigureSchema.safeParse({ ...figure, fa: { group: 'گروه' } }))).toContain(
      'fa.country',
    );
  });
  it('refuses Persian text for a field the English entry leaves out', () => {
    const source = {
      id: 's',
      title: 'T',
      publisher: 'P',
      url: 'https://example.org/',
      kind: 'primary',
      published: '2024',
    };
    expect(sourceSchema.safeParse(source).success).toBe(true);
    expect(issuePaths(sourceSchema.safeParse({ ...source, fa: { note: 'یادداشت' } }))).toContain('fa.note');
  });
  it('refuses a misspelt field inside the Persian block', () => {
    const result = salaryFigureSchema.safeParse({ ...figure, fa: { ...figure.fa, grop: 'x' } });
    expect(result.success).toBe(false);
  });
});

describe('pageFrontmatterSchema', () => {
  it('requires a last-reviewed date', () => {
    expect(pageFrontmatterSchema.safeParse({}).success).toBe(false);
  });
  it('coerces the date and defaults sources and keywords', () => {
    const page = pageFrontmatterSchema.parse({ lastReviewed: '2026-11-23' });
    expect(page.lastReviewed.toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(page).toMatchObject({ sources: [], keywords: [] });
  });
});

describe('trendSchema', () => {
  const trend = {
    id: 'remote-and-hybrid',
    order: 1,
    title: 'Hybrid has become the usual pattern',
    detail: 'Working from home has stayed common.',
    dataPoint: '38.7% of people at work in US management occupations teleworked.',
    asOf: '2026-02',
    checkedOn: 'publisher',
    reading: 'Our reading.',
    whatToDo: 'Our advice.',
    source: 'bls-cps-telework',
    fa: {
      title: 'کار دورکاری و ترکیبی جا افتاده است',
      detail: 'جزئیات',
      dataPoint: 'داده',
      reading: 'برداشت ما',
      whatToDo: 'توصیه‌ی ما',
    },
  };
  it('accepts a trend with a dated data point', () => {
    expect(trendSchema.safeParse(trend).success).toBe(true);
  });
  it('rejects a data point without its date, naming the field', () => {
    const { asOf: _asOf, ...rest } = trend;
    expect(issuePaths(trendSchema.safeParse(rest))).toContain('dataPoint');
  });
  it("names the copy a data point was read in, unless it was read on the publisher's page", () => {
    expect(issuePaths(trendSchema.safeParse({ ...trend, checkedOn: 'secondary' }))).toContain('copy');
    expect(issuePaths(trendSchema.safeParse({ ...trend, copy: 'lenny-pm-job-market-2024' }))).toContain(
      'copy',
    );
    expect(
      trendSchema.safeParse({ ...trend, checkedOn: 'copy', copy: 'lenny-pm-job-market-2024' }).success,
    ).toBe(true);
  });
  it('requires our reading, and its Persian', () => {
    const { reading: _reading, ...rest } = trend;
    expect(issuePaths(trendSchema.safeParse(rest))).toContain('reading');
    const { reading: _fa, ...faRest } = trend.fa;
    expect(issuePaths(trendSchema.safeParse({ ...trend, fa: faRest }))).toContain('fa.reading');
  });
});

describe('interviewQuestionSchema', () => {
  const question = {
    id: 'strategy-and-execution-3',
    skill: 'strategy-and-execution',
    order: 3,
    format: 'case',
    minutes: 30,
    question: 'Case: set a strategy.',
    probes: 'Strategy.',
    strong: 'A choice.',
    weak: 'A list.',
    covers: ['Asks first.', 'Makes a choice.', 'Sets measures.'],
    fa: {
      question: 'مورد',
      probes: 'استراتژی',
      strong: 'یک انتخاب',
      weak: 'یک فهرست',
      covers: ['می‌پرسد', 'انتخاب می‌کند', 'شاخص می‌گذارد'],
    },
  };
  it('accepts a case with what a strong answer covers, and defaults the track to any', () => {
    const parsed = interviewQuestionSchema.parse(question);
    expect(parsed.track).toBe('any');
  });
  it('rejects a case without covers, and covers on a question that is not a case', () => {
    const { covers: _c, fa, ...rest } = question;
    const { covers: _fc, ...faRest } = fa;
    expect(issuePaths(interviewQuestionSchema.safeParse({ ...rest, fa: faRest }))).toContain('covers');
    expect(issuePaths(interviewQuestionSchema.safeParse({ ...question, format: 'scenario' }))).toContain(
      'covers',
    );
  });
  it('rejects an unknown format and an interview slot longer than an hour', () => {
    const result = interviewQuestionSchema.safeParse({ ...question, format: 'quiz', minutes: 90 });
    expect(issuePaths(result)).toEqual(expect.arrayContaining(['format', 'minutes']));
  });
});
