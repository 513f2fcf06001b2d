import { describe, expect, it } from 'vitest';
import {
  compareWith,
  exportDocument,
  findGaps,
  isRating,
  NEXT_BAR,
  ratingsFromEntries,
  summarise,
  summaryText,
  type AssessedSkill,
  type Rating,
} from '../../src/components/SelfAssessment/assessment-logic';
import {
  clearAssessment,
  emptyAssessment,
  loadAssessment,
  parseState,
  saveAssessment,
  saveChange,
  serialiseState,
  STORAGE_KEY,
  type Assessment,
} from '../../src/components/SelfAssessment/state';
import { CHART, profileChart, scaleX, type SvgNode } from '../../src/components/SelfAssessment/chart';
import { readData } from '../support/data-files';
import { memoryStorage } from '../support/memory-storage';

/** A skill whose lead PM bar is `leadBar`, with a senior bar one lower and a group bar as high. */
const skill = (id: string, leadBar: number): AssessedSkill => ({
  id,
  name: id[0]!.toUpperCase() + id.slice(1),
  bars: { senior: Math.max(1, leadBar - 1), lead: leadBar, group: leadBar },
  nextStep: `Practise ${id}.`,
  href: `/role/skills/#${id}`,
});
const assessed = [
  skill('communication', 5),
  skill('technical', 3),
  skill('leadership', 4),
  skill('coaching', 4),
];
/** The skills against the lead PM bar, as most tests read them. */
const skills = compareWith(assessed, 'lead');
const ids = skills.map((s) => s.id);
const ratings = (entries: Record<string, Rating>) => new Map(Object.entries(entries));
const assessment = (entries: Record<string, Rating>, level: Assessment['level'] = 'senior'): Assessment => ({
  ratings: ratings(entries),
  level,
});

describe('the next level', () => {
  it('compares each level with the bar of the one above', () => {
    expect(NEXT_BAR).toEqual({ pm: 'senior', senior: 'lead', lead: 'group' });
    expect(compareWith(assessed, 'senior').map((s) => s.bar)).toEqual([4, 2, 3, 3]);
  });

  it('finds gaps to the senior bar that the lead bar would add to', () => {
    const rated = ratings({ communication: 4, technical: 2 });
    expect(findGaps(compareWith(assessed, 'senior'), rated)).toEqual([]);
    expect(findGaps(compareWith(assessed, 'lead'), rated).map((g) => [g.skill.id, g.gap])).toEqual([
      ['communication', 1],
      ['technical', 1],
    ]);
  });

  it('reads every real skill against each bar without a bar falling as the level rises', () => {
    for (const s of readData('skills')) {
      expect(s.bars.senior).toBeLessThanOrEqual(s.bars.lead);
      expect(s.bars.lead).toBeLessThanOrEqual(s.bars.group);
    }
  });
});

describe('isRating', () => {
  it('accepts only whole numbers 1 to 5', () => {
    expect([1, 2, 3, 4, 5].every(isRating)).toBe(true);
    for (const v of [0, 6, 2.5, -1, '3', null, undefined, NaN, Infinity, {}, [3], true]) {
      expect(isRating(v)).toBe(false);
    }
  });
});

describe('findGaps', () => {
  it('lists rated skills below the bar, largest gap first', () => {
    const gaps = findGaps(skills, ratings({ communication: 2, technical: 5, leadership: 3, coaching: 4 }));
    expect(gaps.map((g) => [g.skill.id, g.gap])).toEqual([
      ['communication', 3],
      ['leadership', 1],
    ]);
  });

  it('keeps the skills’ own order when gaps tie', () => {
    const gaps = findGaps(skills, ratings({ coaching: 2, leadership: 2, communication: 3 }));
    expect(gaps.map((g) => g.skill.id)).toEqual(['communication', 'leadership', 'coaching']);
  });

  it('leaves unrated skills out, and is empty with no ratings', () => {
    expect(findGaps(skills, ratings({ technical: 1 })).map((g) => g.skill.id)).toEqual(['technical']);
    expect(findGaps(skills, new Map())).toEqual([]);
  });

  it('ignores ratings for skills it does not know', () => {
    expect(findGaps(skills, ratings({ juggling: 1 }))).toEqual([]);
  });
});

