/**
 * Checks Persian text against the guide's terms (src/data/terms.yaml): each concept has one Persian
 * term, and its other spellings or synonyms ("avoid") must not appear. Pure, so the unit tests and
 * the test over the built pages share it.
 */

/** The Persian forms of one term, as src/data/terms.yaml holds them. */
export interface PersianTermForms {
  id: string;
  fa: { term: string; first?: string | undefined; plural?: string | undefined; avoid: readonly string[] };
}

/** One avoided variant found in a text. */
export interface AvoidedHit {
  term: string;
  variant: string;
  context: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A variant matches as a whole word: no letter or zero-width non-joiner (which binds the parts of
 * one Persian word) just before it, no letter just after. So «راهبرد» is found in «راهبرد‌ها» but
 * not inside another word, and «نامزد» not in «نامزدی» (list such forms as variants of their own).
 */
const variantPattern = (variant: string) =>
  new RegExp(`(?<![\\p{L}\\u200c])${escape(variant)}(?!\\p{L})`, 'gu');

/**
 * Every avoided variant in `text`, except where it is part of an approved form of some term
 * («مدیر استخدام» inside «مدیر استخدام‌کننده», «مدیران ارشد» inside «مدیران ارشد محصول»).
 */
export function findAvoidedTerms(text: string, terms: readonly PersianTermForms[]): AvoidedHit[] {
  const approved = terms.flatMap((t) => [t.fa.term, t.fa.first, t.fa.plural]).filter(Boolean) as string[];
  const spans = approved.flatMap((form) =>
    [...text.matchAll(variantPattern(form))].map((m) => [m.index, m.index + form.length] as const),
  );
  const insideApproved = (from: number, to: number) => spans.some(([a, b]) => a <= from && to <= b);
  const hits: AvoidedHit[] = [];
  for (const term of terms) {
    for (const variant of term.fa.avoid) {
      for (const match of text.matchAll(variantPattern(variant))) {
        const at = match.index;
        if (insideApproved(at, at + variant.length)) continue;
        const context = text.slice(Math.max(0, at - 30), at + variant.length + 30);
        hits.push({ term: term.id, variant, context });
      }
    }
  }
  return hits;
}
