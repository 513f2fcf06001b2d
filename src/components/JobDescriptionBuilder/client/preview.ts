/**
 * The preview: the document model of jd-documents.ts as page elements. Reader text only ever
 * reaches the page as text nodes. Each render builds the new elements off the page and swaps in
 * only those that differ, so typing in one field lays out that field's paragraph and nothing else.
 */
import { buildDocument, type JdDocument } from '../jd-documents';
import type { Builder } from './context';

function element(tag: string, text?: string, dir = true): HTMLElement {
  const node = document.createElement(tag);
  if (dir) node.dir = 'auto';
  if (text !== undefined) {
    // Line breaks inside a paragraph stay line breaks, without any markup from the text.
    text.split('\n').forEach((part, i) => {
      if (i > 0) node.append(document.createElement('br'));
      node.append(part);
    });
  }
  return node;
}

export function previewNodes(doc: JdDocument): HTMLElement[] {
  const nodes = [element('h4', doc.title)];
  if (doc.facts.length > 0) {
    const facts = element('ul', undefined, false);
    facts.className = 'jdb-facts';
    for (const f of doc.facts) {
      const li = document.createElement('li');
      li.append(element('strong', `${f.label}:`, false), ' ', element('span', f.value, f.typed === true));
      facts.append(li);
    }
    nodes.push(facts);
  }
  for (const s of doc.sections) {
    nodes.push(element('h5', s.heading));
    s.paragraphs.forEach((p) => nodes.push(element('p', p)));
    if (s.link) {
      const p = document.createElement('p');
      const a = document.createElement('a');
      a.href = s.link;
      a.rel = 'noopener noreferrer';
      a.textContent = s.link;
      p.append(a);
      nodes.push(p);
    }
    if (s.items.length > 0) {
      const ul = element('ul', undefined, false);
      s.items.forEach((item) => ul.append(element('li', item)));
      nodes.push(ul);
    }
  }
  return nodes;
}

/** Makes `host`'s children equal to `nodes`, keeping every child that is already the same. */
export function patchChildren(host: HTMLElement, nodes: readonly Node[]): void {
  nodes.forEach((node, i) => {
    const old = host.childNodes[i];
    if (!old) host.append(node);
    else if (!old.isEqualNode(node)) old.replaceWith(node);
  });
  while (host.childNodes.length > nodes.length) host.lastChild!.remove();
}

export interface Preview {
  /** Resolves once the preview shows the draft (the first render waits for a task of its own). */
  ready: Promise<void>;
}

export function bindPreview(b: Builder): Preview {
  const host = b.$('[data-preview]');
  const draw = () =>
    patchChildren(host, previewNodes(buildDocument(b.state, b.config.labels, b.config.locale)));
  let drawn: () => void;
  const ready = new Promise<void>((resolve) => (drawn = resolve));
  let first = true;
  b.on('render', () => {
    if (!first) return draw();
    // The first render formats the closing date, and Intl's first use is slow on a phone: it gets
    // a task of its own, after the form is ready, instead of lengthening start-up.
    first = false;
    setTimeout(() => {
      draw();
      drawn();
    });
  });
  return { ready };
}
