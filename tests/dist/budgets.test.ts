import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, rootBuild } from '../support/build-variants';
import { builtPages } from '../support/html';

/**
 * Gzipped bytes a page needs on first load, by kind: its HTML, its CSS (inlined <style> elements
 * and linked stylesheets, each compressed on its own) and the scripts it loads or preloads (module
 * imports reachable from them are counted by the bench, which measures in a browser). The HTML
 * figure includes any inlined CSS, as it travels inside the document. Budgets leave about 15% room
 * over today's weights.
 */
const BUDGETS: Record<string, { path: string; html: number; css: number; js: number }> = {
  home: { path: '', html: 20_000, css: 13_000, js: 4_500 },
  article: { path: 'role/work-environment/', html: 25_000, css: 13_000, js: 4_500 },
  // The builder's script is capped at 15 KB by its issue.
  builder: { path: 'hiring/job-description-builder/', html: 37_000, css: 14_000, js: 15_360 },
  assessment: { path: 'career/self-assessment/', html: 32_000, css: 13_500, js: 8_500 },
};

const gz = (text: string | Buffer) => gzipSync(text).length;

describe.each([rootBuild])('byte budgets of the $name build', ({ dir, base }) => {
  beforeAll(() => assertBuilt(dir));

  it.each(Object.entries(BUDGETS))('%s stays within its HTML, CSS and JS budgets', (_name, budget) => {
    const page = builtPages(dir).find((p) => p.route === budget.path);
    expect(page, budget.path).toBeDefined();
    const file = (href: string) => readFileSync(join(dir, href.replace(new RegExp(`^${base}`), '')));
    const linked = page!.doc
      .querySelectorAll('link[rel="stylesheet"]')
      .reduce((sum, el) => sum + gz(file(el.getAttribute('href')!)), 0);
    const inlined = gz(page!.doc.querySelectorAll('style').map((el) => el.textContent).join('\n'));
    const css = linked + inlined;
    const scripts = new Set([
      ...page!.doc.querySelectorAll('script[src]').map((el) => el.getAttribute('src')!),
      ...page!.doc.querySelectorAll('link[rel="modulepreload"]').map((el) => el.getAttribute('href')!),
    ]);
    const js = [...scripts].reduce((sum, src) => sum + gz(file(src)), 0);
    const weights = { html: gz(page!.html), css, js };
    if (process.env.PRINT_BUDGETS) console.log(budget.path, weights);
    expect(weights.html, 'HTML bytes (gzip)').toBeLessThanOrEqual(budget.html);
    expect(weights.css, 'CSS bytes (gzip)').toBeLessThanOrEqual(budget.css);
    expect(weights.js, 'JS bytes (gzip)').toBeLessThanOrEqual(budget.js);
  });
});
