/**
 * Reading time from a page's rendered HTML, so words that data components add (duty lists, skill
 * cards, tables) count as much as the prose an author typed.
 */

/** Adult silent reading of non-fiction runs at about 200-250 words a minute; use the slower end. */
export const WORDS_PER_MINUTE = 220;

/** Elements whose text a reader does not read: code that runs, styles, hidden data blobs. */
const SKIPPED_ELEMENTS = /<(script|style|template|noscript|svg)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
/** Elements that are in the page but not shown, such as Pagefind keyword lists. */
const HIDDEN_ELEMENTS = /<(p|span|div)\b[^>]*\shidden(?=[\s=>])[^>]*>[\s\S]*?<\/\1\s*>/gi;

/** The visible text of an HTML fragment, with tags and entities turned into spaces. */
export function textOfHtml(html: string): string {
  return html
    .replace(SKIPPED_ELEMENTS, ' ')
    .replace(HIDDEN_ELEMENTS, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(?:#\d+|#x[\da-f]+|[a-z]+);/gi, ' ');
}

/**
 * Words in a text: runs of letters or digits, so "lead PM's" is two words and "–" is none. A
 * zero-width non-joiner joins the parts of one Persian word, as in «می‌شود».
 */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{M}\p{N}]+(?:['’.,\u200c-][\p{L}\p{M}\p{N}]+)*/gu)?.length ?? 0;
}

/** Whole minutes to read, never less than one. */
export function readingMinutes(words: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  if (!Number.isFinite(words) || words < 0) throw new Error(`words must be a count; got ${words}`);
  return Math.max(1, Math.round(words / wordsPerMinute));
}

/** Minutes to read the visible text of an HTML fragment. */
export function readingMinutesOfHtml(html: string): number {
  return readingMinutes(countWords(textOfHtml(html)));
}
