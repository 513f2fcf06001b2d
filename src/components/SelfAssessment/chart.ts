/**
 * The profile chart as a plain tree of SVG elements: one row per skill with the reader's rating
 * as a bar and the bar of the level compared with as a marker. Pure, so the geometry is unit-tested; the client turns
 * the tree into DOM nodes with createElementNS (no innerHTML, so nothing can inject markup).
 */
import { formatNumber } from '../../lib/locale';
import { fill } from '../../lib/template';
import type { Rating, Ratings } from './assessment-logic';

export interface SvgNode {
  tag: string;
  attrs: Record<string, string | number>;
  children?: SvgNode[];
  text?: string;
}

export interface ChartRow {
  id: string;
  name: string;
  /** The bar of the level the rating is compared with. */
  bar: number;
}

export interface ChartStrings {
  title: string;
  desc: string;
  yourRating: string;
  /** The legend of the marker, e.g. "Lead PM bar". */
  bar: string;
  /** Right-hand note of a rated row: "You {{rating}} · bar {{bar}}". */
  rowValue: string;
  /** Right-hand note of an unrated row: "Not rated · bar {{bar}}". */
  rowUnrated: string;
}

/** How the chart is written: numbers in the digits of `locale`, and mirrored when `rtl`. */
export interface ChartOptions {
  /** Intl locale of the numbers, e.g. "fa-IR" for Persian digits. Default "en-US". */
  locale?: string;
  /** Right to left: bars grow from the right, names sit on the right, notes on the left. */
  rtl?: boolean;
}

/** Geometry in viewBox units. 360 wide keeps 13 px text at about 13 px on a 390 px phone. */
export const CHART = {
  width: 360,
  padX: 4,
  legendHeight: 28,
  axisHeight: 22,
  rowHeight: 46,
  labelToBar: 8,
  barHeight: 14,
  max: 5,
} as const;

const plotWidth = CHART.width - 2 * CHART.padX;

/** x of a rating on the 0-5 scale. */
export function scaleX(value: number): number {
  const clamped = Math.min(Math.max(value, 0), CHART.max);
  return round(CHART.padX + (clamped / CHART.max) * plotWidth);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

const el = (tag: string, attrs: SvgNode['attrs'], children?: SvgNode[], text?: string): SvgNode => ({
  tag,
  attrs,
  ...(children ? { children } : {}),
  ...(text !== undefined ? { text } : {}),
});

/**
 * Mirrors x positions for a right-to-left chart. Text anchors need no change: the SVG carries
 * direction="rtl", under which "start" is the right-hand end of a text and "end" its left.
 */
interface Mirror {
  /** A point. */
  x(x: number): number;
  /** The left edge of a box that starts at `x` (in left-to-right terms) and is `width` wide. */
  box(x: number, width: number): number;
}

function mirror(rtl: boolean): Mirror {
  return {
    x: (x) => (rtl ? round(CHART.width - x) : x),
    box: (x, width) => (rtl ? round(CHART.width - x - width) : x),
  };
}

/** The whole chart. `idPrefix` keeps the title and desc ids unique on the page. */
export function profileChart(
  rows: readonly ChartRow[],
  ratings: Ratings,
  strings: ChartStrings,
  idPrefix = 'sa-chart',
  options: ChartOptions = {},
): SvgNode {
  const { locale = 'en-US', rtl = false } = options;
  const m = mirror(rtl);
  const num = (value: number) => formatNumber(value, locale);
  const top = CHART.legendHeight + CHART.axisHeight;
  const height = top + rows.length * CHART.rowHeight + 4;
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  return el(
    'svg',
    {
      viewBox: `0 0 ${CHART.width} ${height}`,
      width: '100%',
      role: 'img',
      'aria-labelledby': `${titleId} ${descId}`,
      class: 'profile-chart',
      direction: rtl ? 'rtl' : 'ltr',
    },
    [
      el('title', { id: titleId }, undefined, strings.title),
      el('desc', { id: descId }, undefined, strings.desc),
      legend(strings, m),
      axis(top - 6, top + rows.length * CHART.rowHeight, m, num),
      ...rows.map((row, i) => chartRow(row, ratings.get(row.id), top + i * CHART.rowHeight, strings, m, num)),
    ],
  );
}

function legend(strings: ChartStrings, m: Mirror): SvgNode {
  const y = 14;
  const mid = CHART.width / 2;
  return el('g', { class: 'legend' }, [
    el('rect', { class: 'rating', x: m.box(CHART.padX, 18), y: y - 9, width: 18, height: 10, rx: 2 }),
    el('text', { x: m.x(CHART.padX + 24), y }, undefined, strings.yourRating),
    el('line', { class: 'bar-marker', x1: m.x(mid), x2: m.x(mid), y1: y - 12, y2: y + 3 }),
    el('text', { x: m.x(mid + 9), y }, undefined, strings.bar),
  ]);
}

/** Tick labels 0-5 above the rows and faint gridlines through them. */
function axis(labelY: number, bottom: number, m: Mirror, num: (n: number) => string): SvgNode {
  const ticks = Array.from({ length: CHART.max + 1 }, (_, n) => n);
  return el(
    'g',
    { class: 'axis' },
    ticks.flatMap((n) => [
      el('line', { x1: m.x(scaleX(n)), x2: m.x(scaleX(n)), y1: labelY + 4, y2: bottom }),
      el(
        'text',
        {
          x: m.x(scaleX(n)),
          y: labelY,
          'text-anchor': n === 0 ? 'start' : n === CHART.max ? 'end' : 'middle',
        },
        undefined,
        num(n),
      ),
    ]),
  );
}

function chartRow(
  row: ChartRow,
  rating: Rating | undefined,
  y: number,
  strings: ChartStrings,
  m: Mirror,
  num: (n: number) => string,
): SvgNode {
  const labelY = y + 14;
  const barY = labelY + CHART.labelToBar;
  const { barHeight } = CHART;
  const note =
    rating === undefined
      ? fill(strings.rowUnrated, { bar: num(row.bar) })
      : fill(strings.rowValue, { rating: num(rating), bar: num(row.bar) });
  const children: SvgNode[] = [
    el('text', { class: 'name', x: m.x(CHART.padX), y: labelY }, undefined, row.name),
    el(
      'text',
      { class: 'note', x: m.x(CHART.width - CHART.padX), y: labelY, 'text-anchor': 'end' },
      undefined,
      note,
    ),
    el('rect', {
      class: 'track',
      x: m.box(CHART.padX, plotWidth),
      y: barY,
      width: plotWidth,
      height: barHeight,
      rx: 3,
    }),
  ];
  if (rating !== undefined) {
    const width = round(scaleX(rating) - CHART.padX);
    children.push(
      el('rect', { class: 'rating', x: m.box(CHART.padX, width), y: barY, width, height: barHeight, rx: 3 }),
    );
    if (rating < row.bar) {
      // The shortfall, outlined, so the gap reads without relying on colour.
      const gap = round(scaleX(row.bar) - scaleX(rating));
      children.push(
        el('rect', {
          class: 'gap',
          x: m.box(scaleX(rating), gap),
          y: barY + 1,
          width: gap,
          height: barHeight - 2,
        }),
      );
    }
  }
  children.push(
    el('line', {
      class: 'bar-marker',
      x1: m.x(scaleX(row.bar)),
      x2: m.x(scaleX(row.bar)),
      y1: barY - 4,
      y2: barY + barHeight + 4,
    }),
  );
  return el('g', { class: rating === undefined ? 'row unrated' : 'row', 'data-skill': row.id }, children);
}