describe('summarise and summaryText', () => {
  const strings = {
    empty: 'Nothing yet.',
    withGaps: '{{rated}}/{{total}} rated, {{atOrAbove}} ok, {{below}} short by {{points}}.',
    noGaps: '{{rated}}/{{total}} rated, all at the bar.',
  };

  it('counts rated skills, those at the bar and the points missing', () => {
    const summary = summarise(skills, ratings({ communication: 3, technical: 3, leadership: 1 }));
    expect(summary).toEqual({ total: 4, rated: 3, atOrAbove: 1, below: 2, points: 5 });
    expect(summaryText(summary, strings)).toBe('3/4 rated, 1 ok, 2 short by 5.');
  });

  it('has its own sentences for no ratings and for no gaps', () => {
    expect(summaryText(summarise(skills, new Map()), strings)).toBe('Nothing yet.');
    expect(summaryText(summarise(skills, ratings({ technical: 4 })), strings)).toBe(
      '1/4 rated, all at the bar.',
    );
  });
});

describe('ratingsFromEntries', () => {
  it('reads the checked radios of known skills', () => {
    const read = ratingsFromEntries(
      [
        ['communication', '4'],
        ['technical', '1'],
      ],
      ids,
    );
    expect(Object.fromEntries(read)).toEqual({ communication: 4, technical: 1 });
  });

  it('skips values that are not a rating and names that are not skills', () => {
    const read = ratingsFromEntries(
      [
        ['communication', '6'],
        ['technical', '3.5'],
        ['leadership', ' 2'],
        ['coaching', {}],
        ['__proto__', '3'],
        ['other', '3'],
      ],
      ids,
    );
    expect(read.size).toBe(0);
  });
});

