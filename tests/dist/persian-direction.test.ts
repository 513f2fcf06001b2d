import { beforeAll, describe, expect, it } from 'vitest';
import type { Node } from 'node-html-parser';
import { HTMLElement, TextNode } from 'node-html-parser';
import { assertBuilt, variants } from '../support/build-variants';
import { builtPages } from '../support/html';
import { LTR_RUN } from '../../src/lib/bidi';

/** Each code or URL in a page's visible text that no dir="ltr" element holds, with its context. */
function unisolated(root: HTMLElement): string[] {
  const found: string[] = [];
  const walk = (node: Node, ltr: boolean) => {
    if (node instanceof TextNode) {
      if (ltr) return;
      for (const match of node.rawText.matchAll(LTR_RUN)) {
        const at = match.index;
        found.push(`${match[0]} in “${node.rawText.slice(Math.max(0, at - 25), at + match[0].length + 25).trim()}”`);
      }
      return;
    }
    if (!(node instanceof HTMLElement)) return;
    if (['script', 'style', 'template'].includes(node.rawTagName?.toLowerCase() ?? '')) return;
    const dir = node.getAttribute('dir');
    for (const child of node.childNodes) walk(child, dir ? dir === 'ltr' : ltr);
  };
  walk(root, false);
  return found;
}

describe.each(variants)('direction on Persian pages in the $name build', ({ dir }) => {
  const persian = () => builtPages(dir).filter((p) => p.route.startsWith('fa/'));
  beforeAll(() => assertBuilt(dir));

  it('holds every code, Latin-digit range and URL in a left-to-right isolate', () => {
    const hits = persian().flatMap((p) => unisolated(p.doc.querySelector('body')!).map((h) => `${p.route}: ${h}`));
    expect(hits).toEqual([]);
  });

  it('keeps SOC codes whole: left to right and unbroken in running text and table cells', () => {
    for (const route of ['fa/career/salary/', 'fa/about/sources/', 'fa/role/titles/', 'fa/about/glossary/']) {
      const page = persian().find((p) => p.route === route)!;
      const codes = page.doc.querySelectorAll('bdi.ltr-code').map((el) => el.text);
      expect(codes, route).toContain('11-3021');
      expect(page.doc.querySelectorAll('bdi.ltr-code').every((el) => el.getAttribute('dir') === 'ltr')).toBe(true);
    }
  });

  it('never sets a middle dot beside Persian digits, where it reads as the Persian zero', () => {
    const hits = persian().flatMap((p) => {
      const text = p.doc.querySelector('body')!.text;
      return [...text.matchAll(/[۰-۹]\s*·|·\s*[۰-۹]/g)].map((m) => `${p.route}: ${m[0]}`);
    });
    expect(hits).toEqual([]);
  });
});
