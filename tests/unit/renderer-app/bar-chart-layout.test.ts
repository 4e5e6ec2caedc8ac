import { describe, expect, it } from 'vitest';
import { barSpans, categoryScale, labelInterval, pointAt, seriesPaths, valueAxis, wrapLabel } from '../../../src/renderer/src/ui/bar-chart-layout';

/** The value axis of one series of counts, on a 200 px tall column chart. */
const countTicks = (...values: number[]) => valueAxis(barSpans([values], values.length, true), 'columns', 200, true).ticks;

describe('bar chart layout', () => {
  it('ends a count axis on a round number at or above the largest value, its ticks on round steps', () => {
    expect(countTicks(37)).toEqual([0, 10, 20, 30, 40]);
    expect(countTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(countTicks(1234)).toEqual([0, 500, 1000, 1500]);
  });

  it('never puts a fraction of a call on a count axis, and draws an axis for nothing at all', () => {
    expect(countTicks(2)).toEqual([0, 1, 2]);
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
    expect(countTicks(0)).toEqual([0, 1]);
  });

  it('keeps fractions on an axis of averages, printed as they read', () => {
    expect(valueAxis(barSpans([[0.37]], 1, false), 'columns', 200, false).ticks).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
  });

  it('runs a percent axis to 100 whatever the figures', () => {
    const axis = valueAxis(barSpans([[12]], 1, false), 'rows', 300, false, 100);
    expect(axis.ticks.at(-1)).toBe(100);
    expect(axis.scale(100)).toBe(300);
  });

  it('reaches the tallest stack when stacked, the tallest bar when not', () => {
    const series = [[3, 1], [6, 7]];
    expect(valueAxis(barSpans(series, 2, true), 'columns', 100, true).ticks.at(-1)).toBe(10);
    expect(valueAxis(barSpans(series, 2, false), 'columns', 100, true).ticks.at(-1)).toBe(8);
  });

  it('stacks columns from the bottom of the plot in series order, each as tall as its value, one path per series', () => {
    const spans = barSpans([[10, 0], [30, 20]], 2, true);
    const paths = seriesPaths(spans, true, 'columns', categoryScale(2, 100), valueAxis(spans, 'columns', 200, true, 40).scale);
    // Bands of 50 px, 10 % empty on either side; zero draws nothing: one bar in the first path, two in the second.
    expect(paths).toEqual(['M5 150h40v50h-40z', 'M5 0h40v150h-40zM55 100h40v100h-40z']);
  });

  it('sets grouped bars side by side within their band, 4 px apart', () => {
    const spans = barSpans([[10], [20]], 1, false);
    const [left, right] = seriesPaths(spans, false, 'columns', categoryScale(1, 100), valueAxis(spans, 'columns', 200, true, 20).scale);
    expect(left).toBe('M10 100h38v100h-38z');
    expect(right).toBe('M52 0h38v200h-38z');
  });

  it('runs rows from the category axis for a people chart', () => {
    const spans = barSpans([[5]], 2, true);
    const [row] = seriesPaths(spans, true, 'rows', categoryScale(2, 200), valueAxis(spans, 'rows', 100, true, 10).scale);
    expect(row).toBe('M0 10h50v80h-50z');
  });

  it('counts a negative figure as no bar', () => {
    const spans = barSpans([[-3, 2]], 2, true);
    const [path] = seriesPaths(spans, true, 'columns', categoryScale(2, 100), valueAxis(spans, 'columns', 100, true).scale);
    expect(path).toBe('M55 0h40v100h-40z');
  });

  it('finds the point under the pointer, and none outside the plot', () => {
    const category = categoryScale(4, 100);
    expect(pointAt(0, category)).toBe(0);
    expect(pointAt(99.9, category)).toBe(3);
    expect(pointAt(-1, category)).toBeNull();
    expect(pointAt(100, category)).toBeNull();
    expect(pointAt(10, categoryScale(0, 100))).toBeNull();
  });

  it('labels every day of a week, and every few days of 90 so that labels do not overlap', () => {
    expect(labelInterval(7, 500, 56)).toBe(1);
    expect(labelInterval(90, 500, 56)).toBe(12);
  });

  it('wraps a long name between words on two lines, and cuts what does not fit with an ellipsis', () => {
    expect(wrapLabel('Ирина Морозова', 20)).toEqual(['Ирина Морозова']);
    expect(wrapLabel('Отдел: Отдел биллинга', 12)).toEqual(['Отдел: Отдел', 'биллинга']);
    expect(wrapLabel('Відділ якості обслуговування клієнтів', 12)).toEqual(['Відділ', 'якості…']);
    expect(wrapLabel('Обслуговування', 12)).toEqual(['Обслуговува…']);
  });
});
