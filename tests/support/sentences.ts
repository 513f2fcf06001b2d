/** Splitting article text into comparable sentences, for the repeated-sentence test. */

/** Sentences this long or longer count as a repeat. */
export const MIN_WORDS = 9;

/** A sentence normalised for comparison: quotes, direction marks, spaces, outer punctuation, case. */
function normalise(sentence: string): string {
  return sentence
    .replace(/[‘’]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/[\u200e\u200f\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '')
    .toLowerCase();
}

/** A short label before a colon ("Example:", "Responsibility:"), which would hide a repeat behind it. */
const LABEL = /^[^:：]{1,40}[:：]\s+/u;

/**
 * Sentences of a text of MIN_WORDS words or more, normalised. A sentence that starts with a short
 * label counts with and without it, so "For example: <sentence>" still matches "<sentence>".
 */
export function sentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?؟])\s+/u)
    .flatMap((s) => (LABEL.test(s) ? [s, s.replace(LABEL, '')] : [s]))
    .map(normalise)
    .filter((s) => s.split(' ').length >= MIN_WORDS);
}
