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

describe('addresses in Markdown', () => {
  const links = (html: string) =>
    [...html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map((m) => [m[1], m[2]]);

  it('keeps web, www. and e-mail addresses whole as links, and the line breaks after them', () => {
    const text =
      'Apply at https://acme.example/careers?utm_source=guide\n' +
      'or www.acme.example/jobs_list_2026.\n' +
      'Questions: jobs_desk@acme.example, (or see https://acme.example/a_(b)) today';
    const html = render(markdownParagraph(text));
    expect(links(html)).toEqual([
      ['https://acme.example/careers?utm_source=guide', 'https://acme.example/careers?utm_source=guide'],
      ['https://www.acme.example/jobs_list_2026', 'www.acme.example/jobs_list_2026'],
      ['mailto:jobs_desk@acme.example', 'jobs_desk@acme.example'],
      ['https://acme.example/a_(b)', 'https://acme.example/a_(b)'],
    ]);
    expect(html.match(/<br \/>/g)).toHaveLength(2);
    expect(textOf(html.replace(/<br \/>/g, ''))).toBe(text);
  });

  it('leaves a near miss as escaped text', () => {
    expect(escapeMarkdown('https:// and www. and a@b')).toBe('https:// and www. and a@b');
    expect(escapeMarkdown('x_https://y.example_')).toBe('x\\_https://y.example\\_');
  });

  it('still escapes markup around an address, and leaves trailing punctuation out as GFM does', () => {
    const md = escapeMarkdown('*a* https://x.example/*b* c\n- d');
    expect(md).toBe('\\*a\\* <https://x.example/*b>\\* c\n\\- d');
    expect(render(md)).toBe('<p>*a* <a href="https://x.example/*b">https://x.example/*b</a>* c\n- d</p>');
  });

  it('cannot be talked into a javascript: link', () => {
    const html = render(
      escapeMarkdown('[x](javascript:alert(1)) <javascript:alert(1)> https://x.example/"onclick="a'),
    );
    expect(html).not.toMatch(/href="javascript/);
    expect(html).not.toMatch(/onclick="a"/);
  });
});
