import { describe, expect, it } from 'vitest';
import {
  answersFromParams,
  answersToParams,
  type ChoiceQuestion,
  type OptionOf,
  lowerMedian,
  nearestTitles,
  optionsOf,
  parseYears,
  placeJob,
  rungForYears,
  tracksMatch,
  withAnswers,
  type Answers,
  type FrameworkEntry,
  type LevelInfo,
} from '../../src/components/TitleDecoder/decoder-logic';
import {
  describePlacement,
  gradeText,
  type DecoderStrings,
  type FormText,
} from '../../src/components/TitleDecoder/decoder-text';
import { readData } from '../support/data-files';

const levels: LevelInfo[] = readData('levels').map(({ id, rung, track, years }) => ({
  id,
  rung,
  track,
  years,
}));
const rungOf = new Map(levels.map((l) => [l.id, l.rung]));
const entries: FrameworkEntry[] = readData('frameworkTitles').map((e) => ({
  id: e.id,
  framework: e.framework,
  order: e.order,
  rung: rungOf.get(e.level)!,
  track: e.track,
}));
const of = (framework: string) => entries.filter((e) => e.framework === framework);

describe('framework titles data', () => {
  it('maps every title to a level of the ladder', () => {
    const ids = new Set(levels.map((l) => l.id));
    expect(
      readData('frameworkTitles')
        .filter((e) => !ids.has(e.level))
        .map((e) => e.id),
    ).toEqual([]);
  });

  it('keeps each framework in order, without gaps or repeats', () => {
    for (const framework of ['gitlab', 'ddat', 'moj']) {
      const orders = of(framework).map((e) => e.order);
      expect(orders).toEqual(orders.map((_, i) => i + 1));
    }
  });

  it('never lets a framework fall as its order rises', () => {
    for (const framework of ['gitlab', 'ddat', 'moj']) {
      const titles = readData('frameworkTitles').filter((e) => e.framework === framework);
      const grades = titles.flatMap((e) => (e.grade === undefined ? [] : [e.grade]));
      expect(grades).toEqual([...grades].sort((a, b) => a - b));
    }
  });
});

describe('placing a job', () => {
  it('needs two answers', () => {
    expect(placeJob({}, levels)).toBeUndefined();
    expect(placeJob({ scope: 'several' }, levels)).toBeUndefined();
    expect(placeJob({ scope: 'several', team: 'manage12' }, levels)).toBeDefined();
  });

  it('places a textbook people lead at lead PM', () => {
    const placed = placeJob(
      { scope: 'several', team: 'manage12', decisions: 'strategy', reports: 'director', years: 7 },
      levels,
    );
    expect(placed).toMatchObject({ rung: 4, track: 'manager', levelIds: ['lead-pm'], leadKind: 'people' });
    expect(placed?.agreement).toBe('agree');
  });

  it('tells an individual-contributor lead from a people lead', () => {
    expect(placeJob({ scope: 'several', team: 'guide12' }, levels)).toMatchObject({
      levelIds: ['lead-pm'],
      leadKind: 'ic',
      track: 'individual',
    });
  });

  it('splits the rung group and principal PM share by the team answer', () => {
    expect(placeJob({ scope: 'line', team: 'manage35' }, levels)?.levelIds).toEqual(['group-pm']);
    expect(placeJob({ scope: 'line', team: 'guide3' }, levels)?.levelIds).toEqual(['principal-pm']);
    expect(placeJob({ scope: 'line', decisions: 'investment' }, levels)?.levelIds).toEqual([
      'group-pm',
      'principal-pm',
    ]);
  });

  it('stops a job with no PM to lead at senior PM, and says why', () => {
    const placed = placeJob({ scope: 'all', team: 'none', decisions: 'company', reports: 'ceo' }, levels);
    expect(placed).toMatchObject({ rung: 3, levelIds: ['senior-pm'] });
    expect(placed?.notes).toEqual(expect.arrayContaining(['noTeam', 'reportsCeo']));
  });

  it('does not let one inflated answer lift the job', () => {
    const placed = placeJob(
      { scope: 'several', team: 'manage12', decisions: 'strategy', reports: 'ceo', years: 6 },
      levels,
    );
    expect(placed?.levelIds).toEqual(['lead-pm']);
    expect(placed?.notes).toContain('reportsCeo');
    expect(placed?.agreement).toBe('mixed');
  });

  it('flags an individual contributor above the guide’s highest IC level', () => {
    const placed = placeJob({ scope: 'section', team: 'guide3', decisions: 'budget' }, levels);
    expect(placed).toMatchObject({ rung: 6, levelIds: ['principal-pm'], track: 'individual' });
    expect(placed?.notes).toContain('icAbove');
    // GitLab's senior principal PM is the title of that height.
    expect(nearestTitles(of('gitlab'), 6, 'individual').map((m) => m.id)).toEqual([
      'gitlab-senior-principal-pm',
    ]);
  });

  it('compares the ad’s title with the job', () => {
    const answers: Answers = { scope: 'product', team: 'none', decisions: 'roadmap', title: 'lead-pm' };
    expect(placeJob(answers, levels)?.titleGap).toBe(1);
    expect(placeJob({ ...answers, title: 'senior-pm' }, levels)?.titleGap).toBe(0);
    expect(placeJob({ ...answers, title: 'product-manager' }, levels)?.titleGap).toBe(-1);
  });

  it('places every combination of answers on a level, without throwing', () => {
    const ids = new Set(levels.map((l) => l.id));
    const choices = <Q extends ChoiceQuestion>(q: Q): (OptionOf<Q> | undefined)[] => [
      undefined,
      ...optionsOf(q),
    ];
    let placed = 0;
    for (const scope of choices('scope'))
      for (const team of choices('team'))
        for (const decisions of choices('decisions'))
          for (const reports of choices('reports'))
            for (const years of [undefined, 0, 7, 40]) {
              const answers: Answers = {};
              if (scope) answers.scope = scope;
              if (team) answers.team = team;
              if (decisions) answers.decisions = decisions;
              if (reports) answers.reports = reports;
              if (years !== undefined) answers.years = years;
              const result = placeJob(answers, levels);
              const count = Object.values(answers).filter((v) => v !== undefined).length;
              if (count < 2) {
                expect(result).toBeUndefined();
                continue;
              }
              placed++;
              expect(result!.levelIds.length).toBeGreaterThan(0);
              for (const id of result!.levelIds) expect(ids.has(id)).toBe(true);
              if (team === 'none') expect(result!.rung).toBeLessThanOrEqual(3);
              if (team?.startsWith('manage')) expect(result!.track).toBe('manager');
            }
    expect(placed).toBeGreaterThan(3000);
  });
});