describe('exportDocument', () => {
  it('lists every skill with rating, the three bars and the gap to the next level', () => {
    const doc = exportDocument(
      assessed,
      ratings({ communication: 3, technical: 5 }),
      new Date('2026-11-23T10:00:00Z'),
    );
    expect(doc.exportedAt).toBe('2026-11-23T10:00:00.000Z');
    expect(doc.version).toBe(2);
    expect(doc).toMatchObject({ currentLevel: 'senior', nextLevel: 'lead' });
    expect(doc.skills).toEqual([
      {
        id: 'communication',
        name: 'Communication',
        rating: 3,
        bars: { senior: 4, lead: 5, group: 5 },
        nextBar: 5,
        gap: 2,
      },
      {
        id: 'technical',
        name: 'Technical',
        rating: 5,
        bars: { senior: 2, lead: 3, group: 3 },
        nextBar: 3,
        gap: 0,
      },
      {
        id: 'leadership',
        name: 'Leadership',
        rating: null,
        bars: { senior: 3, lead: 4, group: 4 },
        nextBar: 4,
        gap: null,
      },
      {
        id: 'coaching',
        name: 'Coaching',
        rating: null,
        bars: { senior: 3, lead: 4, group: 4 },
        nextBar: 4,
        gap: null,
      },
    ]);
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('measures the gap from the bar of the level after the one chosen', () => {
    const doc = exportDocument(assessed, ratings({ communication: 3 }), new Date(0), 'pm');
    expect(doc.nextLevel).toBe('senior');
    expect(doc.skills[0]).toMatchObject({ nextBar: 4, gap: 1 });
  });
});

describe('stored state', () => {
  it('round-trips through serialiseState and parseState, the level included', () => {
    const saved = assessment({ communication: 5, coaching: 1 }, 'lead');
    expect(parseState(serialiseState(saved), ids)).toEqual(saved);
  });

  it('reads text saved before the level existed, and an unknown level, as the default level', () => {
    expect(parseState('{"version":1,"ratings":{"communication":3}}', ids)).toEqual(
      assessment({ communication: 3 }),
    );
    expect(parseState('{"version":1,"ratings":{},"level":"<b>ceo</b>"}', ids).level).toBe('senior');
  });

  it.each([
    ['nothing stored', null],
    ['not a string', 42],
    ['empty', ''],
    ['broken JSON', '{"version":1,"ratings":{'],
    ['JSON null', 'null'],
    ['a number', '5'],
    ['an array', '[1,2,3]'],
    ['no version', '{"ratings":{"communication":3}}'],
    ['a future version', '{"version":2,"ratings":{"communication":3}}'],
    ['ratings as an array', '{"version":1,"ratings":[3,3,3]}'],
    ['ratings as a string', '{"version":1,"ratings":"communication=3"}'],
    ['a huge value', `{"version":1,"ratings":{"communication":3},"pad":"${'x'.repeat(20_000)}"}`],
  ])('reads %s as no ratings, without throwing', (_name, raw) => {
    expect(parseState(raw, ids)).toEqual(emptyAssessment());
  });

  it('keeps good ratings and drops bad ones in the same record', () => {
    const raw = JSON.stringify({
      version: 1,
      ratings: {
        communication: 4,
        technical: '3',
        leadership: 7,
        coaching: 2.5,
        juggling: 3,
        '<img src=x onerror=alert(1)>': 5,
      },
    });
    expect(Object.fromEntries(parseState(raw, ids).ratings)).toEqual({ communication: 4 });
  });

  it('is not fooled by prototype tricks', () => {
    const raw =
      '{"version":1,"ratings":{"__proto__":{"communication":5},"constructor":{"prototype":{"x":1}}}}';
    const parsed = parseState(raw, [...ids, 'constructor', '__proto__']);
    expect(parsed.ratings.size).toBe(0);
    expect(({} as Record<string, unknown>)['communication']).toBeUndefined();
  });

  it('saves, loads and clears under a versioned key', () => {
    const storage = memoryStorage();
    expect(STORAGE_KEY).toMatch(/v1$/);
    expect(saveAssessment(storage, assessment({ leadership: 3 }, 'lead'))).toBe(true);
    expect(storage.data.has(STORAGE_KEY)).toBe(true);
    expect(loadAssessment(storage, ids)).toEqual(assessment({ leadership: 3 }, 'lead'));
    expect(clearAssessment(storage)).toBe(true);
    expect(storage.data.has(STORAGE_KEY)).toBe(false);
    expect(loadAssessment(storage, ids)).toEqual(emptyAssessment());
  });

  it('saves one change on top of what another tab stored since, instead of over it', () => {
    const storage = memoryStorage();
    const mine = assessment({ communication: 4 });
    saveAssessment(storage, mine);
    // Another tab rates a second skill; this page has not heard of it yet.
    saveAssessment(storage, assessment({ communication: 4, innovation: 2 }));
    const { assessment: merged, saved } = saveChange(
      storage,
      [...ids, 'innovation'],
      { skill: 'technical', rating: 5 },
      mine,
    );
    expect(saved).toBe(true);
    expect(Object.fromEntries(merged.ratings)).toEqual({ communication: 4, innovation: 2, technical: 5 });
    expect(Object.fromEntries(loadAssessment(storage, [...ids, 'innovation']).ratings)).toEqual({
      communication: 4,
      innovation: 2,
      technical: 5,
    });
    expect(saveChange(storage, ids, { level: 'pm' }, merged).assessment.level).toBe('pm');
  });

  it('survives storage that is missing or throws', () => {
    const hostile = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('nope');
      },
    };
    expect(loadAssessment(hostile, ids)).toEqual(emptyAssessment());
    expect(saveAssessment(hostile, assessment({ leadership: 3 }))).toBe(false);
    expect(clearAssessment(hostile)).toBe(false);
    expect(loadAssessment(null, ids)).toEqual(emptyAssessment());
    expect(saveAssessment(null, assessment({ leadership: 3 }))).toBe(false);
    expect(saveChange(null, ids, { skill: 'leadership', rating: 3 }, emptyAssessment()).saved).toBe(false);
  });
});

