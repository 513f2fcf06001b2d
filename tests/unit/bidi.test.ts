import { describe, expect, it } from 'vitest';
import { isolateLtrRuns } from '../../src/lib/bidi';

describe('isolateLtrRuns', () => {
  it('wraps a code in running Persian text in an unbreakable left-to-right isolate', () => {
    expect(isolateLtrRuns('<p>کد 11-3021 را ببینید.</p>')).toBe(
      '<p>کد <bdi dir="ltr" class="ltr-code">11-3021</bdi> را ببینید.</p>',
    );
  });

  it('wraps Latin-digit ranges and section numbers, and URLs without their closing punctuation', () => {
    expect(isolateLtrRuns('بازه‌ی 4–5 و ماده‌ی 1625.4')).toBe(
      'بازه‌ی <bdi dir="ltr" class="ltr-code">4–5</bdi> و ماده‌ی <bdi dir="ltr" class="ltr-code">1625.4</bdi>',
    );
    expect(isolateLtrRuns('نشانی https://www.bls.gov/ooh/. را')).toBe(
      'نشانی <bdi dir="ltr">https://www.bls.gov/ooh/</bdi>. را',
    );
  });

  it('leaves Persian-digit ranges, plain numbers and words alone', () => {
    const text = '<p>۴–۵ سال، 2024، SOC و ۱۵۰٬۰۰۰</p>';
    expect(isolateLtrRuns(text)).toBe(text);
  });

  it('leaves text already inside a dir="ltr" element, code, scripts and attributes alone', () => {
    const html =
      '<span dir="ltr">11-3021 <b>11-9199</b></span><code>1-2</code><script>a(1-2)</script><a href="/x/11-3021" title="11-2021">x</a>';
    expect(isolateLtrRuns(html)).toBe(html);
  });

  it('isolates again after a left-to-right element closes, and inside a dir="rtl" one within it', () => {
    expect(isolateLtrRuns('<div dir="ltr"><p dir="rtl">11-3021</p></div><br>11-2021')).toBe(
      '<div dir="ltr"><p dir="rtl"><bdi dir="ltr" class="ltr-code">11-3021</bdi></p></div><br><bdi dir="ltr" class="ltr-code">11-2021</bdi>',
    );
  });
});
