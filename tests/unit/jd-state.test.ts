import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  cleanText,
  decodeState,
  effectiveValidThrough,
  encodeState,
  fileSlug,
  LONG_MAX,
  localIsoDate,
  MAX_ENCODED,
  MAX_LINES,
  parseAmount,
  safeWebUrl,
  SHORT_MAX,
  STATE_VERSION,
  validateState,
  type JdState,
} from '../../src/components/JobDescriptionBuilder/jd-state';
import { catalogue, defaults, HOSTILE, sampleState, TODAY } from '../support/jd-fixtures';

const toBase64Url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const roundTrip = (state: JdState) => decodeState(encodeState(state, catalogue), catalogue, defaults());

describe('the default draft', () => {
  it('starts from the guide data, with the sources’ 4-5+ years and a closing date 60 days on', () => {
    const state = defaults();
    expect(state.title).toBe('Lead Product Manager');
    expect(state.experience).toBe('4-5+ years');
    expect(state.responsibility.length).toBeGreaterThanOrEqual(12);
    expect(state.required.length).toBeGreaterThan(0);
    expect(state.preferred.length).toBeGreaterThan(0);
    expect(state.required.map((l) => l.ref)).not.toContain('jd:years-of-experience');
    expect(state.datePosted).toBe('2026-11-23');
    expect(effectiveValidThrough(state)).toBe('2027-01-22');
    expect(validateState(state)).toEqual([]);
  });

  it('offers every duty as a responsibility the reader can add', () => {
    const duties = catalogue.filter((l) => l.ref.startsWith('duty:'));
    expect(duties.length).toBeGreaterThan(0);
    expect(duties.every((l) => l.kind === 'responsibility' && l.text.length > 0)).toBe(true);
  });
});

describe('dates in local time', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it.each([
    ['Pacific/Kiritimati', '2026-03-09'],
    ['America/Los_Angeles', '2026-03-08'],
  ])('formats the reader’s own calendar date in %s', (tz, expected) => {
    process.env.TZ = tz;
    expect(localIsoDate(new Date('2026-03-08T22:30:00Z'))).toBe(expected);
  });

  it('adds days across month ends, leap days and clock changes', () => {
    expect(addDays('2026-11-23', 60)).toBe('2027-01-22');
    expect(addDays('2028-02-01', 60)).toBe('2028-04-01');
    process.env.TZ = 'Europe/Berlin';
    expect(addDays('2026-03-01', 60)).toBe('2026-04-30');
    expect(addDays('not a date', 60)).toBe('');
  });
});

