import { formatNumber } from '../../lib/locale';
import { fill } from '../../lib/template';

/**
 * Which levels the ladder comparison shows. Pure so the rules are unit-tested; the client script
 * only applies the answer to the table.
 */

/** The query parameter that makes a comparison linkable, e.g. ?compare=senior-pm,lead-pm. */
export const COMPARE_PARAM = 'compare';

export interface Selection {
  /** Ids to show, in ladder order. Every level when the reader has not picked two. */
  visible: string[];
  /** True when exactly two different levels are shown side by side. */
  pair: boolean;
}

/**
 * The levels to show for the two choices. Until both are set to real, different levels, the
 * reader sees the whole ladder, so a half-made choice never hides information.
 */
export function selectLevels(ladder: readonly string[], first: string, second: string): Selection {
  const chosen = new Set([first, second].filter((id) => ladder.includes(id)));
  if (chosen.size < 2) return { visible: [...ladder], pair: false };
  return { visible: ladder.filter((id) => chosen.has(id)), pair: true };
}

/** The two ids of a ?compare=a,b value, or empty strings when it does not name two levels. */
export function parseCompareParam(value: string | null, ladder: readonly string[]): [string, string] {
  const ids = (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((id) => ladder.includes(id));
  const [first = '', second = ''] = [...new Set(ids)];
  return second ? [first, second] : ['', ''];
}

/** The ?compare= value for a selection, or null when the whole ladder shows. */
export function compareParam(selection: Selection): string | null {
  return selection.pair ? selection.visible.join(',') : null;
}

export interface CompareStrings {
  /** "Comparing {{first}} and {{second}}." */
  pair: string;
  /** "Showing all {{count}} levels." */
  all: string;
  /** "Choose a second level to compare with {{first}}." */
  one: string;
  /** The Intl locale numbers are written in, e.g. "fa-IR" for Persian digits. Default "en-US". */
  locale?: string;
}

/** What the live region says after a change, so screen-reader users hear what the table shows. */
export function describeSelection(
  selection: Selection,
  chosen: readonly string[],
  titles: Readonly<Record<string, string>>,
  strings: CompareStrings,
): string {
  if (selection.pair) {
    const [first = '', second = ''] = selection.visible.map((id) => titles[id] ?? id);
    return fill(strings.pair, { first, second });
  }
  const picked = chosen.filter((id) => Object.hasOwn(titles, id));
  const only = picked[0];
  if (only !== undefined && new Set(picked).size === 1) {
    return fill(strings.one, { first: titles[only] ?? only });
  }
  return fill(strings.all, { count: formatNumber(selection.visible.length, strings.locale) });
}
