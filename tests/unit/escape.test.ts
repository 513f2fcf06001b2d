import { describe, expect, it } from 'vitest';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { escapeHtml, escapeMarkdown, markdownParagraph } from '../../src/lib/escape';

/** Markdown as GitHub renders it, raw HTML allowed through as a careless CMS would. */
const render = (md: string) =>
  micromark(md, { allowDangerousHtml: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();

describe('escapeHtml', () => {
  it('turns the five special characters into entities', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe('escapeMarkdown', () => {
  it('escapes inline markup, entities and block markers', () => {
    expect(escapeMarkdown('1. *a* <b> R&D &amp;')).toBe('1\\. \\*a\\* \\<b\\> R&D \\&amp;');
  });

  it.each([
    '# Heading **bold** _em_ [link](javascript:alert(1)) ![img](x) | a | b | `code` ~~s~~',
    '- dash\n+ plus\n1. one\n2) two\n> quote',
    '<img src=x onerror=alert(1)> &lt;b&gt; &#60;',
    '<!-- open comment',
  ])('renders %j back to the same text, with no markup', (text) => {
    const html = render(escapeMarkdown(text));
    expect(html).not.toMatch(/<(?!\/?p>)[a-z!]/i);
    expect(textOf(html).replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
  });
});

describe('markdownParagraph', () => {
  it('keeps single line breaks as hard breaks', () => {
    expect(render(markdownParagraph('one *line*\ntwo'))).toBe('<p>one *line*<br />\ntwo</p>');
  });
});
