/**
 * Escaping for the formats the tools export (HTML and Markdown). Each function takes plain text,
 * typed by a reader or taken from the guide's data, and returns it ready to place in that format,
 * so it reads the same once rendered and can never become markup. Pure and unit-tested; every tool
 * imports its escaping from here rather than from another tool's folder.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text for HTML element content or a quoted attribute value: & < > " ' become entities. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * Text for Markdown (CommonMark and GitHub's GFM): backslash-escapes what Markdown would read as
 * markup, that is emphasis, links, raw HTML, tables, entities, and block markers at the start of a
 * line. Line breaks are left as they are; see `markdownParagraph` to keep them as line breaks.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    .replace(/^(\s*)([#+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/**
 * A paragraph for Markdown whose single line breaks stay line breaks: escaped, with each break
 * written as a backslash hard break (trailing spaces, the other way, get trimmed by editors).
 */
export function markdownParagraph(text: string): string {
  return escapeMarkdown(text).replace(/\n/g, '\\\n');
}