describe('the rules underneath', () => {
  it('takes the lower middle of an even count', () => {
    expect(lowerMedian([4, 8])).toBe(4);
    expect(lowerMedian([3, 4, 4, 8])).toBe(4);
    expect(lowerMedian([1, 5, 2])).toBe(2);
  });

  it('reads years against the ladder’s typical experience', () => {
    expect(rungForYears(0, levels)).toBe(1);
    expect(rungForYears(7, levels)).toBe(4);
    expect(rungForYears(10, levels)).toBe(5);
    expect(rungForYears(40, levels)).toBe(8);
  });

  it('matches tracks', () => {
    expect(tracksMatch('either', 'manager')).toBe(true);
    expect(tracksMatch('executive', 'manager')).toBe(true);
    expect(tracksMatch('manager', 'individual')).toBe(false);
    expect(tracksMatch('individual', undefined)).toBe(true);
  });
});

describe('nearest framework titles', () => {
  it('names the titles either side where GitLab has no lead PM', () => {
    expect(nearestTitles(of('gitlab'), 4, 'manager')).toEqual([
      { id: 'gitlab-senior-pm', relation: 'below', steps: 1 },
      { id: 'gitlab-group-manager-product', relation: 'above', steps: 1 },
    ]);
    expect(nearestTitles(of('gitlab'), 4, 'individual').map((m) => m.id)).toEqual([
      'gitlab-senior-pm',
      'gitlab-principal-pm',
    ]);
  });

  it('finds DDaT’s lead PM level with a lead job, and MoJ’s senior PM', () => {
    expect(nearestTitles(of('ddat'), 4, 'manager')).toEqual([
      { id: 'ddat-lead-pm', relation: 'same', steps: 0 },
    ]);
    expect(nearestTitles(of('moj'), 4, 'individual').map((m) => m.id)).toEqual(['moj-senior-pm']);
  });

  it('says when the only title of that height is on the other track', () => {
    expect(nearestTitles(of('moj'), 5, 'individual')).toEqual([
      { id: 'moj-lead-pm', relation: 'otherTrack', steps: 0 },
    ]);
  });

  it('gives both GitLab titles of the shared rung when the track is unknown', () => {
    expect(nearestTitles(of('gitlab'), 5, undefined).map((m) => m.id)).toEqual([
      'gitlab-principal-pm',
      'gitlab-group-manager-product',
    ]);
  });

  it('finds something for every rung of every framework', () => {
    for (const framework of ['gitlab', 'ddat', 'moj'])
      for (let rung = 1; rung <= 8; rung++)
        for (const track of ['individual', 'manager', undefined] as const)
          expect(nearestTitles(of(framework), rung, track).length).toBeGreaterThan(0);
  });
});

