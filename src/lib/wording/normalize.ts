/**
 * The text the word lists are matched against: lower case, Latin digits, one spelling for each
 * Persian letter, and no invisible characters, with a map back to the reader's text so a finding
 * quotes and points at what they typed. Linear in the text; never throws.
 */

/** Persian and Arabic letters and digits written more than one way, to one form. */
const FOLD: Record<string, string> = {
  ي: 'ی',
  ى: 'ی',
  ئ: 'ی',
  ك: 'ک',
  ة: 'ه',
  ۀ: 'ه',
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ؤ: 'و',
  '\u2019': "'",
  '\u2010': '-',
  '\u2011': '-',
  // A half-space joins parts of one Persian word; matching treats it as the space it stands for.
  '\u200c': ' ',
  '\u00a0': ' ',
};

/**
 * Dropped: Arabic diacritics and the tatweel (so «ترجیحاً» reads as «ترجیحا»), direction marks
 * and isolates, zero-width space and joiner, soft hyphen, word joiner and the byte-order mark.
 * None of them changes a word, and any of them can hide one from a plain search.
 */
const DROP =
  /[\u064b-\u065f\u0670\u0640\u200b\u200d\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u00ad\u2060\ufeff]/;

export interface Normalized {
  text: string;
  /** For each code unit of `text`, the index in the original of the character it came from. */
  from: number[];
}

export function normalize(original: string): Normalized {
  let text = '';
  const from: number[] = [];
  let i = 0;
  for (const char of original) {
    const at = i;
    i += char.length;
    if (DROP.test(char)) continue;
    let out = FOLD[char];
    if (out === undefined) {
      const code = char.charCodeAt(0);
      if (code >= 0x06f0 && code <= 0x06f9) out = String(code - 0x06f0);
      else if (code >= 0x0660 && code <= 0x0669) out = String(code - 0x0660);
      else out = char.toLowerCase();
    }
    text += out;
    for (let k = 0; k < out.length; k++) from.push(at);
  }
  return { text, from };
}

/** The span of the original text that normalized code units [start, end) came from. */
export function originalSpan(n: Normalized, original: string, start: number, end: number): [number, number] {
  const first = n.from[start] ?? original.length;
  const lastFrom = n.from[end - 1];
  if (lastFrom === undefined) return [first, first];
  const cp = original.codePointAt(lastFrom) ?? 0;
  return [first, lastFrom + (cp > 0xffff ? 2 : 1)];
}