describe('profileChart', () => {
  const strings = {
    title: 'Profile',
    desc: 'Summary',
    yourRating: 'Your rating',
    bar: 'Lead PM bar',
    rowValue: 'you {{rating}} · bar {{bar}}',
    rowUnrated: 'not rated · bar {{bar}}',
  };
  const chart = profileChart(skills, ratings({ communication: 3, technical: 5 }), strings);
  const all = (node: SvgNode): SvgNode[] => [node, ...(node.children ?? []).flatMap(all)];
  const rows = all(chart).filter((n) => n.tag === 'g' && 'data-skill' in n.attrs);
  const row = (id: string) => rows.find((r) => r.attrs['data-skill'] === id)!;
  const part = (id: string, cls: string) => row(id).children!.find((c) => c.attrs['class'] === cls);

  it('is an accessible image named by its title and description', () => {
    expect(chart.tag).toBe('svg');
    expect(chart.attrs['role']).toBe('img');
    const [title, desc] = chart.children!;
    expect(title).toMatchObject({ tag: 'title', text: 'Profile' });
    expect(desc).toMatchObject({ tag: 'desc', text: 'Summary' });
    expect(chart.attrs['aria-labelledby']).toBe(`${title!.attrs['id']} ${desc!.attrs['id']}`);
  });

  it('draws one row per skill, in order', () => {
    expect(rows.map((r) => r.attrs['data-skill'])).toEqual(ids);
  });

  it('sizes the rating bar on the 0-5 scale and puts the marker at the lead PM bar', () => {
    expect(part('communication', 'rating')!.attrs['width']).toBe(scaleX(3) - CHART.padX);
    expect(part('communication', 'bar-marker')!.attrs['x1']).toBe(scaleX(5));
    expect(scaleX(5)).toBe(CHART.width - CHART.padX);
  });

  it('outlines the gap only where the rating is below the bar', () => {
    const gap = part('communication', 'gap')!;
    expect(gap.attrs['x']).toBe(scaleX(3));
    expect(gap.attrs['width']).toBe(scaleX(5) - scaleX(3));
    expect(part('technical', 'gap')).toBeUndefined();
  });

  it('shows unrated skills with the bar but no rating', () => {
    expect(part('leadership', 'rating')).toBeUndefined();
    expect(part('leadership', 'bar-marker')).toBeDefined();
    expect(part('leadership', 'note')!.text).toBe('not rated · bar 4');
    expect(part('communication', 'note')!.text).toBe('you 3 · bar 5');
  });

  it('fits every row inside the viewBox', () => {
    const height = Number(String(chart.attrs['viewBox']).split(' ')[3]);
    const lastTrack = part('coaching', 'track')!;
    expect(Number(lastTrack.attrs['y']) + Number(lastTrack.attrs['height'])).toBeLessThanOrEqual(height);
  });

  it('carries text only as text nodes, never as markup', () => {
    const hostile = profileChart(
      [{ id: 'x', name: '<script>alert(1)</script>', bar: 4 }],
      new Map(),
      strings,
    );
    const texts = all(hostile).filter((n) => n.text !== undefined);
    expect(texts.some((n) => n.text === '<script>alert(1)</script>')).toBe(true);
    expect(all(hostile).every((n) => /^[a-z]+$/.test(n.tag))).toBe(true);
  });

  it('charts every skill in src/data/skills.yaml', () => {
    const data = readData('skills');
    const full = profileChart(
      data.map((s) => ({ id: s.id, name: s.name, bar: s.bars.lead })),
      new Map(),
      strings,
    );
    expect(all(full).filter((n) => n.attrs['data-skill'] !== undefined)).toHaveLength(data.length);
  });
});
