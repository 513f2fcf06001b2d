import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, rootBuild } from '../support/build-variants';
import { builtPages, type BuiltPage } from '../support/html';

/**
 * Gzipped bytes a page needs on a first visit, by kind: its HTML (inline styles and scripts
 * included, as they travel inside it), its CSS (inline <style> elements and linked stylesheets,
 * each compressed on its own), its scripts (those it loads or preloads and the modules they
 * import) and the rest it loads at once (the icon sprite, the Persian font). Font bytes are not
 * gzipped (woff2 is compressed already). Budgets leave about 10% room over today's weights; the
 * bench (`npm run bench -- weight stock session`) measures the same in Chromium against stock
 * Starlight.
 */
interface Budget {
  path: string;
  html: number;
  css: number;
  js: number;
  other: number;
}
const BUDGETS: Record<string, Budget> = {
  home: { path: '', html: 7_000, css: 14_000, js: 4_200, other: 2_700 },
  article: { path: 'role/work-environment/', html: 10_000, css: 13_800, js: 4_200, other: 2_700 },
  // The builder's script on load is capped at 20 KB by its issue; word lists load on first use.
  // HTML rose from about 21 KB to about 26 KB with issue 13: the "Where it will be posted" picker
  // (47 places and their rules, about 2 KB), the new fields (reporting line, PMs led, working
  // pattern, about the role, benefits) and the inclusive-wording panel with its strings (about
  // 1 KB); the budget keeps about 10% room over that.
  builder: { path: 'hiring/job-description-builder/', html: 28_500, css: 15_500, js: 20_480, other: 2_700 },
  assessment: { path: 'career/self-assessment/', html: 16_000, css: 15_300, js: 10_700, other: 2_700 },
  // Persian pages add the Persian font: one subset file of about 21 KB.
  'Persian article': { path: 'fa/role/work-environment/', html: 12_200, css: 13_900, js: 4_200, other: 25_500 },
};

/**
 * A reader's session of five articles, the first with a cold cache: the first page's every byte,
 * then the HTML of each next page, everything else being in the HTTP cache. Stock Starlight
 * needed about 108 KB for the same five articles when the budget was set (bench "session"), so
 * the budget holds the session at 0.8 of it.
 */
const SESSION = ['role/overview/', 'role/duties/', 'role/skills/', 'career/salary/', 'career/requirements/'];
const SESSION_BUDGET = 86_000;

const gz = (text: string | Buffer) => gzipSync(text).length;

describe.each([rootBuild])('byte budgets of the $name build', ({ dir, base }) => {
  beforeAll(() => assertBuilt(dir));

  const file = (href: string) => readFileSync(join(dir, href.replace(new RegExp(`^${base}`), '').replace(/#.*$/, '')));
  const page = (path: string): BuiltPage => {
    const found = builtPages(dir).find((p) => p.route === path);
    if (!found) throw new Error(`no built page at ${path}`);
    return found;
  };

  /** A script and the modules it imports, each once. */
  const withImports = (src: string, seen: Set<string>) => {
    if (seen.has(src)) return;
    seen.add(src);
    const code = file(src).toString('utf8');
    for (const [, relative] of code.matchAll(/(?:import|from)\s*"(\.\/[^"]+\.js)"/g)) {
      withImports(new URL(relative!, `http://x${src}`).pathname, seen);
    }
  };

  function weights(p: BuiltPage) {
    const linked = p.doc
      .querySelectorAll('link[rel="stylesheet"]')
      .reduce((sum, el) => sum + gz(file(el.getAttribute('href')!)), 0);
    const inlined = gz(p.doc.querySelectorAll('style').map((el) => el.textContent).join('\n'));
    const scripts = new Set<string>();
    for (const el of p.doc.querySelectorAll('script[src], link[rel="modulepreload"]')) {
      withImports(el.getAttribute('src') ?? el.getAttribute('href')!, scripts);
    }
    const sprites = new Set(p.doc.querySelectorAll('use').map((el) => el.getAttribute('href')!.replace(/#.*$/, '')));
    const fonts = p.doc.querySelectorAll('link[rel="preload"][as="font"]').map((el) => el.getAttribute('href')!);
    return {
      html: gz(p.html),
      linkedCss: linked,
      css: linked + inlined,
      js: [...scripts].reduce((sum, src) => sum + gz(file(src)), 0),
      other: [...sprites].reduce((sum, href) => sum + gz(file(href)), 0) + fonts.reduce((sum, href) => sum + file(href).length, 0),
    };
  }

  it.each(Object.entries(BUDGETS))('%s stays within its HTML, CSS, JS and other budgets', (_name, budget) => {
    const w = weights(page(budget.path));
    if (process.env.PRINT_BUDGETS) console.log(budget.path, w);
    expect(w.html, 'HTML bytes (gzip)').toBeLessThanOrEqual(budget.html);
    expect(w.css, 'CSS bytes (gzip)').toBeLessThanOrEqual(budget.css);
    expect(w.js, 'JS bytes (gzip)').toBeLessThanOrEqual(budget.js);
    expect(w.other, 'sprite and font bytes').toBeLessThanOrEqual(budget.other);
  });

  it('keeps a five-article reading session within its budget', () => {
    const [first, ...next] = SESSION.map(page);
    // The first page's inline CSS travels in its HTML; each next page adds only its HTML.
    const w = weights(first!);
    const firstVisit = w.html + w.linkedCss + w.js + w.other;
    const total = firstVisit + next.reduce((sum, p) => sum + gz(p.html), 0);
    if (process.env.PRINT_BUDGETS) console.log('session', { firstVisit, total });
    expect(total).toBeLessThanOrEqual(SESSION_BUDGET);
  });
});
