import { beforeAll, describe, expect, it } from 'vitest';
import { sidebarSlugs } from '../../src/config/sidebar';
import { assertBuilt, variants } from '../support/build-variants';
import { builtPages, textOf } from '../support/html';
import { readData } from '../support/data-files';
import { formatMoney } from '../../src/lib/locale';
import { STAND_IN_PAY } from '../../src/config/stand-in-pay';

const root = variants.find((v) => v.name === 'root') ?? variants[0]!;
const articles = () => builtPages(root.dir).filter((p) => sidebarSlugs.includes(p.route.replace(/\/$/, '')));

/** From ../shared/design/writing.md: words that make a page read as filler. */
const BANNED = [
  /\bdelve/i,
  /\bpivotal\b/i,
  /\bcrucial\b/i,
  /\bparamount\b/i,
  /fast-paced world/i,
  /\blandscape\b/i,
  /\brealm\b/i,
  /\btapestry\b/i,
  /\bleverag(e|es|ing|ed)\b/i,
  /\bseamless/i,
  /\brobust\b/i,
  /\bunlock/i,
  /\bempower/i,
  /\belevate/i,
  /\bembark/i,
  /game-changer/i,
  /\bsynergy\b/i,
  /navigate the complexities/i,
  /it's important to note/i,
  /\bin conclusion\b/i,
  /\bhe or she\b/i,
  /\bblackmail\b/i,
];

describe('content of the built guide', () => {
  beforeAll(() => assertBuilt(root.dir));

  it('shows a last-reviewed date on every article', () => {
    const missing = articles()
      .filter((p) => !/Last reviewed:/.test(textOf(p.doc.querySelector('main'))) || !p.doc.querySelector('main time[datetime]'))
      .map((p) => p.route);
    expect(missing).toEqual([]);
  });

  it('lists sources on every page that shows a money figure', () => {
    const uncited = builtPages(root.dir)
      .filter((p) => /\$\d/.test(textOf(p.doc.querySelector('main'))))
      .filter((p) => p.doc.querySelectorAll('#sources ~ ol li, section.source-list li').length === 0)
      .map((p) => p.route || 'home');
    expect(uncited).toEqual([]);
  });

  it('cites at least one source on every article', () => {
    const uncited = articles()
      .filter((p) => p.route !== 'about/all-topics/')
      .filter((p) => p.doc.querySelectorAll('section.source-list li').length === 0)
      .map((p) => p.route);
    expect(uncited).toEqual([]);
  });

  it('presents no figure without a named survey as a benchmark: home and job ad quote the official stand-in', () => {
    const figure = (id: string) => readData('salaryFigures').find((f) => f.id === id)!;
    const article = formatMoney(figure('lead-pm-median').annual);
    const standIn = formatMoney(figure(STAND_IN_PAY.median).annual);
    const page = (route: string) => builtPages(root.dir).find((p) => p.route === route)!;
    const home = textOf(page('').doc.querySelector('.quick-facts'));
    expect(home).toContain(standIn);
    expect(home).not.toContain(article);
    expect(textOf(page('hiring/job-description/').doc.querySelector('main'))).not.toContain(article);
  });

  it('cites as "(Publisher, year)", and lists no title as "?."', () => {
    const problems = builtPages(root.dir).flatMap((p) => [
      ...p.doc.querySelectorAll('main .cite').map((c) => textOf(c)).filter((t) => /Source:/.test(t)),
      ...p.doc.querySelectorAll('.source-list li').map((li) => textOf(li)).filter((t) => /[?!]\./.test(t)),
    ]).map((t) => t.slice(0, 80));
    expect(problems).toEqual([]);
  });

  it('uses none of the filler words the writing guide bans', () => {
    const hits = builtPages(root.dir).flatMap((p) => {
      const text = textOf(p.doc.querySelector('main'));
      return BANNED.filter((re) => re.test(text)).map((re) => `${p.route || 'home'}: ${re.source}`);
    });
    expect(hits).toEqual([]);
  });

  describe('every data entry appears on some page', () => {
    const allText = () => builtPages(root.dir).map((p) => textOf(p.doc.querySelector('main'))).join('\n');
    const cases: [string, () => string[]][] = [
      ['duties', () => readData('duties').map((d) => d.title)],
      ['skills', () => readData('skills').map((s) => s.name)],
      ['levels', () => readData('levels').map((l) => l.title)],
      ['certifications', () => readData('certifications').map((c) => c.name)],
      ['facts', () => readData('facts').map((f) => f.value)],
      ['glossary', () => readData('glossary').map((g) => g.term)],
      ['roles', () => readData('roles').map((r) => r.title)],
      ['trends', () => readData('trends').map((t) => t.title)],
      ['jd-items', () => readData('jdItems').map((j) => j.text)],
      ['soc-codes', () => readData('socCodes').flatMap((c) => [c.code, c.title, c.standsFor])],
      ['sources', () => readData('sources').map((s) => s.title)],
      ['salary-figures', () => readData('salaryFigures').map((f) => formatMoney(f.annual, f.currency))],
      ['lead-pm-definitions', () => readData('leadPmDefinitions').map((d) => d.summary.replace(/\.$/, ''))],
    ];
    it.each(cases)('%s', (_name, texts) => {
      const text = allText();
      const unused = texts().filter((t) => !text.includes(t.replace(/\s+/g, ' ').trim()));
      expect(unused).toEqual([]);
    });
  });
});
