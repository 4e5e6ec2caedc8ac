import { describe, expect, it } from 'vitest';
import { barRects, labelInterval, pointAt, valueMax, valueTicks, wrapLabel } from '../../../src/renderer/src/ui/bar-chart-geometry';

const plot = { x: 50, y: 10, width: 100, height: 200 };

describe('bar chart geometry', () => {
  it('ends the value axis on a round number at or above the largest value', () => {
    expect(valueTicks(37, true)).toEqual([0, 10, 20, 30, 40]);
    expect(valueTicks(7, true)).toEqual([0, 2, 4, 6, 8]);
    expect(valueTicks(0.37, false)).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
    expect(valueTicks(1234, true)).toEqual([0, 400, 800, 1200, 1600]);
    expect(valueTicks(105, true)).toEqual([0, 30, 60, 90, 120]);
  });

  it('never puts a fraction of a call on a count axis, and draws an axis for nothing at all', () => {
    expect(valueTicks(2, true)).toEqual([0, 1, 2]);
    expect(valueTicks(0, true)).toEqual([0, 1]);
  });

  it('reaches the tallest stack when stacked, the tallest bar when not', () => {
    const series = [[3, 1], [4, 9]];
    expect(valueMax(series, 2, true)).toBe(10);
    expect(valueMax(series, 2, false)).toBe(9);
  });

  it('stacks columns from the bottom of the plot in series order, each as tall as its value', () => {
    const rects = barRects([[10, 0], [30, 20]], 2, true, 'columns', plot, 40);
    // Zero draws nothing: three bars, not four.
    expect(rects).toHaveLength(3);
    const [first, second, third] = rects;
    expect(first).toMatchObject({ series: 0, point: 0, x: 55, width: 40, height: 50, y: 160 });
    expect(second).toMatchObject({ series: 1, point: 0, x: 55, height: 150, y: 10 });
    expect(third).toMatchObject({ series: 1, point: 1, x: 105, height: 100, y: 110 });
  });

  it('sets grouped bars side by side within their band, 4 px apart', () => {
    const [left, right] = barRects([[10], [20]], 1, false, 'columns', plot, 20);
    expect(left?.width).toBeCloseTo(38);
    expect(right?.x).toBeCloseTo((left?.x ?? 0) + (left?.width ?? 0) + 4);
    expect(right?.height).toBe(200);
  });

  it('runs rows from the category axis for a people chart', () => {
    const [row] = barRects([[5]], 2, true, 'rows', plot, 10);
    expect(row).toMatchObject({ x: 50, y: 20, width: 50, height: 80 });
  });

  it('finds the point under the pointer, and none outside the plot', () => {
    expect(pointAt(0, 100, 4)).toBe(0);
    expect(pointAt(99.9, 100, 4)).toBe(3);
    expect(pointAt(-1, 100, 4)).toBeNull();
    expect(pointAt(100, 100, 4)).toBeNull();
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
