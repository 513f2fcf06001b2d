import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, variants } from '../support/build-variants';
import { builtPages } from '../support/html';

/*
 * Rules switched off in .htmlvalidate.json, each because Starlight's own markup forces it:
 * - style rules (no-inline-style, void-style, attribute-*-style, no-trailing-whitespace, long-title):
 *   formatting preferences, not validity; Starlight sets CSS custom properties in style attributes.
 * - valid-id relaxed: Starlight's skip-link target is id="_top", valid in HTML5.
 * - unique-landmark: Starlight renders the table of contents twice (phone and desktop), both labelled
 *   "On this page", and an unlabelled right-hand <aside>.
 * - no-redundant-role: Starlight's <Steps> puts role="list" on <ol> so Safari keeps list semantics.
 * - no-implicit-button-type: Starlight's menu button has no type; it is outside any form.
 */
const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')));

describe.each(variants)('W3C-valid HTML in the $name build', ({ dir }) => {
  beforeAll(() => assertBuilt(dir));

  it('html-validate finds no error on any page', async () => {
    const errors: string[] = [];
    for (const page of builtPages(dir)) {
      const report = await validator.validateFile(join(dir, page.file));
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${page.file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
    // Some 50 pages through the validator: seconds on an idle machine, more on a busy one.
  }, 30_000);
});
