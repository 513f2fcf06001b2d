import { describe, expect, it } from 'vitest';
import {
  countWords,
  readingMinutes,
  readingMinutesOfHtml,
  textOfHtml,
  WORDS_PER_MINUTE,
} from '../../src/lib/reading-time';

describe('countWords', () => {
  it('counts runs of letters and digits, keeping contractions and numbers whole', () => {
    expect(countWords('A lead PM’s week: 4 to 5+ years, $145,000 a year.')).toBe(11);
    expect(countWords("don't stop")).toBe(2);
    expect(countWords('well-known')).toBe(1);
  });
  it('counts nothing in punctuation or whitespace', () => {
    expect(countWords('  – · — ')).toBe(0);
    expect(countWords('')).toBe(0);
  });
});

describe('textOfHtml', () => {
  it('drops tags, scripts, styles, SVG and hidden keyword lists', () => {
    const html = [
      '<p>Visible <strong>text</strong></p>',
      '<script type="application/json">{"many":"words here"}</script>',
      '<style>.a { color: red }</style>',
      '<svg><title>Chart</title><text>axis</text></svg>',
      '<p hidden data-pagefind-weight="5">keyword keyword keyword</p>',
      '<span hidden>section</span>',
      '<!-- a comment -->',
      '<p>More&nbsp;words &amp; more</p>',
    ].join('');
    expect(countWords(textOfHtml(html))).toBe(5);
  });
  it('keeps elements whose attributes only contain the letters "hidden"', () => {
    expect(countWords(textOfHtml('<p class="not-hidden-thing">three words here</p>'))).toBe(3);
  });
});

describe('readingMinutes', () => {
  it('rounds to whole minutes at the reading speed, with a floor of one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(WORDS_PER_MINUTE)).toBe(1);
    expect(readingMinutes(WORDS_PER_MINUTE * 6.4)).toBe(6);
    expect(readingMinutes(WORDS_PER_MINUTE * 6.6)).toBe(7);
    expect(readingMinutes(1000, 100)).toBe(10);
  });
  it('refuses a count that is not one', () => {
    expect(() => readingMinutes(-1)).toThrow(/count/);
    expect(() => readingMinutes(Number.NaN)).toThrow(/count/);
  });
  it('reads minutes off HTML', () => {
    const words = Array.from({ length: WORDS_PER_MINUTE * 3 }, () => 'word').join(' ');
    expect(readingMinutesOfHtml(`<p>${words}</p><script>${words}</script>`)).toBe(3);
  });
});
