/**
 * The document model (jd-documents.ts) as Markdown, plain text and HTML. Every string is escaped
 * for the format it lands in (src/lib/escape.ts); nothing here trusts its input. Pure.
 */
import { escapeHtml, escapeMarkdown, markdownParagraph } from '../../lib/escape';
import { textDirection } from '../../lib/locale';
import type { JdDocument } from './jd-documents';

export function toMarkdown(doc: JdDocument): string {
  const out: string[] = [`# ${escapeMarkdown(doc.title)}`];
  if (doc.facts.length > 0) {
    out.push(doc.facts.map((f) => `- **${escapeMarkdown(f.label)}:** ${escapeMarkdown(f.value)}`).join('\n'));
  }
  for (const section of doc.sections) {
    out.push(`## ${escapeMarkdown(section.heading)}`);
    section.paragraphs.forEach((p) => out.push(markdownParagraph(p)));
    if (section.link) out.push(`<${section.link}>`);
    if (section.items.length > 0) out.push(section.items.map((i) => `- ${escapeMarkdown(i)}`).join('\n'));
  }
  return `${out.join('\n\n')}\n`;
}

export function toPlainText(doc: JdDocument): string {
  const out: string[] = [doc.title];
  if (doc.facts.length > 0) out.push(doc.facts.map((f) => `${f.label}: ${f.value}`).join('\n'));
  for (const section of doc.sections) {
    out.push(section.heading.toUpperCase());
    out.push(...section.paragraphs);
    if (section.link) out.push(section.link);
    if (section.items.length > 0) out.push(section.items.map((i) => `- ${i}`).join('\n'));
  }
  return `${out.join('\n\n')}\n`;
}

/** The ad without its title: the body of the HTML export and JobPosting's `description`. */
export function toHtmlBody(doc: JdDocument, { dir = true } = {}): string {
  const text = (s: string) => escapeHtml(s).replace(/\n/g, '<br>');
  // dir="auto" lets right-to-left lines lay out on their own; JSON-LD readers do not need it.
  const auto = dir ? ' dir="auto"' : '';
  const out: string[] = [];
  if (doc.facts.length > 0) {
    out.push(
      `<ul>${doc.facts.map((f) => `<li><strong>${text(f.label)}:</strong> <span${f.typed ? auto : ''}>${text(f.value)}</span></li>`).join('')}</ul>`,
    );
  }
  for (const section of doc.sections) {
    out.push(`<h2${auto}>${text(section.heading)}</h2>`);
    section.paragraphs.forEach((p) => out.push(`<p${auto}>${text(p)}</p>`));
    if (section.link) out.push(`<p><a href="${escapeHtml(section.link)}">${text(section.link)}</a></p>`);
    if (section.items.length > 0) {
      out.push(`<ul>${section.items.map((i) => `<li${auto}>${text(i)}</li>`).join('')}</ul>`);
    }
  }
  return out.join('\n');
}

const titleAndBody = (doc: JdDocument) => `<h1 dir="auto">${escapeHtml(doc.title)}</h1>\n${toHtmlBody(doc)}`;

/**
 * The ad as HTML to paste into a CMS. An ad in another language than English comes wrapped in an
 * element that carries its language and direction, so a Persian ad pastes right to left.
 */
export function toHtmlFragment(doc: JdDocument, lang = 'en'): string {
  if (lang === 'en') return titleAndBody(doc);
  return `<div lang="${escapeHtml(lang)}" dir="${textDirection(lang)}">\n${titleAndBody(doc)}\n</div>`;
}

/** A complete page to download and open in any browser or paste into a CMS. */
export function toHtmlPage(doc: JdDocument, lang = 'en'): string {
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(lang)}"${textDirection(lang) === 'rtl' ? ' dir="rtl"' : ''}>`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(doc.title)}</title>`,
    '<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:42rem;margin:2rem auto;padding:0 1rem}</style>',
    '</head>',
    '<body>',
    '<main>',
    titleAndBody(doc),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
