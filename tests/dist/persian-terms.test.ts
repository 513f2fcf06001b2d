import { beforeAll, describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { readData } from '../support/data-files';
import { assertBuilt, variants } from '../support/build-variants';
import { builtPages, textOf, type BuiltPage } from '../support/html';
import { findAvoidedTerms } from '../../src/lib/persian-terms';

const terms = readData('terms');

/**
 * What a reader of a Persian page reads: the body text, the title and description, and the labels
 * of controls and images. Pagefind's hidden keywords are left out on purpose: they hold the
 * variants readers may type («سنیور», «دایرکتور محصول») so search still finds the page.
 */
function readerText(page: BuiltPage): string {
  const body = page.doc.querySelector('body')!.clone() as HTMLElement;
  for (const el of body.querySelectorAll('script, style, template, [data-pagefind-weight], [data-pagefind-filter]')) {
    el.remove();
  }
  const head = ['title', 'meta[name="description"]', 'meta[property="og:image:alt"]'].map((selector) => {
    const el = page.doc.querySelector(selector);
    return el?.getAttribute('content') ?? textOf(el);
  });
  const labels = body
    .querySelectorAll('[aria-label], [title], [alt]')
    .flatMap((el) => ['aria-label', 'title', 'alt'].map((a) => el.getAttribute(a) ?? ''));
  return [...head, textOf(body), ...labels].join('\n');
}

describe.each(variants)('Persian terms in the $name build', ({ dir }) => {
  const persian = () => builtPages(dir).filter((p) => p.route.startsWith('fa/'));
  beforeAll(() => assertBuilt(dir));

  it('use no variant that src/data/terms.yaml tells writers to avoid', () => {
    const hits = persian().flatMap((p) =>
      findAvoidedTerms(readerText(p), terms).map((h) => `${p.route}: «${h.variant}» (${h.term}) in “${h.context}”`),
    );
    expect(hits).toEqual([]);
  });

  it('head each skill on the skills page with its term', () => {
    const page = persian().find((p) => p.route === 'fa/role/skills/')!;
    const headings = page.doc.querySelectorAll('h3').map((h) => textOf(h));
    for (const term of terms.filter((t) => t.skill)) expect(headings).toContain(term.fa.term);
  });

  it('explain the title convention on the glossary page, from the terms data', () => {
    const page = persian().find((p) => p.route === 'fa/about/glossary/')!;
    const rows = page.doc.querySelectorAll('.title-terms tbody tr').map((tr) => textOf(tr.querySelector('td')));
    const titles = terms.filter((t) => t.group === 'title').sort((a, b) => a.order! - b.order!);
    expect(rows).toEqual(titles.map((t) => t.fa.term));
  });
});
