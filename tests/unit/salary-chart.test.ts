import { describe, expect, it } from 'vitest';
import {
  layoutSalaryChart,
  niceStep,
  SALARY_CHART,
  wrapLabel,
} from '../../src/components/SalaryChart/salary-chart';
import { readData } from '../support/data-files';

const figures = [
  { id: 'lead-pm-p90', label: 'Lead product managers (top 10%, 2023)', value: 215000, highlight: true },
  { id: 'lead-pm-median', label: 'Lead product managers (median, 2023)', value: 145000, highlight: true },
  { id: 'all', label: 'All occupations (median, 2022)', value: 46310 },
];

describe('niceStep', () => {
  it.each([
    [215000, 50000],
    [100, 20],
    [9, 2],
    [1_000_000, 200000],
    [47, 10],
  ])('steps %d in round amounts of %d', (max, step) => {
    expect(niceStep(max)).toBe(step);
  });

  it('refuses nonsense', () => {
    expect(() => niceStep(0)).toThrow(RangeError);
    expect(() => niceStep(Number.NaN)).toThrow(RangeError);
    expect(() => niceStep(-5)).toThrow(RangeError);
  });
});

describe('wrapLabel', () => {
  it('keeps short labels on one line', () => {
    expect(wrapLabel('All occupations (median, 2022)', 50)).toEqual(['All occupations (median, 2022)']);
  });

  it('breaks long labels at spaces, never mid-word', () => {
    const lines = wrapLabel('Computer and information technology occupations (median, 2023)', 30);
    expect(lines.every((line) => line.length <= 30)).toBe(true);
    expect(lines.join(' ')).toBe('Computer and information technology occupations (median, 2023)');
  });

  it('leaves a single over-long word whole', () => {
    expect(wrapLabel('Supercalifragilistic', 5)).toEqual(['Supercalifragilistic']);
  });
});

describe('layoutSalaryChart', () => {
  const layout = layoutSalaryChart(figures);

  it('draws bars in proportion to the figures', () => {
    const [p90, median, all] = layout.bars;
    expect(median!.barWidth / p90!.barWidth).toBeCloseTo(145000 / 215000, 3);
    expect(all!.barWidth / p90!.barWidth).toBeCloseTo(46310 / 215000, 3);
  });

  it('rounds the axis up to a tick at or above the largest figure', () => {
    expect(layout.max).toBe(250000);
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 50000, 100000, 150000, 200000, 250000]);
    expect(layout.ticks[0]!.x).toBe(layout.x0);
  });

  it('keeps every bar, value and tick inside the viewBox', () => {
    for (const bar of layout.bars) {
      expect(bar.barWidth).toBeGreaterThan(0);
      // Room for a value as wide as "$215,000" past the end of the longest bar.
      expect(bar.valueX + SALARY_CHART.valueRoom - 6).toBeLessThanOrEqual(layout.width);
      expect(bar.barY + layout.barHeight).toBeLessThanOrEqual(layout.height);
    }
    for (const tick of layout.ticks) expect(tick.x).toBeLessThanOrEqual(layout.width);
  });

  it('stacks rows top to bottom without overlap', () => {
    const bars = layout.bars;
    for (let i = 1; i < bars.length; i++) {
      expect(bars[i]!.lines[0]!.y).toBeGreaterThan(bars[i - 1]!.barY + layout.barHeight);
    }
    expect(layout.gridBottom).toBeLessThanOrEqual(layout.height);
  });

  it('makes room for a wrapped label', () => {
    const long = layoutSalaryChart([
      { id: 'a', label: 'word '.repeat(30).trim(), value: 1 },
      { id: 'b', label: 'short', value: 1 },
    ]);
    const [a, b] = long.bars;
    expect(a!.lines.length).toBeGreaterThan(1);
    expect(a!.barY).toBeGreaterThan(a!.lines.at(-1)!.y);
    expect(b!.lines[0]!.y).toBeGreaterThan(a!.barY + long.barHeight);
  });

  it('carries the highlight through', () => {
    expect(layout.bars.map((b) => b.highlight)).toEqual([true, true, false]);
  });

  it('names the figure when an amount is unusable', () => {
    expect(() => layoutSalaryChart([{ id: 'broken', label: 'x', value: Number.NaN }])).toThrow(/broken/);
    expect(() => layoutSalaryChart([{ id: 'zero', label: 'x', value: 0 }])).toThrow(/zero/);
  });

  it('copes with no figures at all', () => {
    const empty = layoutSalaryChart([]);
    expect(empty.bars).toEqual([]);
    expect(empty.height).toBeGreaterThan(0);
  });

  it('lays out every figure in src/data/salary-figures.yaml', () => {
    const all = readData('salaryFigures');
    const chart = layoutSalaryChart(all.map((f) => ({ id: f.id, label: f.group, value: f.annual })));
    expect(chart.bars).toHaveLength(all.length);
    expect(chart.max).toBeGreaterThanOrEqual(Math.max(...all.map((f) => f.annual)));
  });
});
