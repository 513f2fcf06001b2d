/**
 * Geometry of the salary bar chart, worked out at build time: figures in, positions out. Pure, so
 * scaling, wrapping and axis ticks are unit-tested and the page ships no chart code.
 */

export interface SalaryBarInput {
  id: string;
  label: string;
  value: number;
  highlight?: boolean;
}

export interface SalaryBar {
  id: string;
  highlight: boolean;
  value: number;
  /** The label, wrapped, with the baseline of each line. */
  lines: { text: string; y: number }[];
  /** Left edge of the bar's rectangle: x0 left to right, x0 minus the width right to left. */
  barX: number;
  barY: number;
  barWidth: number;
  /** Where the value text starts, just past the end of the bar (to its left when right to left). */
  valueX: number;
  valueY: number;
}

export interface SalaryChartLayout {
  width: number;
  height: number;
  /** Where bars and labels start: the left edge, or the right edge when right to left. */
  x0: number;
  /** Right to left: draw the SVG with direction="rtl", so "start" anchors text at its right end. */
  rtl: boolean;
  barHeight: number;
  /** The value the full plot width stands for: a round number at or above the largest figure. */
  max: number;
  ticks: { value: number; x: number }[];
  axisY: number;
  gridTop: number;
  gridBottom: number;
  bars: SalaryBar[];
}

/** Viewbox units. 400 wide keeps 14 px text at about 12.5 px on a 390 px phone. */
export const SALARY_CHART = {
  width: 400,
  padX: 4,
  /** Room right of the longest bar for a value such as "$215,000". */
  valueRoom: 70,
  axisHeight: 22,
  lineHeight: 18,
  labelToBar: 5,
  barHeight: 16,
  rowGap: 16,
  /** About how many characters of 14 px text fit across the chart. */
  charsPerLine: 46,
} as const;

/** A step of 1, 2, 2.5 or 5 times a power of ten giving about `target` intervals up to `max`. */
export function niceStep(max: number, target = 5): number {
  if (!Number.isFinite(max) || max <= 0) throw new RangeError('niceStep needs a positive, finite maximum');
  const rough = max / target;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough);
  return step ?? 10 * power;
}

/** Splits a label at spaces into lines of at most `maxChars` (a longer single word stays whole). */
export function wrapLabel(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    if (line && `${line} ${word}`.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Positions of every bar, label, value and tick. With `rtl` the chart is mirrored: bars grow from
 * the right edge, labels sit on the right and values to the left of each bar.
 */
export function layoutSalaryChart(
  figures: readonly SalaryBarInput[],
  { rtl = false }: { rtl?: boolean } = {},
): SalaryChartLayout {
  const c = SALARY_CHART;
  for (const f of figures) {
    if (!Number.isFinite(f.value) || f.value <= 0) {
      throw new RangeError(`Salary chart: figure "${f.id}" needs a positive amount, got ${f.value}.`);
    }
  }
  const largest = Math.max(1, ...figures.map((f) => f.value));
  const step = niceStep(largest);
  const max = Math.ceil(largest / step) * step;
  const plotWidth = c.width - 2 * c.padX - c.valueRoom;
  const x = (value: number) => round(c.padX + (value / max) * plotWidth);
  /** A left-to-right x position, mirrored when right to left. */
  const flip = (at: number) => (rtl ? round(c.width - at) : at);

  let y = c.axisHeight + 6;
  const bars = figures.map((f): SalaryBar => {
    const lines = wrapLabel(f.label, c.charsPerLine).map((text, i) => ({
      text,
      y: y + (i + 1) * c.lineHeight - 4,
    }));
    const barY = y + lines.length * c.lineHeight + c.labelToBar;
    const barEnd = x(f.value);
    const barWidth = round(barEnd - c.padX);
    const bar: SalaryBar = {
      id: f.id,
      highlight: f.highlight ?? false,
      value: f.value,
      lines,
      barX: rtl ? round(c.width - c.padX - barWidth) : c.padX,
      barY,
      barWidth,
      valueX: flip(round(barEnd + 6)),
      valueY: barY + c.barHeight - 3,
    };
    y = barY + c.barHeight + c.rowGap;
    return bar;
  });
  const ticks = Array.from({ length: Math.round(max / step) + 1 }, (_, i) => ({
    value: i * step,
    x: flip(x(i * step)),
  }));
  return {
    width: c.width,
    height: y - c.rowGap + 8,
    x0: flip(c.padX),
    rtl,
    barHeight: c.barHeight,
    max,
    ticks,
    axisY: c.axisHeight - 8,
    gridTop: c.axisHeight - 4,
    gridBottom: y - c.rowGap + 4,
    bars,
  };
}
