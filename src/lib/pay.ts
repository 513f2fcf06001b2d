/**
 * How a pay figure reads, in one place for every component that shows one: the amount (with "or
 * more" when the publisher prints only a floor) and the period the data describes. Pure, so the
 * rules are unit-tested.
 */
import { formatMoney, formatPublished, formatYear } from './locale';
import { fill } from './template';

interface Figure {
  annual: number;
  currency: string;
  year: number;
  month?: number | undefined;
  topCoded?: true | undefined;
}

/** "$171,200", or "$239,200 or more" for a top-coded figure (`orMore` is the UI string). */
export function payAmount(figure: Figure, lang: string, orMore: string): string {
  const amount = formatMoney(figure.annual, figure.currency, lang);
  return figure.topCoded ? fill(orMore, { amount }) : amount;
}

/** The data period: "May 2024" when the survey has a reference month, otherwise "2023". */
export function dataPeriod(figure: Pick<Figure, 'year' | 'month'>, lang: string): string {
  return figure.month === undefined
    ? formatYear(figure.year, lang)
    : formatPublished(`${figure.year}-${String(figure.month).padStart(2, '0')}`, lang);
}

/** The one place and period a set of figures shares, or an error naming what differs. */
export function sharedPeriod<T extends Figure & { id: string; country: string }>(
  figures: readonly T[],
  usedBy: string,
): { country: string; year: number; month?: number | undefined } {
  const [first] = figures;
  if (!first) throw new Error(`${usedBy}: needs at least one figure.`);
  const odd = figures.find(
    (f) => f.country !== first.country || f.year !== first.year || f.month !== first.month,
  );
  if (odd) {
    throw new Error(
      `${usedBy}: a table shows one place and data year; "${odd.id}" (${odd.country}, ${odd.year}) ` +
        `differs from "${first.id}" (${first.country}, ${first.year}). Put it in a table of its own.`,
    );
  }
  return { country: first.country, year: first.year, month: first.month };
}
