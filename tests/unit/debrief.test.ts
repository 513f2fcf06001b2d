/**
 * The debrief's scorecard files and merge: a file reads back as written; corrupt, hostile,
 * oversized, duplicate and mismatched files are refused with their name and reason while what is
 * loaded stays; the summary gives side-by-side ratings, mean, median, the 2-point flag and leanings.
 */
import { describe, expect, it } from 'vitest';
import {
  MAX_FILE_BYTES,
  readScorecard,
  scorecardFileName,
  scorecardToJson,
  type Scorecard,
} from '../../src/components/Debrief/scorecard-file';
import {
  MAX_FILES,
  median,
  mergeFiles,
  notesOn,
  summarise,
} from '../../src/components/Debrief/debrief-merge';
import { readData } from '../support/data-files';

const skillIds = readData('skills')
  .sort((a, b) => a.order - b.order)
  .map((s) => s.id);
const stageIds = readData('interviewStages').map((s) => s.id);

const card = (over: Partial<Scorecard> = {}): Scorecard => ({
  loop: 'Lead PM, payments',
  candidate: 'Candidate B',
  interviewer: 'Ana',
  role: 'Engineering lead',
  stage: 'execution',
  lean: 'hire',
  ratings: [
    { competency: 'communication', rating: 4, evidence: 'Told leaders about the slip two weeks early.' },
    { competency: 'technical-knowledge', rating: 3, evidence: '' },
  ],
  ...over,
});
const file = (name: string, c: Scorecard | string) => {
  const text = typeof c === 'string' ? c : scorecardToJson(c);
  return { name, size: text.length, text };
};
const read = (text: string) => readScorecard(text, text.length, skillIds, stageIds);
const raw = (over: Record<string, unknown>) =>
  JSON.stringify({ ...JSON.parse(scorecardToJson(card())), ...over });

describe('a scorecard file', () => {
  it('reads back what it writes, with the format and version first', () => {
    const text = scorecardToJson(card());
    expect(JSON.parse(text)).toMatchObject({ format: 'lead-pm-guide/scorecard', version: 1 });
    expect(read(text)).toEqual({ ok: true, card: card() });
    expect(scorecardFileName(card())).toBe('scorecard-ana-execution.json');
    expect(scorecardFileName(card({ interviewer: 'نیما', stage: '' }))).toBe('scorecard.json');
  });

  it('refuses what is not a scorecard of this guide', () => {
    expect(read('{"format": "x"')).toMatchObject({ ok: false, reason: 'notJson' });
    expect(read('[1,2]')).toMatchObject({ ok: false, reason: 'notScorecard' });
    expect(read(raw({ format: 'other/tool' }))).toMatchObject({ ok: false, reason: 'notScorecard' });
    expect(read(raw({ version: '1' }))).toMatchObject({ ok: false, reason: 'notScorecard' });
    expect(read(raw({ version: 2 }))).toMatchObject({ ok: false, reason: 'newer' });
    expect(readScorecard('{}', MAX_FILE_BYTES + 1, skillIds, stageIds)).toMatchObject({ reason: 'tooBig' });
  });

  it('refuses hostile content: prototype keys, markup, huge numbers, wrong types', () => {
    expect(read(raw({}).replace('{', '{"__proto__":{"polluted":true},'))).toMatchObject({
      reason: 'forbiddenKey',
    });
    expect(
      read(raw({ ratings: [{ competency: 'communication', rating: 4, evidence: '', constructor: {} }] })),
    ).toMatchObject({
      reason: 'forbiddenKey',
    });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(read(raw({ interviewer: '<img src=x onerror=alert(1)>' }))).toMatchObject({
      reason: 'markup',
      field: 'interviewer',
    });
    expect(
      read(
        raw({
          ratings: [{ competency: 'communication', rating: 3, evidence: 'see <script>steal()</script>' }],
        }),
      ),
    ).toMatchObject({ reason: 'markup', field: 'evidence' });
    expect(read(raw({ candidate: 'javascript:alert(1)' }))).toMatchObject({ reason: 'markup' });
    // "Latency < 200 ms" is ordinary text, not markup.
    expect(
      read(raw({ ratings: [{ competency: 'communication', rating: 3, evidence: 'Latency < 200 ms' }] })).ok,
    ).toBe(true);
    for (const rating of [1e308, 6, 0, 3.5, -1, '4', null]) {
      expect(read(raw({ ratings: [{ competency: 'communication', rating, evidence: '' }] }))).toMatchObject({
        reason: 'badRating',
      });
    }
    expect(read(raw({ interviewer: 42 }))).toMatchObject({ reason: 'badField', field: 'interviewer' });
    expect(read(raw({ interviewer: '   ' }))).toMatchObject({ reason: 'badField', field: 'interviewer' });
    expect(read(raw({ candidate: 'x'.repeat(121) }))).toMatchObject({
      reason: 'badField',
      field: 'candidate',
    });
    expect(read(raw({ stage: 'moon' }))).toMatchObject({ reason: 'badField', field: 'stage' });
    expect(read(raw({ lean: 'maybe' }))).toMatchObject({ reason: 'badField', field: 'lean' });
    expect(read(raw({ ratings: {} }))).toMatchObject({ reason: 'badField', field: 'ratings' });
    expect(read(raw({ ratings: [] }))).toMatchObject({ reason: 'noRatings' });
    expect(read(raw({ ratings: [{ competency: 'juggling', rating: 3, evidence: '' }] }))).toMatchObject({
      reason: 'unknownCompetency',
      field: 'juggling',
    });
    const twice = { competency: 'communication', rating: 3, evidence: '' };
    expect(read(raw({ ratings: [twice, twice] }))).toMatchObject({ reason: 'repeatedCompetency' });
    expect(read(raw({ ratings: [{ ...twice, evidence: 'x'.repeat(4001) }] }))).toMatchObject({
      reason: 'badField',
      field: 'evidence',
    });
  });

  it('cleans control characters out of text it keeps', () => {
    const result = read(raw({ interviewer: 'Ana\u0000 Lee' }));
    expect(result).toMatchObject({ ok: true, card: { interviewer: 'Ana Lee' } });
  });
});

