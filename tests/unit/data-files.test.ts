import { describe, expect, it } from 'vitest';
import { dataFiles, readData, readRaw, type DataName } from '../support/data-files';
import { FULL_TIME_HOURS } from '../../src/lib/locale';

const names = Object.keys(dataFiles) as DataName[];

describe.each(names)('%s data file', (name) => {
  it('parses with its schema', () => {
    expect(() => readData(name)).not.toThrow();
  });
  it('has unique ids', () => {
    const ids = readRaw(name).map((entry) => (entry as { id: string }).id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('cross-references', () => {
  const sourceIds = new Set(readData('sources').map((s) => s.id));
  const skillIds = new Set(readData('skills').map((s) => s.id));
  const cited = [
    ...readData('salaryFigures').map((f) => [`salary-figures ${f.id}`, f.source] as const),
    ...readData('duties').map((d) => [`duties ${d.id}`, d.source] as const),
    ...readData('trends').map((t) => [`trends ${t.id}`, t.source] as const),
    ...readData('certifications').map((c) => [`certifications ${c.id}`, c.source] as const),
    ...readData('jdItems').map((j) => [`jd-items ${j.id}`, j.source] as const),
    ...readData('socCodes').map((c) => [`soc-codes ${c.id}`, c.source] as const),
    ...readData('skills').flatMap((s) => s.sources.map((id) => [`skills ${s.id}`, id] as const)),
    ...readData('levels').flatMap((l) => l.sources.map((id) => [`levels ${l.id}`, id] as const)),
    ...readData('facts').flatMap((f) => f.sources.map((id) => [`facts ${f.id}`, id] as const)),
    ...readData('roles').flatMap((r) => r.sources.map((id) => [`roles ${r.id}`, id] as const)),
  ];

  it('cites only sources that exist', () => {
    const missing = cited.filter(([, id]) => !sourceIds.has(id));
    expect(missing).toEqual([]);
  });

  it('ties every interview question to a skill that exists, and every skill to at least two questions', () => {
    const questions = readData('interviewQuestions');
    expect(questions.filter((q) => !skillIds.has(q.skill)).map((q) => q.id)).toEqual([]);
    for (const id of skillIds)
      expect(questions.filter((q) => q.skill === id).length).toBeGreaterThanOrEqual(2);
  });

  it('ties job-description lines only to skills that exist', () => {
    const missing = readData('jdItems').filter((item) => item.skill && !skillIds.has(item.skill));
    expect(missing.map((item) => item.id)).toEqual([]);
  });

  it('states hourly pay as annual pay over a full-time year', () => {
    for (const figure of readData('salaryFigures')) {
      if (figure.hourly !== undefined) {
        expect(figure.hourly).toBeCloseTo(figure.annual / FULL_TIME_HOURS, 2);
      }
    }
  });
});
