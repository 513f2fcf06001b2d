import { formatNumber } from './locale';
import { fill } from './template';

type Years = { min: number; max?: number | undefined };
type YearStrings = { range: string; open: string };

/** A level's typical years of experience, "5-10 years" or "15+ years", in the reader's digits. */
export function levelYears({ min, max }: Years, strings: YearStrings, lang: string): string {
  const n = (value: number) => formatNumber(value, lang);
  return max === undefined
    ? fill(strings.open, { min: n(min) })
    : fill(strings.range, { min: n(min), max: n(max) });
}
