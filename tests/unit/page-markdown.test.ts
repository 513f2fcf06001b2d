import { describe, expect, it } from 'vitest';
import { htmlToMarkdown, markdownDocument } from '../../src/lib/markdown/html-to-markdown';
import { markdownPathOf, markdownSlug } from '../../src/lib/markdown/page-markdown-url';

const PAGE = 'https://guide.example/guide/role/duties/';

describe('htmlToMarkdown', () => {
  it('makes links absolute, anchors included, and drops heading anchor links', async () => {
    const md = await htmlToMarkdown(
      '<h2 id="a">Delivery</h2><a class="sl-anchor-link" href="#a">Section titled Delivery</a><p>See <a href="/guide/role/skills/">skills</a> and <a href="#source-x">the source</a>.</p>',
      PAGE,
    );
    expect(md).toBe(
      '## Delivery\n\nSee [skills](https://guide.example/guide/role/skills/) and [the source](https://guide.example/guide/role/duties/#source-x).',
    );
  });
  it('keeps a chart as its title and description, and drops controls, scripts and hidden text', async () => {
    const md = await htmlToMarkdown(
      '<svg role="img"><title>Pay by level</title><desc>Lead PMs earn most.</desc><rect/></svg><fieldset><label>Title<input></label></fieldset><button>Copy</button><script>x()</script><p hidden>keywords</p><p>Text</p>',
      PAGE,
    );
    expect(md).toBe('Pay by level: Lead PMs earn most.\n\nText');
  });
  it('writes a link card as one line', async () => {
    const md = await htmlToMarkdown(
      '<div class="sl-link-card"><span><a href="/guide/role/skills/"><span class="title">Skills</span></a><span class="description">What a lead needs.</span></span><svg aria-hidden="true"><use href="#i"/></svg></div>',
      PAGE,
    );
    expect(md).toBe('[Skills](https://guide.example/guide/role/skills/): What a lead needs.');
  });
  it('keeps Persian text and digits as they are', async () => {
    expect(await htmlToMarkdown('<p>میانه ‎$۱۴۵٬۰۰۰ در سال</p>', PAGE)).toBe('میانه ‎$۱۴۵٬۰۰۰ در سال');
  });
});

describe('markdownDocument', () => {
  it('puts title, description and address before the content', () => {
    expect(markdownDocument({ title: 'Duties', description: 'What they do.', url: PAGE, body: 'Text' })).toBe(
      `# Duties\n\n> What they do.\n\n<${PAGE}>\n\nText\n`,
    );
  });
});

describe('Markdown addresses', () => {
  it('sit beside each page, the home pages as index.md', () => {
    expect(markdownSlug('role/duties')).toBe('role/duties');
    expect(markdownSlug('index')).toBe('index');
    expect(markdownSlug('fa')).toBe('fa/index');
    expect(markdownPathOf('/guide/role/duties/', '/guide/')).toBe('/guide/role/duties.md');
    expect(markdownPathOf('/guide/', '/guide')).toBe('/guide/index.md');
    expect(markdownPathOf('/fa/', '/')).toBe('/fa/index.md');
  });
});
