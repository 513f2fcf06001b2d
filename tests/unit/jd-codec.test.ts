import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/lib/clean-text';
import { decodeState, encodeState, STATE_VERSION } from '../../src/components/JobDescriptionBuilder/jd-codec';
import { LONG_MAX, MAX_ENCODED, MAX_LINES } from '../../src/components/JobDescriptionBuilder/jd-fields';
import type { JdState } from '../../src/components/JobDescriptionBuilder/jd-state';
import { catalogue, defaults, HOSTILE, sampleState } from '../support/jd-fixtures';

const toBase64Url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const roundTrip = (state: JdState) => decodeState(encodeState(state, catalogue), catalogue, defaults());

describe('encodeState and decodeState', () => {
  it('round-trips the default and a filled-in draft', () => {
    for (const state of [defaults(), sampleState()]) {
      const encoded = encodeState(state, catalogue);
      expect(encoded).toMatch(new RegExp(`^v${STATE_VERSION}\\.[A-Za-z0-9_-]+$`));
      const result = decodeState(encoded, catalogue, defaults());
      expect(result.status).toBe('ok');
      expect(result.dropped).toEqual({ unknown: 0, overLimit: 0 });
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
    // Paragraph fields keep their line breaks; control characters go everywhere.
    for (const key of ['about', 'eeo'] as const) expected[key] = cleanText(value, true);
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
    expect(result.dropped).toEqual({ unknown: 3, overLimit: 0 });
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
    expect(result.dropped).toEqual({ unknown: 1, overLimit: 6 });
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
