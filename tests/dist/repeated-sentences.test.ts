/**
 * One thing in one place: no sentence of nine or more words may appear on two different articles
 * of the same language. A page that needs what another page says links to it instead.
 *
 * One kind of sentence may repeat: a job-ad line (a line of src/data/jd-items.yaml or a duty's
 * jdLine). The job-description template, the builder, the interview kit and the duties page all
 * quote those lines as lines of an ad, and the builder assembles an ad from them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { sidebarSlugs } from '../../src/config/sidebar';
import { localise } from '../../src/lib/locale';
import { assertBuilt, variants } from '../support/build-variants';
import { readData } from '../support/data-files';
import { builtPages } from '../support/html';
import { sentences } from '../support/sentences';

const root = variants.find((v) => v.name === 'root') ?? variants[0]!;

/**
 * What is not article prose: the list of sources under each page and the citations in the text
 * (publisher, year and copy repeat by design), code, and the two rating forms (the self-assessment and the interview scorecard), where each skill's
 * rating scale must sit beside the control it labels. The skills page explains the skills and links
 * to both forms instead of printing the scale a third time.
 */
const NOT_PROSE = ['section.source-list', '.cite', 'script', 'style', 'template', 'pre', 'code', '[data-rating-form]'];

/** The article's prose as text with a line break at every block, so sentences never run across blocks. */
function prose(main: HTMLElement): string {
  const copy = main.clone() as HTMLElement;
  for (const selector of NOT_PROSE) copy.querySelectorAll(selector).forEach((el) => el.remove());
  return copy.structuredText;
}

/** Every job-ad line in one language, normalised: the one kind of sentence that may repeat. */
function jobAdLines(lang: 'en' | 'fa'): Set<string> {
  const items = readData('jdItems').map((item) => localise(item, lang).text);
  const duties = readData('duties').map((duty) => localise(duty, lang).jdLine);
  return new Set([...items, ...duties].flatMap((line) => sentences(line)));
}

const slugOf = (route: string) => route.replace(/\/$/, '').replace(/^fa\//, '');

/** Every repeated sentence, with the articles it appears on. */
function repeats(lang: 'en' | 'fa'): string[] {
  const pages = builtPages(root.dir).filter((p) => {
    const isFa = p.route.startsWith('fa/');
    return isFa === (lang === 'fa') && sidebarSlugs.includes(slugOf(p.route));
  });
  const seen = new Map<string, Set<string>>();
  for (const page of pages) {
    const main = page.doc.querySelector('main .sl-markdown-content');
    if (!main) continue;
    for (const sentence of new Set(sentences(prose(main)))) {
      const where = seen.get(sentence) ?? new Set<string>();
      where.add(slugOf(page.route));
      seen.set(sentence, where);
    }
  }
  const allowed = jobAdLines(lang);
  return [...seen]
    .filter(([sentence, where]) => where.size > 1 && !allowed.has(sentence))
    .map(([sentence, where]) => `${[...where].join(' + ')}: "${sentence}"`)
    .sort();
}

describe('each sentence is written once', () => {
  beforeAll(() => assertBuilt(root.dir));

  it('no English sentence of nine or more words appears on two articles', () => {
    expect(repeats('en')).toEqual([]);
  });

  it('no Persian sentence of nine or more words appears on two articles', () => {
    expect(repeats('fa')).toEqual([]);
  });
});
