/**
 * A page's rendered HTML as Markdown, for the /<page>.md files: the same libraries and order the
 * starlight-llms-txt plugin uses for llms-full.txt (rehype-parse, rehype-remark, remark-gfm,
 * remark-stringify), plus what a file read on its own needs: every link and image absolute, the
 * heading anchor links and interactive controls left out, and each chart or diagram replaced by
 * its title and description.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

type Parent = Root | Element;

const classesOf = (node: Element): string[] => {
  const value: unknown = node.properties?.['className'];
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(/\s+/) : [];
};

// A tool's form (the builder, the self-assessment) is for the page; its preview and text stay.
const DROPPED_TAGS = [
  'script',
  'style',
  'template',
  'button',
  'input',
  'select',
  'textarea',
  'dialog',
  'fieldset',
  'label',
  'form',
];

/** Elements a reader of the Markdown has no use for: controls, scripts, hidden text, anchor icons. */
function isDropped(node: Element): boolean {
  if (DROPPED_TAGS.includes(node.tagName)) return true;
  if (node.properties?.['hidden'] !== undefined && node.properties['hidden'] !== false) return true;
  const classes = classesOf(node);
  // Heading anchor links, and what exists only on paper or only for the visual layout.
  return (
    classes.includes('sl-anchor-link') ||
    classes.includes('print-only') ||
    node.properties?.['ariaHidden'] === 'true'
  );
}

const textOf = (node: ElementContent): string =>
  node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(textOf).join('') : '';

/** A chart's <title> and <desc> as a paragraph; a decorative SVG as nothing. */
function svgText(svg: Element): ElementContent[] {
  const parts = svg.children
    .filter((c): c is Element => c.type === 'element' && (c.tagName === 'title' || c.tagName === 'desc'))
    .map((c) => textOf(c).trim())
    .filter(Boolean);
  if (parts.length === 0) return [];
  return [
    { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: parts.join(': ') }] },
  ];
}

function find(node: Element, test: (e: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const found = find(child, test);
    if (found) return found;
  }
  return undefined;
}

/** Starlight's link card as one line, "[Title](url): description". */
function linkCardLine(card: Element): Element {
  const link = find(card, (e) => e.tagName === 'a');
  const description = find(card, (e) => classesOf(e).includes('description'));
  const children: ElementContent[] = link ? [link] : [];
  if (description) children.push({ type: 'text', value: `: ${textOf(description).trim()}` });
  return { type: 'element', tagName: 'p', properties: {}, children };
}

function absolute(value: unknown, pageUrl: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (value === '') return value;
  try {
    return new URL(value, pageUrl).href;
  } catch {
    return value;
  }
}

function clean(parent: Parent, pageUrl: string) {
  const children: RootContent[] = [];
  for (const child of parent.children) {
    if (child.type === 'comment') continue;
    if (child.type !== 'element') {
      children.push(child);
      continue;
    }
    if (isDropped(child)) continue;
    if (child.tagName === 'svg') {
      children.push(...svgText(child));
      continue;
    }
    if (classesOf(child).includes('sl-link-card')) {
      const line = linkCardLine(child);
      clean(line, pageUrl);
      children.push(line);
      continue;
    }
    if (child.tagName === 'a') child.properties['href'] = absolute(child.properties['href'], pageUrl);
    if (child.tagName === 'img') child.properties['src'] = absolute(child.properties['src'], pageUrl);
    clean(child, pageUrl);
    children.push(child);
  }
  parent.children = children as typeof parent.children;
}

export async function htmlToMarkdown(html: string, pageUrl: string): Promise<string> {
  const file = await unified()
    .use(rehypeParse, { fragment: true })
    .use(() => (tree: Root) => clean(tree, pageUrl))
    .use(rehypeRemark)
    .use(remarkGfm)
    .use(remarkStringify, { bullet: '-', rule: '-' })
    .process(html);
  return String(file).trim();
}

/** The whole file: title, description, the page's address, then its content. */
export function markdownDocument(page: {
  title: string;
  description?: string | undefined;
  url: string;
  body: string;
}) {
  return [`# ${page.title}`, page.description ? `> ${page.description}` : '', `<${page.url}>`, page.body]
    .filter(Boolean)
    .join('\n\n')
    .concat('\n');
}
