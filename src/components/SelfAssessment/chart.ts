/**
 * The profile chart as a plain tree of SVG elements: one row per skill with the reader's rating
 * as a bar and the lead PM bar as a marker. Pure, so the geometry is unit-tested; the client turns
 * the tree into DOM nodes with createElementNS (no innerHTML, so nothing can inject markup).
 */
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
  leadBar: number;
}

export interface ChartStrings {
  title: string;
  desc: string;
  yourRating: string;
  leadBar: string;
  /** Right-hand note of a rated row: "You {{rating}} · bar {{bar}}". */
  rowValue: string;
  /** Right-hand note of an unrated row: "Not rated · bar {{bar}}". */
  rowUnrated: string;
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

/** The whole chart. `idPrefix` keeps the title and desc ids unique on the page. */
export function profileChart(
  rows: readonly ChartRow[],
  ratings: Ratings,
  strings: ChartStrings,
  idPrefix = 'sa-chart',
): SvgNode {
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
    },
    [
      el('title', { id: titleId }, undefined, strings.title),
      el('desc', { id: descId }, undefined, strings.desc),
      legend(strings),
      axis(top - 6, top + rows.length * CHART.rowHeight),
      ...rows.map((row, i) => chartRow(row, ratings.get(row.id), top + i * CHART.rowHeight, strings)),
    ],
  );
}

function legend(strings: ChartStrings): SvgNode {
  const y = 14;
  const mid = CHART.width / 2;
  return el('g', { class: 'legend' }, [
    el('rect', { class: 'rating', x: CHART.padX, y: y - 9, width: 18, height: 10, rx: 2 }),
    el('text', { x: CHART.padX + 24, y }, undefined, strings.yourRating),
    el('line', { class: 'bar-marker', x1: mid, x2: mid, y1: y - 12, y2: y + 3 }),
    el('text', { x: mid + 9, y }, undefined, strings.leadBar),
  ]);
}

/** Tick labels 0-5 above the rows and faint gridlines through them. */
function axis(labelY: number, bottom: number): SvgNode {
  const ticks = Array.from({ length: CHART.max + 1 }, (_, n) => n);
  return el(
    'g',
    { class: 'axis' },
    ticks.flatMap((n) => [
      el('line', { x1: scaleX(n), x2: scaleX(n), y1: labelY + 4, y2: bottom }),
      el(
        'text',
        { x: scaleX(n), y: labelY, 'text-anchor': n === 0 ? 'start' : n === CHART.max ? 'end' : 'middle' },
        undefined,
        String(n),
      ),
    ]),
  );
}

function chartRow(row: ChartRow, rating: Rating | undefined, y: number, strings: ChartStrings): SvgNode {
  const labelY = y + 14;
  const barY = labelY + CHART.labelToBar;
  const { barHeight } = CHART;
  const note =
    rating === undefined
      ? fill(strings.rowUnrated, { bar: row.leadBar })
      : fill(strings.rowValue, { rating, bar: row.leadBar });
  const children: SvgNode[] = [
    el('text', { class: 'name', x: CHART.padX, y: labelY }, undefined, row.name),
    el(
      'text',
      { class: 'note', x: CHART.width - CHART.padX, y: labelY, 'text-anchor': 'end' },
      undefined,
      note,
    ),
    el('rect', { class: 'track', x: CHART.padX, y: barY, width: plotWidth, height: barHeight, rx: 3 }),
  ];
  if (rating !== undefined) {
    children.push(
      el('rect', {
        class: 'rating',
        x: CHART.padX,
        y: barY,
        width: round(scaleX(rating) - CHART.padX),
        height: barHeight,
        rx: 3,
      }),
    );
    if (rating < row.leadBar) {
      // The shortfall, outlined, so the gap reads without relying on colour.
      children.push(
        el('rect', {
          class: 'gap',
          x: scaleX(rating),
          y: barY + 1,
          width: round(scaleX(row.leadBar) - scaleX(rating)),
          height: barHeight - 2,
        }),
      );
    }
  }
  children.push(
    el('line', {
      class: 'bar-marker',
      x1: scaleX(row.leadBar),
      x2: scaleX(row.leadBar),
      y1: barY - 4,
      y2: barY + barHeight + 4,
    }),
  );
  return el('g', { class: rating === undefined ? 'row unrated' : 'row', 'data-skill': row.id }, children);
}
