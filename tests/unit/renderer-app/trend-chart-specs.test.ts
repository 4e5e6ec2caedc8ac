import { describe, expect, it } from 'vitest';
import { sameChartSpec, type ChartSpec } from '../../../src/renderer/src/features/trends/trend-chart-specs';

const spec: ChartSpec = {
  id: 'agents', title: 'Calls by agent', axis: 'people', labels: ['Anna', 'Oleh'], stacked: true, unit: 'count',
  series: [{ key: 'answered', label: 'Answered', values: [4, 2], selection: { measure: 'answered' } }],
};
const copy = (change: (spec: ChartSpec) => void): ChartSpec => {
  const next = structuredClone(spec);
  change(next);
  return next;
};

describe('a chart is drawn again only when what it shows changed', () => {
  it('a new report with the same figures (a people chart when only day/week changed) is the same chart', () => {
    expect(sameChartSpec(spec, copy(() => undefined))).toBe(true);
  });

  it('a figure, a label, a title (another language) or what a click selects changes it', () => {
    expect(sameChartSpec(spec, copy((next) => void (next.series[0]?.values.splice(1, 1, 3))))).toBe(false);
    expect(sameChartSpec(spec, copy((next) => void (next.labels[1] = 'Olha')))).toBe(false);
    expect(sameChartSpec(spec, copy((next) => void (next.title = 'Звонки по операторам')))).toBe(false);
    expect(sameChartSpec(spec, copy((next) => void (next.series[0] && (next.series[0].selection = { measure: 'missed' }))))).toBe(false);
    expect(sameChartSpec(spec, copy((next) => void next.labels.push('Iryna')))).toBe(false);
  });
});
