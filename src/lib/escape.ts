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

/** Backslash-escapes inline markup and entities: emphasis, code, links, raw HTML, tables, strikethrough. */
const escapeInline = (text: string) =>
  text.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');

/** Escapes what reads as a block marker at the start of a line: headings, lists, setext rules. */
const escapeLineStarts = (text: string) =>
  text.replace(/^(\s*)([#+=-])/gm, '$1\\$2').replace(/^(\s*\d+)([.)])/gm, '$1\\$2');

/**
 * Web addresses, www. addresses and e-mail addresses in running text, roughly as GitHub's
 * autolinking finds them. A match stops at white space, <, > and backslashes.
 */
const LINK_CANDIDATE =
  /\b(?:https?:\/\/|www\.)[^\s<>\\\u0000-\u001f\u007f]+|\b[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+/g;

/** Drops what GFM leaves outside a link: trailing punctuation, and a ")" that closes nothing inside it. */
function trimLink(candidate: string): string {
  let link = candidate;
  while (link !== '') {
    const last = link.at(-1)!;
    const unbalanced = last === ')' && link.split('(').length < link.split(')').length;
    if (!'?!.,:;*_~\'"'.includes(last) && !unbalanced) return link;
    link = link.slice(0, -1);
  }
  return link;
}

/** A found address as Markdown that every renderer links whole, or undefined for a near miss. */
function markdownLink(link: string): string | undefined {
  // <...> is a CommonMark autolink; the address cannot hold spaces, <, > or controls (see above).
  if (/^https?:\/\/[^/?#]/i.test(link)) return `<${link}>`;
  if (/^www\.[a-z0-9-]/i.test(link)) return `[${escapeInline(link)}](<https://${link}>)`;
  if (/^[^:/]+@/.test(link)) return `<${link}>`;
  return undefined;
}

/**
 * Text for Markdown (CommonMark and GitHub's GFM): backslash-escapes what Markdown would read as
 * markup, that is emphasis, links, raw HTML, tables, entities, and block markers at the start of a
 * line, so the text reads the same once rendered. Web, www. and e-mail addresses become explicit
 * links (`<https://...>`), never escaped: GFM links a bare address as it stands, backslashes and
 * all, so `utm_source` escaped would break it. Line breaks are left as they are; see
 * `markdownParagraph` to keep them as line breaks.
 */
export function escapeMarkdown(text: string): string {
  let out = '';
  let from = 0;
  for (const match of text.matchAll(LINK_CANDIDATE)) {
    const link = trimLink(match[0]);
    const markdown = link && markdownLink(link);
    if (!markdown) continue;
    out += escapePlain(text.slice(from, match.index), from === 0 || text[from - 1] === '\n') + markdown;
    from = match.index + link.length;
  }
  return out + escapePlain(text.slice(from), from === 0 || text[from - 1] === '\n');
}

/** Escapes text between links; its first line is a line start only when it follows a line break. */
function escapePlain(text: string, atLineStart: boolean): string {
  const escaped = escapeInline(text);
  if (atLineStart) return escapeLineStarts(escaped);
  const firstBreak = escaped.indexOf('\n');
  if (firstBreak === -1) return escaped;
  return escaped.slice(0, firstBreak) + escapeLineStarts(escaped.slice(firstBreak));
}

/**
 * A paragraph for Markdown whose single line breaks stay line breaks: escaped, with each break
 * written as a backslash hard break (trailing spaces, the other way, get trimmed by editors).
 */
export function markdownParagraph(text: string): string {
  return escapeMarkdown(text).replace(/\n/g, '\\\n');
}
