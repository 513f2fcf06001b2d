import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  effectiveValidThrough,
  localIsoDate,
} from '../../src/components/JobDescriptionBuilder/jd-dates';
import { fileSlug } from '../../src/components/JobDescriptionBuilder/jd-state';
import { validateState } from '../../src/components/JobDescriptionBuilder/jd-checks';
import { catalogue, defaults, TODAY } from '../support/jd-fixtures';

describe('the default draft', () => {
  it('starts from the guide data, with one number of years (5) and a closing date 60 days on', () => {
    const state = defaults();
    expect(state.title).toBe('Lead Product Manager');
    expect(state.experience).toBe('5 years');
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
