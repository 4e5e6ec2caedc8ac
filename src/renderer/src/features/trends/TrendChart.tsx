import { memo, useCallback, useId, useMemo, useState } from 'react';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BarChart } from '../../ui/BarChart';
import { sameChartSpec, type ChartSpec, type ChartUnit } from './trend-chart-specs';
import { useDrawnValue } from './use-drawn-value';
import { useElementWidth } from '../../ui/use-element-width';

/** Colours that say something keep their meaning in every chart; other series take the palette in turn. */
const meaningful: Record<string, string> = {
  answered: 'var(--mantine-color-teal-6)',
  missed: 'var(--mantine-color-orange-6)',
  abandoned: 'var(--mantine-color-red-7)',
  kept: 'var(--mantine-color-teal-6)',
  broken: 'var(--mantine-color-red-7)',
  overdue: 'var(--mantine-color-orange-6)',
  pending: 'var(--mantine-color-blue-4)',
};
const palette = ['blue-6', 'grape-6', 'teal-5', 'orange-5', 'indigo-4', 'lime-7', 'pink-5', 'cyan-7', 'yellow-6', 'violet-7', 'red-4', 'green-8']
  .flatMap((colour) => [`var(--mantine-color-${colour})`]);

export function seriesColour(key: string, index: number): string {
  return meaningful[key] ?? palette[index % palette.length] ?? 'var(--mantine-color-gray-6)';
}

/** Formats a chart's values; the number formats are made once per language, not once per tick and tooltip. */
export function useValueFormat(unit: ChartUnit): (value: number) => string {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const decimal = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
    const whole = new Intl.NumberFormat(i18n.language);
    return (value: number) => {
      if (unit === 'percent') return t('trends.percent', { value: decimal.format(value * 100) });
      if (unit === 'minutes') return t('trends.minutes', { value: decimal.format(value) });
      return whole.format(value);
    };
  }, [t, i18n.language, unit]);
}

/**
 * The chart's figures as a table, shown on request: every figure is a button
 * that picks the calls behind it, so the drill-down works from the keyboard
 * and a screen reader reads the numbers (an SVG bar is neither focusable nor
 * read).
 */
function ChartTable({ spec, format, onPick }: { spec: ChartSpec; format(value: number): string; onPick(seriesKey: string, index: number): void }) {
  const { t } = useTranslation();
  return (
    <div className="trend-chart__table-wrap">
      <table className="trend-chart__table" data-testid={`trend-table-${spec.id}`}>
        <caption className="visually-hidden">{spec.title}</caption>
        <thead>
          <tr>
            <th scope="col">{spec.axis === 'people' ? t('trends.table.who') : t('trends.table.when')}</th>
            {spec.series.map((series) => (
              <th scope="col" key={series.key}>
                {series.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spec.labels.map((label, index) => (
            <tr key={`${label}-${index}`}>
              <th scope="row">{label}</th>
              {spec.series.map((series) => {
                const value = series.values[index] ?? 0;
                return (
                  <td key={series.key}>
                    {value === 0 ? (
                      format(0)
                    ) : (
                      <button
                        type="button"
                        className="trend-chart__figure"
                        aria-label={t('trends.table.pick', { series: series.label, label, value: format(value) })}
                        onClick={() => onPick(series.key, index)}
                        data-testid="trend-table-figure"
                      >
                        {format(value)}
                      </button>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * One chart of the view: bars along time or across people, stacked when its
 * series are parts of a whole. A click on a bar picks the calls behind it;
 * so does a figure of its table, from the keyboard.
 * Drawn as SVG by React (no style element injected: the console's CSP allows
 * none), without animation, at the figure's measured width, and only when
 * its figures change (a new report with the same figures, or a pick
 * elsewhere, leaves it as it is), so that 90 days × 20 series draw at once.
 */
export const TrendChart = memo(function TrendChart({ spec, onPick }: { spec: ChartSpec; onPick(chartId: string, seriesKey: string, index: number): void }) {
  const { t } = useTranslation();
  const format = useValueFormat(spec.unit);
  const [ref, drawn] = useDrawnValue<ChartSpec, HTMLElement>(spec);
  const width = useElementWidth(ref);
  const series = useMemo(() => drawn?.series.map((one, index) => ({ key: one.key, label: one.label, values: one.values, colour: seriesColour(one.key, index) })) ?? [], [drawn]);
  const pickHere = useCallback((seriesKey: string, index: number) => onPick(spec.id, seriesKey, index), [onPick, spec.id]);
  const people = spec.axis === 'people';
  const empty = spec.series.every((series) => series.values.every((value) => value === 0));
  const heightOf = (shown: ChartSpec) => (people ? Math.max(120, 26 * shown.labels.length + 30) : 210);
  const [asTable, setAsTable] = useState(false);
  const tableId = useId();
  return (
    <figure ref={ref} className="trend-chart" data-testid={`trend-chart-${spec.id}`} aria-label={spec.title}>
      <figcaption className="trend-chart__caption">
        <span className="trend-chart__title">{spec.title}</span>
        {!empty && (
          <Button size="compact-xs" variant="subtle" aria-expanded={asTable} aria-controls={tableId} onClick={() => setAsTable((shown) => !shown)} data-testid="trend-table-toggle">
            {asTable ? t('trends.table.hide') : t('trends.table.show')}
          </Button>
        )}
      </figcaption>
      {/* Right after its toggle: the keyboard reaches the figures before the chart. */}
      <div id={tableId}>{asTable && !empty && <ChartTable spec={spec} format={format} onPick={pickHere} />}</div>
      {empty ? (
        <p className="empty-state">{t('trends.nothingInPeriod')}</p>
      ) : !drawn || width === 0 ? (
        // About the chart's height with a line of legend, so the page below moves little when it is drawn.
        <div className="trend-chart__pending" style={{ height: heightOf(spec) + 24 }} />
      ) : (
        <BarChart
          labels={drawn.labels}
          series={series}
          orientation={people ? 'rows' : 'columns'}
          stacked={drawn.stacked}
          width={width}
          height={heightOf(drawn)}
          format={format}
          wholeNumbers={drawn.unit === 'count'}
          onPick={pickHere}
        />
      )}
    </figure>
  );
}, (before, after) => before.onPick === after.onPick && sameChartSpec(before.spec, after.spec));