describe('encodeState and decodeState', () => {
  it('round-trips the default and a filled-in draft', () => {
    for (const state of [defaults(), sampleState()]) {
      const encoded = encodeState(state, catalogue);
      expect(encoded).toMatch(new RegExp(`^v${STATE_VERSION}\\.[A-Za-z0-9_-]+$`));
      const result = decodeState(encoded, catalogue, defaults());
      expect(result.status).toBe('ok');
      expect(result.dropped).toBe(0);
      expect(result.state).toEqual(state);
    }
  });

  it('sends unchanged lines as their id only, so links stay short', () => {
    const encoded = encodeState(defaults(), catalogue);
    expect(encoded.length).toBeLessThan(3000);
    const json = Buffer.from(encoded.slice(3), 'base64url').toString('utf8');
    expect(json).not.toContain(catalogue[0]!.text);
  });

  it.each(Object.entries(HOSTILE))('round-trips %s in every text field and line', (_name, value) => {
    const state: JdState = {
      ...sampleState(),
      title: value,
      company: value,
      about: value,
      productArea: value,
      locality: value,
      experience: value,
      eeo: value,
      responsibility: [{ text: value }],
      required: [{ ref: 'jd:concept-to-launch', text: value }],
    };
    const expected = structuredClone(state);
    // One-line fields and lines keep their text but not their line breaks.
    for (const key of ['title', 'company', 'productArea', 'locality', 'experience'] as const) {
      expected[key] = cleanText(value, false);
    }
    expected.responsibility = [{ text: cleanText(value, false) }];
    expected.required = [{ ref: 'jd:concept-to-launch', text: cleanText(value, false) }];
    const result = roundTrip(state);
    expect(result.status).toBe('ok');
    expect(result.state).toEqual(expected);
  });

  it('keeps a 10,000-character field whole', () => {
    const about = 'é'.repeat(LONG_MAX);
    expect(roundTrip({ ...defaults(), about }).state.about).toBe(about);
  });

  it.each([
    ['empty', '', 'empty'],
    ['not ours', 'hello', 'corrupt'],
    ['no payload', 'v1.', 'corrupt'],
    ['bad base64', 'v1.%%%***', 'corrupt'],
    ['not JSON', `v1.${toBase64Url('{"title": "x"')}`, 'corrupt'],
    ['JSON array', `v1.${toBase64Url('["x"]')}`, 'corrupt'],
    ['JSON null', `v1.${toBase64Url('null')}`, 'corrupt'],
    ['bad UTF-8', `v1.${Buffer.from([0x7b, 0xff, 0xfe, 0x7d]).toString('base64url')}`, 'corrupt'],
    ['older version', `v0.${toBase64Url('{}')}`, 'corrupt'],
    ['newer version', `v2.${toBase64Url('{}')}`, 'newer'],
    ['huge version', `v99999999.${toBase64Url('{}')}`, 'corrupt'],
    ['too long', `v1.${'A'.repeat(MAX_ENCODED)}`, 'tooLong'],
    ['script payload', 'v1.</script><script>alert(1)</script>', 'corrupt'],
  ])('falls back to the defaults for a %s link', (_name, encoded, status) => {
    const result = decodeState(encoded, catalogue, defaults());
    expect(result.status).toBe(status);
    expect(result.state).toEqual(defaults());
  });

  it('keeps the defaults for fields of the wrong type and ignores unknown keys', () => {
    const raw = {
      title: 42,
      company: ['Acme'],
      workplace: 'moon',
      employmentType: 'FOREVER',
      currency: 'XXX',
      period: 'DECADE',
      country: 'ZZ',
      datePosted: '2026-02-31',
      validThrough: '<script>',
      responsibility: 'jd:launches',
      required: [42, null, {}, ['ok line', 'jd:no-such-line']],
      constructor: { prototype: { polluted: true } },
      extra: 'ignored',
    };
    // "__proto__" written into the JSON text itself, as a hand-made link would carry it.
    const json = JSON.stringify(raw).replace(/^\{/, '{"__proto__":{"polluted":true},');
    const result = decodeState(`v1.${toBase64Url(json)}`, catalogue, defaults());
    const d = defaults();
    expect(result.status).toBe('ok');
    expect(result.state).toEqual({ ...d, required: [{ text: 'ok line' }] });
    expect(result.dropped).toBe(3);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('drops lines whose id the guide no longer has, and lines past the cap', () => {
    const raw = {
      responsibility: [
        'jd:launches',
        'jd:gone-since',
        ...Array.from({ length: MAX_LINES + 5 }, (_, i) => [`own ${i}`]),
      ],
    };
    const result = decodeState(`v1.${toBase64Url(JSON.stringify(raw))}`, catalogue, defaults());
    expect(result.state.responsibility).toHaveLength(MAX_LINES);
    expect(result.state.responsibility[0]).toEqual({ ref: 'jd:launches', text: expect.any(String) });
    expect(result.dropped).toBe(1 + 6);
  });

  it('strips control characters and repairs broken UTF-16 from a link', () => {
    const raw = { company: 'Ac\u0000me\u0007 \uD800Ltd', about: 'line\r\nbreak\ttab' };
    const { state } = decodeState(`v1.${toBase64Url(JSON.stringify(raw))}`, catalogue, defaults());
    expect(state.company).toBe('Acme \uFFFDLtd');
    expect(state.about).toBe('line\nbreak\ttab');
  });

  it('never throws, whatever the link holds', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = 'v1.AZaz09-_{}[]":,\\ \u2028<>é👩';
    for (let i = 0; i < 2000; i++) {
      const length = Math.floor(random() * 200);
      let text = i % 2 === 0 ? 'v1.' : '';
      for (let j = 0; j < length; j++) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(() => decodeState(text, catalogue, defaults())).not.toThrow();
      const json = toBase64Url(`{"title":${JSON.stringify(text)},"required":[${JSON.stringify(text)}]}`);
      expect(() => decodeState(`v1.${json}`, catalogue, defaults())).not.toThrow();
    }
  });
});

describe('validateState', () => {
  it('accepts 10,000 characters and flags 10,001 with the length, never cutting the text', () => {
    const ok = { ...defaults(), about: 'x'.repeat(LONG_MAX) };
    expect(validateState(ok)).toEqual([]);
    const over = { ...defaults(), about: 'x'.repeat(LONG_MAX + 1) };
    expect(validateState(over)).toEqual([
      { field: 'about', code: 'tooLong', length: LONG_MAX + 1, max: LONG_MAX },
    ]);
    expect(over.about).toHaveLength(LONG_MAX + 1);
  });

  it('caps one-line fields and each line of the lists', () => {
    const state = defaults();
    state.company = 'c'.repeat(SHORT_MAX + 1);
    state.preferred = [{ text: 'p'.repeat(LONG_MAX + 1) }];
    expect(validateState(state)).toEqual([
      { field: 'company', code: 'tooLong', length: SHORT_MAX + 1, max: SHORT_MAX },
      { field: 'preferred', index: 0, code: 'tooLong', length: LONG_MAX + 1, max: LONG_MAX },
    ]);
  });

  it.each([
    [{ salaryMin: '-5' }, [{ field: 'salaryMin', code: 'negative' }]],
    [{ salaryMax: '12k' }, [{ field: 'salaryMax', code: 'notNumber' }]],
    [{ salaryMin: '200000', salaryMax: '150,000' }, [{ field: 'salaryMax', code: 'minAboveMax' }]],
    [{ salaryMin: '150,000', salaryMax: '150000' }, []],
    [{ salaryMin: '0' }, []],
    [{ website: 'javascript:alert(1)' }, [{ field: 'website', code: 'badUrl' }]],
    [{ website: 'acme.example' }, []],
    [
      { workplace: 'remote', remoteCountries: 'US, xx, ca' },
      [{ field: 'remoteCountries', code: 'badCountry', value: 'XX' }],
    ],
    [{ workplace: 'hybrid', remoteCountries: 'nonsense' }, []],
    [{ validThrough: '2026-11-01' }, [{ field: 'validThrough', code: 'beforePosted' }]],
    [{ datePosted: '' }, [{ field: 'datePosted', code: 'badDate' }]],
  ] as [Partial<JdState>, unknown[]][])('checks %o', (change, expected) => {
    expect(validateState({ ...defaults(), ...change })).toEqual(expected);
  });

  it('parses amounts with separators and refuses words', () => {
    expect(parseAmount('150,000')).toBe(150000);
    expect(parseAmount(' 75.50 ')).toBe(75.5);
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('1e6')).toBeNaN();
    expect(parseAmount('-3')).toBe(-3);
  });
});

describe('safeWebUrl', () => {
  it.each([
    ['https://acme.example/jobs?id=1', 'https://acme.example/jobs?id=1'],
    ['acme.example', 'https://acme.example/'],
    ['http://acme.example', 'http://acme.example/'],
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['https://user:pass@acme.example', undefined],
    ['localhost', undefined],
    ['https://acme.example/"><script>', 'https://acme.example/%22%3E%3Cscript%3E'],
    ['', undefined],
  ])('%s -> %s', (input, expected) => {
    expect(safeWebUrl(input)).toBe(expected);
  });
});

describe('fileSlug', () => {
  it.each([
    [{ title: 'Lead Product Manager', company: 'Acme' }, 'lead-product-manager-acme'],
    [{ title: 'Líder de Producto', company: 'Señor & Co.' }, 'lider-de-producto-senor-co'],
    [{ title: '</script>', company: '' }, 'script'],
    [{ title: 'مدير منتجات', company: '👩‍💻' }, 'job-description'],
    [{ title: 'x'.repeat(500), company: 'y' }, 'x'.repeat(60)],
  ])('%o -> %s', (input, expected) => {
    expect(fileSlug(input)).toBe(expected);
  });
});

it('uses the fixture date as today', () => {
  expect(localIsoDate(TODAY)).toBe('2026-11-23');
});
