import { describe, expect, it } from 'vitest';
import { MIN_WORDS, sentences } from '../support/sentences';

describe('sentences() for the repeated-sentence test', () => {
  it('keeps sentences of nine or more words and drops shorter ones', () => {
    expect(MIN_WORDS).toBe(9);
    expect(sentences('Too short to count here. This one has exactly nine words in it today.')).toEqual([
      'this one has exactly nine words in it today',
    ]);
  });

  it('splits at block breaks as well as sentence ends, in both scripts', () => {
    const text =
      'A heading with no full stop at its end at all\nآیا این جمله‌ی پرسشی به اندازه‌ی کافی بلند هست یا نه؟ بله';
    expect(sentences(text)).toEqual([
      'a heading with no full stop at its end at all',
      'آیا این جمله‌ی پرسشی به اندازه‌ی کافی بلند هست یا نه',
    ]);
  });

  it('folds case, curly quotes and spaces, and keeps half-spaces inside Persian words', () => {
    const [a] = sentences('“Ship it,”   she said, and the whole team   agreed on the spot.');
    const [b] = sentences('"ship it," she said, and the whole team agreed on the spot');
    expect(a).toBe(b);
    expect(sentences('می‌خواهیم این جمله را با نیم‌فاصله‌ها درست و کامل نگه داریم.')[0]).toContain('\u200c');
  });

  it('counts a sentence behind a short label both with and without the label', () => {
    const found = sentences('For example: a lead PM reviews every roadmap with the sales team first.');
    expect(found).toContain('a lead pm reviews every roadmap with the sales team first');
  });
});
