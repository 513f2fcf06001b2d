import { describe, expect, it } from 'vitest';
import { readData, readRaw } from '../support/data-files';
import { postingRuleSchema } from '../../src/schemas/posting-rule';

const rules = readData('postingRules');
const sources = new Map(readData('sources').map((s) => [s.id, s]));

/** The 27 member states, by ISO code. */
const EU_STATES = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(
  ' ',
);

describe('the pay-posting rules data', () => {
  it('lists every EU member state once, and only those under "eu"', () => {
    const eu = rules.filter((r) => r.group === 'eu').map((r) => r.country);
    expect([...eu].sort()).toEqual([...EU_STATES].sort());
  });

  it('has the places the builder must offer', () => {
    const ids = new Set(rules.map((r) => r.id));
    for (const id of [
      'us-colorado',
      'us-california',
      'us-washington',
      'us-new-york-state',
      'us-new-york-city',
      'us-illinois',
      'us-maryland',
      'us-massachusetts',
      'us-minnesota',
      'us-vermont',
      'us-hawaii',
      'us-new-jersey',
      'us-dc',
      'uk',
      'ir',
      'other',
    ]) {
      expect(ids, id).toContain(id);
    }
  });

  it('cites, for every place but "other", sources that exist and were checked, with an edition', () => {
    for (const rule of rules) {
      if (rule.group !== 'other') expect(rule.sources.length, rule.id).toBeGreaterThan(0);
      for (const id of rule.sources) {
        const source = sources.get(id);
        expect(source, `${rule.id} cites ${id}`).toBeDefined();
        expect(source?.checked, `${id} checked`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(source?.edition, `${id} edition`).toBeTruthy();
      }
    }
  });

  it('says a place was checked on a secondary copy whenever one of its sources is secondary', () => {
    for (const rule of rules) {
      const kinds = rule.sources.map((id) => sources.get(id)?.kind);
      if (kinds.includes('secondary')) expect(rule.checkedOn, rule.id).toBe('secondary');
    }
  });

  it('has real dates: effective dates and reviews that parse, reviews not in the future', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const rule of rules) {
      for (const date of [rule.effective, rule.lastReviewed].filter(Boolean) as string[]) {
        const parsed = new Date(`${date}T00:00:00Z`);
        expect(parsed.toISOString().slice(0, 10), `${rule.id} ${date}`).toBe(date);
      }
      expect(rule.lastReviewed <= today, rule.id).toBe(true);
    }
  });

  it('gives an effective date and an employer size wherever a range is required in the ad', () => {
    for (const rule of rules.filter((r) => r.payInAd === 'required' && r.group === 'us')) {
      expect(rule.effective, rule.id).toBeDefined();
      expect(rule.minEmployees, rule.id).toBeDefined();
    }
  });

  it('records a transposition status that is either verified or says "not-verified"', () => {
    const eu = rules.filter((r) => r.group === 'eu');
    for (const rule of eu) expect(rule.transposition, rule.id).toBeDefined();
    // States our sources do not name stay "not verified", never a guess.
    expect(eu.filter((r) => r.transposition === 'not-verified').length).toBeGreaterThan(0);
  });

  it('refuses an EU entry without a transposition status, and a place with no source', () => {
    const eu = readRaw('postingRules').find((r) => (r as { id: string }).id === 'eu-italy') as Record<
      string,
      unknown
    >;
    const { transposition: _, ...withoutStatus } = eu;
    expect(postingRuleSchema.safeParse(withoutStatus).success).toBe(false);
    expect(postingRuleSchema.safeParse({ ...eu, sources: [] }).success).toBe(false);
    expect(postingRuleSchema.safeParse(eu).success).toBe(true);
  });
});
