import { describe, expect, it } from 'vitest';
import { collectIcons, iconId, spriteOf, useSprite } from '../../src/integrations/icon-sprite';
import { collapseFacades, facadeTarget } from '../../src/integrations/page-scripts';
import { minifyInlineScripts } from '../../src/integrations/inline-scripts';
import { tidyLlmsFull } from '../../src/integrations/llms-full';

const ICON =
  '<svg aria-hidden="true" class="caret" width="16" height="16" viewBox="0 0 24 24" fill="currentColor" style="--sl-icon-size: 1em;"><path d="M1 2h3"/></svg>';
const ANCHOR_ICON =
  '<svg width="16" height="16" viewBox="0 0 24 24" fill="currentColor"><path d="M5 5"></path></svg>';
const DIAGRAM = '<svg viewBox="0 0 400 300" role="img"><title>Chart</title><path d="M0 0"/></svg>';

describe('the icon sprite', () => {
  it('collects each distinct icon once, and no diagram', () => {
    const icons = collectIcons([`${ICON}${ICON}`, `${ANCHOR_ICON}${DIAGRAM}`]);
    expect([...icons.values()]).toEqual(['<path d="M1 2h3"/>', '<path d="M5 5"></path>']);
    expect(spriteOf(icons)).toContain(`<symbol id="${iconId('<path d="M1 2h3"/>')}" viewBox="0 0 24 24">`);
  });
  it('replaces an icon’s paths with a reference and keeps its own attributes', () => {
    const page = useSprite(`<p>${ICON}</p>${DIAGRAM}`, '/guide/_astro/icons.x.svg');
    expect(page).toBe(
      `<p>${ICON.replace('<path d="M1 2h3"/>', `<use href="/guide/_astro/icons.x.svg#${iconId('<path d="M1 2h3"/>')}"/>`)}</p>${DIAGRAM}`,
    );
  });
});

describe('the page frame script', () => {
  it('recognises a file that only imports a chunk', () => {
    expect(facadeTarget('import"./page.B4YF.js";')).toBe('page.B4YF.js');
    expect(facadeTarget('import"./page.B4YF.js";console.log(1)')).toBeUndefined();
  });
  it('loads the chunk once where the first of its facades stood', () => {
    const targets = new Map([
      ['/_astro/A.1.js', '/_astro/page.2.js'],
      ['/_astro/B.1.js', '/_astro/page.2.js'],
    ]);
    const html =
      '<head><script type="module" src="/_astro/A.1.js"></script></head><body><script type="module" src="/_astro/B.1.js"></script><script type="module" src="/_astro/tool.3.js"></script></body>';
    expect(collapseFacades(html, targets)).toBe(
      '<head><script type="module" src="/_astro/page.2.js"></script></head><body><script type="module" src="/_astro/tool.3.js"></script></body>',
    );
  });
});

describe('minifyInlineScripts', () => {
  it('minifies inline classic scripts and leaves data blocks and files alone', async () => {
    const json = '<script type="application/ld+json">{ "a": 1 }</script>';
    const file = '<script type="module" src="/x.js"></script>';
    const html = `<script aria-hidden="true">\n\t/** note */\n\t(() => {\n\t\tconst answer = 42;\n\t\twindow.answer = answer;\n\t})();\n</script>${json}${file}`;
    const result = await minifyInlineScripts(html);
    expect(result).toBe(`<script aria-hidden="true">window.answer=42;</script>${json}${file}`);
  });
});

describe('tidyLlmsFull', () => {
  it('drops the fixed opening line and the 404 page at the end', () => {
    const text =
      '<SYSTEM>This is the full developer documentation for Lead PM Guide</SYSTEM>\n\n# Home\n\nHello.\n\n# Page not found\n\nGone.\n';
    expect(tidyLlmsFull(text, 'Page not found')).toBe('# Home\n\nHello.\n');
  });
});