describe('answers in the address', () => {
  const ids = levels.map((l) => l.id);

  it('round-trips every answer', () => {
    const answers: Answers = {
      scope: 'line',
      team: 'guide3',
      decisions: 'investment',
      reports: 'vp',
      years: 12,
      title: 'lead-pm',
    };
    const params = new URLSearchParams(answersToParams(answers));
    expect(answersFromParams(params, ids)).toEqual({ answers, dropped: 0 });
  });

  it('drops and counts what it cannot read, and ignores other parameters', () => {
    const params = new URLSearchParams(
      'scope=__proto__&team=manage12&years=%3Cscript%3E&title=javascript:alert(1)&utm_source=x&decisions=constructor',
    );
    expect(answersFromParams(params, ids)).toEqual({ answers: { team: 'manage12' }, dropped: 4 });
  });

  it('reads Persian digits and refuses years out of range', () => {
    expect(parseYears('۷')).toBe(7);
    expect(parseYears(' 12 ')).toBe(12);
    expect(parseYears('')).toBeNull();
    expect(parseYears('41')).toBeNaN();
    expect(parseYears('-1')).toBeNaN();
    expect(parseYears('7.5')).toBeNaN();
    expect(parseYears('1e3')).toBeNaN();
  });

  it('keeps other parameters when it writes the answers', () => {
    expect(withAnswers('?compare=a,b&scope=all', { scope: 'line', years: 3 })).toBe(
      '?compare=a%2Cb&scope=line&years=3',
    );
    expect(withAnswers('?scope=all', {})).toBe('');
  });
});

describe('the answer in words', () => {
  const strings: DecoderStrings = {
    need: 'Answer {{count}}.',
    either: '{{first}} or {{second}}',
    leadPeople: 'People lead.',
    leadIc: 'IC lead.',
    agreement: { agree: 'Agree.', mostly: 'Mostly.', mixed: 'Mixed.' },
    signal: '{{question}} {{answer}}: {{level}}.',
    signalNone: '{{question}} {{answer}}: none.',
    notes: { noTeam: 'No team.', icAbove: 'IC above.', reportsCeo: 'CEO.' },
    yearsAnswer: '{{years}} years',
    titleFits: '{{title}} fits.',
    titleAbove: '{{title}} is {{steps}} above.',
    titleBelow: '{{title}} is {{steps}} below.',
    relation: { same: 'Same', otherTrack: 'Other track', below: '{{steps}} below', above: '{{steps}} above' },
    stepOne: 'one step',
    stepMany: '{{count}} steps',
    grade: { gitlab: 'Grade {{grade}}', ddat: 'Level {{grade}} of 5', moj: 'Step {{grade}} of 5' },
    noGrade: 'No grade',
    locale: 'en-US',
  };
  const text: FormText = {
    question: {
      scope: 'Scope:',
      team: 'Team:',
      decisions: 'Decisions:',
      reports: 'Reports:',
      years: 'Years:',
      title: 'Title:',
    },
    option: { scope: { product: 'one product' }, team: { none: 'none' } },
    level: Object.fromEntries(readData('levels').map((l) => [l.id, l.title])),
  };
  const atRung = (rung: number) => levels.filter((l) => l.rung === rung).map((l) => l.id);

  it('explains each answer and the title', () => {
    const answers: Answers = { scope: 'product', team: 'none', years: 12, title: 'director-of-product' };
    const words = describePlacement(placeJob(answers, levels)!, answers, atRung, text, strings);
    expect(words.headline).toBe('Senior product manager');
    expect(words.reasons).toEqual([
      'Scope: one product: Senior product manager.',
      'Team: none: none.',
      'Years: 12 years: Director of product.',
    ]);
    // Capped only when the answers rise above senior PM: here they do not.
    expect(words.notes).toEqual([]);
    expect(words.title).toBe('Director of product is 3 steps above.');
  });

  it('writes Persian digits on Persian pages', () => {
    const fa = { ...strings, locale: 'fa-IR' };
    expect(gradeText('gitlab', 9, fa)).toBe('Grade ۹');
    expect(gradeText('gitlab', undefined, fa)).toBe('No grade');
    const answers: Answers = { scope: 'product', years: 12 };
    const words = describePlacement(placeJob(answers, levels)!, answers, atRung, text, fa);
    expect(words.reasons[1]).toContain('۱۲');
  });
});