describe('merging files', () => {
  const ana = file('ana.json', card());
  const ben = file(
    'ben.json',
    card({
      interviewer: 'Ben',
      stage: 'case',
      lean: 'no-hire',
      ratings: [{ competency: 'communication', rating: 2, evidence: 'Vague on dates.' }],
    }),
  );
  const cy = file(
    'cy.json',
    card({
      interviewer: 'Cy',
      stage: 'executive',
      lean: 'undecided',
      ratings: [
        { competency: 'communication', rating: 3, evidence: '' },
        { competency: 'innovation', rating: 5, evidence: 'Two bets with numbers.' },
      ],
    }),
  );

  it('loads good files and refuses bad ones by name, keeping what is loaded', () => {
    const first = mergeFiles([], [ana, ben], skillIds, stageIds);
    expect(first.loaded.map((c) => c.file)).toEqual(['ana.json', 'ben.json']);
    expect(first.refused).toEqual([]);
    const hostile = file('evil.json', raw({ interviewer: '<script>x</script>' }));
    const second = mergeFiles(first.loaded, [hostile, file('junk.json', 'not json'), cy], skillIds, stageIds);
    expect(second.loaded.map((c) => c.file)).toEqual(['ana.json', 'ben.json', 'cy.json']);
    expect(second.refused).toEqual([
      { file: 'evil.json', reason: 'markup', field: 'interviewer' },
      { file: 'junk.json', reason: 'notJson' },
    ]);
  });

  it('refuses a duplicate, another candidate, another loop and files over the limit', () => {
    const base = mergeFiles([], [ana], skillIds, stageIds).loaded;
    const again = mergeFiles(
      base,
      [file('ana-copy.json', card({ interviewer: ' ANA ' }))],
      skillIds,
      stageIds,
    );
    expect(again.refused).toEqual([{ file: 'ana-copy.json', reason: 'duplicate' }]);
    expect(
      mergeFiles(
        base,
        [file('x.json', card({ interviewer: 'X', candidate: 'Candidate C' }))],
        skillIds,
        stageIds,
      ).refused[0]?.reason,
    ).toBe('otherCandidate');
    expect(
      mergeFiles(base, [file('y.json', card({ interviewer: 'Y', loop: 'Other loop' }))], skillIds, stageIds)
        .refused[0]?.reason,
    ).toBe('otherLoop');
    // Case and spacing do not make a different candidate.
    expect(
      mergeFiles(
        base,
        [file('z.json', card({ interviewer: 'Z', candidate: 'candidate  b' }))],
        skillIds,
        stageIds,
      ).loaded,
    ).toHaveLength(2);
    const many = Array.from({ length: MAX_FILES + 2 }, (_, i) =>
      file(`f${i}.json`, card({ interviewer: `P${i}` })),
    );
    const full = mergeFiles([], many, skillIds, stageIds);
    expect(full.loaded).toHaveLength(MAX_FILES);
    expect(full.refused.map((r) => r.reason)).toEqual(['tooMany', 'tooMany']);
  });
});

describe('the summary', () => {
  it('puts ratings side by side and flags a spread of two points or more', () => {
    const loaded = mergeFiles(
      [],
      [
        file('a.json', card()),
        file(
          'b.json',
          card({
            interviewer: 'Ben',
            stage: 'case',
            lean: 'no-hire',
            ratings: [{ competency: 'communication', rating: 2, evidence: 'Vague.' }],
          }),
        ),
        file(
          'c.json',
          card({
            interviewer: 'Cy',
            stage: 'executive',
            lean: 'hire',
            ratings: [
              { competency: 'communication', rating: 3, evidence: '' },
              { competency: 'innovation', rating: 5, evidence: '' },
            ],
          }),
        ),
      ],
      skillIds,
      stageIds,
    ).loaded;
    const { rows, leans } = summarise(loaded, skillIds);
    expect(rows.map((r) => r.competency)).toEqual(['communication', 'technical-knowledge', 'innovation']);
    const communication = rows[0]!;
    expect(communication.ratings).toEqual([4, 2, 3]);
    expect(communication.mean).toBe(3);
    expect(communication.median).toBe(3);
    expect(communication.spread).toBe(2);
    expect(communication.flagged).toBe(true);
    expect(rows[1]).toMatchObject({ ratings: [3, undefined, undefined], spread: 0, flagged: false });
    expect(leans).toEqual({ hire: 2, 'no-hire': 1, undecided: 0 });
    expect(notesOn(loaded, 'communication').map((n) => n.interviewer)).toEqual(['Ana', 'Ben']);
    expect(median([1, 4])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });
});
