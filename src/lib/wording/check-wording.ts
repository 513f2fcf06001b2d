/**
 * checkWording(text, lang): the words of an ad that code it for a gender or an age, jargon, and
 * asks that inflate what the job needs, each with a plainer wording; and how the ad leans by the
 * Gender Decoder's sum. Pure and synchronous. The lists compile once, on the first call, into one
 * fixed pattern each: reader text never becomes part of a pattern.
 *
 * Which lists run: an English page checks the English lists. A Persian page checks the Persian
 * lists and the English ones too, because Persian ads often carry English phrases ("Lead PM",
 * "rockstar"); the English lists only ever match Latin letters, so they cannot misread Persian.
 */
import { AGE_CODED_EN, JARGON_EN } from './lists/en-age-jargon';
import { FEMININE_CODED, MASCULINE_CODED } from './lists/en-gender-coded';
import { AGE_CODED_FA, APPEARANCE_FA, GENDER_FA, JARGON_FA, MARITAL_FA, MILITARY_FA } from './lists/fa-lists';
import { normalize, originalSpan } from './normalize';
import { RULES, type Rule } from './requirement-rules';
import type {
  GenderLean,
  WordingFinding,
  WordingKind,
  WordingLang,
  WordingResult,
  WordingSummary,
  WordList,
} from './types';

export type * from './types';

export const WORD_LISTS: readonly WordList[] = [
  MASCULINE_CODED,
  FEMININE_CODED,
  AGE_CODED_EN,
  JARGON_EN,
  GENDER_FA,
  AGE_CODED_FA,
  MILITARY_FA,
  MARITAL_FA,
  APPEARANCE_FA,
  JARGON_FA,
];

/** The most characters checked in one text; the builder's longest field takes 10,000. */
export const MAX_CHECKED = 50_000;

const LETTER = '\\p{L}\\p{M}\\p{N}';
/** Between the words of a phrase: up to six characters that are not letters (spaces, a colon). */
const GAP = `[^${LETTER}]{0,6}`;

// Only the characters that are syntax in a `u` pattern: escaping any other one (such as "-") is
// itself an error there.
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** One `match` of a list as a pattern: words in order, a trailing `*` a stem. */
function entrySource(match: string): string {
  return normalize(match)
    .text.trim()
    .split(/\s+/)
    .map((word) => (word.endsWith('*') ? `${escape(word.slice(0, -1))}[${LETTER}]*` : escape(word)))
    .join(GAP);
}

/** Many entries as one pattern, longest first so "recent college grad*" wins over "recent grad*". */
function alternation(matches: readonly string[]): RegExp {
  const sources = matches.map(entrySource).sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![${LETTER}])(?:${sources.join('|')})(?![${LETTER}])`, 'gu');
}

interface CompiledList {
  list: WordList;
  pattern: RegExp;
  except?: RegExp;
  /** The entry a matched text came from, by its normalized form: tried in the pattern's order. */
  entries: { test: RegExp; suggest?: string }[];
}

let compiled: CompiledList[] | undefined;

function compile(): CompiledList[] {
  return WORD_LISTS.map((list) => ({
    list,
    pattern: alternation(list.entries.map((e) => e.match)),
    ...(list.except ? { except: alternation(list.except) } : {}),
    entries: [...list.entries]
      .sort((a, b) => entrySource(b.match).length - entrySource(a.match).length)
      .map((e) => ({
        test: new RegExp(`^(?:${entrySource(e.match)})$`, 'u'),
        ...(e.suggest ? { suggest: e.suggest } : {}),
      })),
  }));
}

/** Spans of the normalized text that a list's exceptions cover. */
function spans(pattern: RegExp | undefined, text: string): [number, number][] {
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

/** The sentence around a match: from the last full stop or line break before it to the next. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = Math.max(text.lastIndexOf('.', start - 1), text.lastIndexOf('\n', start - 1), -1);
  const stops = ['.', '\n', '؛'].map((c) => text.indexOf(c, end)).filter((i) => i >= 0);
  return text.slice(before + 1, stops.length > 0 ? Math.min(...stops) : text.length);
}

function listsFor(lang: WordingLang): { lists: CompiledList[]; rules: readonly Rule[] } {
  compiled ??= compile();
  const langs: readonly WordingLang[] = lang === 'fa' ? ['fa', 'en'] : ['en'];
  return {
    lists: compiled.filter((c) => langs.includes(c.list.lang)),
    rules: RULES.filter((r) => langs.includes(r.lang)),
  };
}

/** The findings in one text, in reading order; where two overlap, the longer one. */
export function findWording(original: string, lang: WordingLang): WordingFinding[] {
  const source = original.length > MAX_CHECKED ? original.slice(0, MAX_CHECKED) : original;
  const n = normalize(source);
  const { lists, rules } = listsFor(lang);
  const raw: (WordingFinding & { nStart: number; nEnd: number })[] = [];
  const add = (kind: WordingKind, rule: string, nStart: number, nEnd: number, suggest?: string) => {
    const [start, end] = originalSpan(n, source, nStart, nEnd);
    raw.push({
      kind,
      rule,
      start,
      end,
      text: source.slice(start, end),
      nStart,
      nEnd,
      ...(suggest ? { suggest } : {}),
    });
  };
  for (const c of lists) {
    const skip = spans(c.except, n.text);
    for (const m of n.text.matchAll(c.pattern)) {
      const at = m.index;
      if (skip.some(([s, e]) => at >= s && at < e)) continue;
      const entry = c.entries.find((e) => e.test.test(m[0]));
      add(c.list.kind, c.list.id, at, at + m[0].length, entry?.suggest);
    }
  }
  for (const rule of rules) {
    for (const m of n.text.matchAll(rule.pattern)) {
      const end = m.index + m[0].length;
      if (rule.accept && !rule.accept(m, sentenceAround(n.text, m.index, end))) continue;
      add(rule.kind, rule.id, m.index, end, rule.suggest);
    }
  }
  raw.sort((a, b) => a.nStart - b.nStart || b.nEnd - a.nEnd);
  const findings: WordingFinding[] = [];
  let reached = -1;
  for (const { nStart, nEnd, ...finding } of raw) {
    if (nStart < reached) continue;
    findings.push(finding);
    reached = nEnd;
  }
  return findings;
}

/** The Gender Decoder's verdict: feminine minus masculine; beyond three either way is "strongly". */
export function genderLean(masculine: number, feminine: number): GenderLean {
  const score = feminine - masculine;
  if (score === 0) return feminine > 0 ? 'neutral' : 'empty';
  if (score > 3) return 'strongly-feminine';
  if (score > 0) return 'feminine';
  if (score < -3) return 'strongly-masculine';
  return 'masculine';
}

export function summarize(findings: readonly Pick<WordingFinding, 'kind'>[]): WordingSummary {
  const byKind: Partial<Record<WordingKind, number>> = {};
  for (const f of findings) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
  const masculine = byKind.masculine ?? 0;
  const feminine = byKind.feminine ?? 0;
  return { masculine, feminine, lean: genderLean(masculine, feminine), byKind };
}

export function checkWording(text: string, lang: WordingLang): WordingResult {
  const findings = findWording(typeof text === 'string' ? text : '', lang);
  return { findings, summary: summarize(findings) };
}
