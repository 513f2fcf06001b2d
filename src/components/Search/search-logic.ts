/** Pure helpers of the site search: query clean-up, excerpt parsing and result shaping. */
import { KEYWORDS_CLOSE, KEYWORDS_OPEN } from '../../config/search';

/** Longest query we send to the index; longer input is cut at a word boundary. */
export const MAX_QUERY_LENGTH = 120;

/**
 * Persian spelling of Arabic-keyboard letters: Arabic yeh and alef maksura (ي ى) as Persian yeh
 * (ی), Arabic kaf (ك) as Persian kaf (ک), and no short-vowel marks or tatweel. Readers on an
 * Arabic layout type the first; the pages hold the second, so both must find the same pages.
 */
export function persianLetters(text: string): string {
  return text
    .replace(/[\u064A\u0649]/g, '\u06CC')
    .replace(/\u0643/g, '\u06A9')
    .replace(/[\u064B-\u0652\u0640]/g, '');
}

/** Trims, folds whitespace and caps length, so hostile or pasted input stays cheap and safe. */
export function normaliseQuery(raw: string): string {
  const folded = persianLetters(raw.normalize('NFC'))
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (folded.length <= MAX_QUERY_LENGTH) return folded;
  const cut = folded.slice(0, MAX_QUERY_LENGTH);
  const lastSpace = cut.lastIndexOf(' ');
  return (lastSpace > MAX_QUERY_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trim();
}

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  '#x27': "'",
  nbsp: ' ',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#?\w+);/g, (match, name: string) => {
    if (name in ENTITIES) return ENTITIES[name]!;
    const code = name.startsWith('#x')
      ? parseInt(name.slice(2), 16)
      : name.startsWith('#')
        ? parseInt(name.slice(1), 10)
        : NaN;
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
  });
}

/**
 * Splits Pagefind's excerpt HTML into plain text parts and highlighted parts. Only <mark> is
 * honoured; any other tag is dropped, so an excerpt can never inject markup into the page.
 */
export function parseExcerpt(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const token of html.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(token)) mark = true;
    else if (/^<\/mark>$/i.test(token)) mark = false;
    else {
      const text = decodeEntities(token.replace(/<[^>]*>?/g, ''));
      if (text) parts.push({ text, mark });
    }
  }
  return parts;
}

/**
 * An excerpt without the page's hidden keyword list: Pagefind cuts excerpts from the indexed
 * text, where the keywords sit between KEYWORDS_OPEN and KEYWORDS_CLOSE. The excerpt may start or
 * end inside the list, so an unmatched bracket cuts to the excerpt's edge.
 */
export function withoutKeywords(html: string): string {
  const open = KEYWORDS_OPEN;
  const close = KEYWORDS_CLOSE;
  let text = html;
  for (;;) {
    const start = text.indexOf(open);
    const end = text.indexOf(close);
    if (start < 0 && end < 0) break;
    if (end >= 0 && (start < 0 || end < start)) text = text.slice(end + close.length);
    else if (end < 0) text = text.slice(0, start);
    else text = text.slice(0, start) + text.slice(end + close.length);
  }
  return text.replace(/\s+/g, ' ').trim();
}

export interface RawResult {
  url: string;
  meta: { title?: string; section?: string; description?: string };
  excerpt: string;
  sub_results?: { title: string; url: string; excerpt: string }[];
}

export interface ShapedResult {
  url: string;
  title: string;
  /** The heading inside the page where the match is, when it is not the page title. */
  heading?: string;
  section?: string;
  excerpt: ExcerptPart[];
}

/** One result a page: the best-matching passage, linked to its heading when there is one. */
export function shapeResult(raw: RawResult): ShapedResult {
  const title = raw.meta.title?.trim() || raw.url;
  const best = raw.sub_results?.find(
    (sub) => sub.title && sub.title !== title && withoutKeywords(sub.excerpt).includes('<mark>'),
  );
  // A page found by a keyword alone would show its keyword list; its description stands in.
  const excerpt = withoutKeywords(best?.excerpt ?? raw.excerpt);
  const shaped: ShapedResult = {
    url: best?.url ?? raw.url,
    title,
    excerpt:
      excerpt || !raw.meta.description
        ? parseExcerpt(excerpt)
        : [{ text: raw.meta.description, mark: false }],
  };
  if (best) shaped.heading = best.title;
  if (raw.meta.section) shaped.section = raw.meta.section;
  return shaped;
}

/** The path of a result URL without its hash, for comparing results with expected pages. */
export function resultPath(url: string): string {
  return url.split('#')[0]!.replace(/\/?$/, '/');
}
