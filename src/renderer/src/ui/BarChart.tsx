import { memo, useMemo, useState, type MouseEvent, type ReactNode } from 'react';
import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { barSpans, categoryScale, labelInterval, pointAt, px, seriesPaths, valueAxis, wrapLabel, type BarOrientation } from './bar-chart-layout';
import './bar-chart.css';

export interface BarChartSeries {
  key: string;
  label: string;
  values: readonly number[];
  colour: string;
}

export interface BarChartProps {
  /** One label per point: days along a time axis, people down a people chart. */
  labels: readonly string[];
  series: readonly BarChartSeries[];
  /** Columns rise over a horizontal category axis (time); rows run from a vertical one (people). */
  orientation: BarOrientation;
  stacked: boolean;
  width: number;
  /** Of the plot with its axes; the legend, when there is one, goes below. */
  height: number;
  format(value: number): string;
  wholeNumbers: boolean;
  /** A fixed top of the value axis (100 for percents); by default the largest value, rounded up. */
  valueTop?: number;
  /** Room for a rows chart's category labels, in px. */
  categoryWidth?: number;
  legend?: boolean;
  /** A click on a bar. */
  onPick?(seriesKey: string, point: number): void;
}

const valueAxisWidth = 52;
const axisHeight = 22;
/** A day's label on a time axis («30 нояб.»): the room it needs, so labels are spaced without measuring each. */
const timeLabelPx = 56;
/** About what a character takes at 11 px, to wrap people's names. */
const charPx = 6.2;
/** The axes' labels: 11 px, set `gap` px from the axis (below it, the font's height further down). */
const labelFontPx = 11;
const labelGap = { below: 3, beside: 6 };

/** The bars alone, a path per series: a hover (which moves the cursor and the tooltip) does not touch them. */
const Bars = memo(function Bars({ paths, colours }: { paths: readonly string[]; colours: readonly string[] }) {
  return (
    <g className="bar-chart__bars">
      {paths.map((d, series) => d !== '' && <path key={series} className="bar-chart__bar" d={d} fill={colours[series]} data-series={series} />)}
    </g>
  );
});

/**
 * A tick label drawn as our own `<text>`: visx's default (`@visx/text`)
 * measures every word in the page, even when it wraps nothing.
 */
const tickLabel =
  (anchor: 'middle' | 'end', className?: string) =>
  ({ x, y, formattedValue }: { x: number; y: number; formattedValue: string | undefined }): ReactNode => (
    <text className={className} x={px(x)} y={px(y)} textAnchor={anchor} dominantBaseline={anchor === 'end' ? 'middle' : undefined}>
      {formattedValue}
    </text>
  );

/**
 * A bar chart on visx: its band and linear scales (`nice()` ticks), its
 * stack, its axes and groups; the bars are one `<path>` per series built
 * from those scales, so 90 days × 20 stacked series are 20 elements drawn
 * in one pass (recharts, and visx's own `BarStack`, draw a component per
 * bar; see docs/BENCHMARKS.md, "Trends — chart render"). Nothing is
 * measured in the page, and no style element is injected (the console's
 * CSP allows none): colours are the console's CSS variables. Hovering a
 * point shows its figures; a click on a bar is handed to `onPick` with its
 * series and point. The SVG is hidden from screen readers: the view that
 * uses it offers the same figures as a table.
 */
export function BarChart({ labels, series, orientation, stacked, width, height, format, wholeNumbers, valueTop, categoryWidth = 130, legend = true, onPick }: BarChartProps) {
  const columns = orientation === 'columns';
  // The plot's box, from numbers: they (not an object made anew each render) key the memoised scales.
  const plotX = columns ? valueAxisWidth : categoryWidth;
  const plotY = columns ? 6 : 4;
  const plotWidth = Math.max(0, width - plotX - (columns ? 8 : 16));
  const plotHeight = Math.max(0, height - plotY - axisHeight);
  const plot = { x: plotX, y: plotY, width: plotWidth, height: plotHeight };
  const along = columns ? plotWidth : plotHeight;
  const across = columns ? plotHeight : plotWidth;
  const points = labels.length;
  // The scales are d3 functions whose methods also set: they are read in here, and by the axes and the pointer only.
  const chart = useMemo(() => {
    const spans = barSpans(series.map((one) => one.values), points, stacked);
    const category = categoryScale(points, along);
    const value = valueAxis(spans, orientation, across, wholeNumbers, valueTop);
    const grid = value.ticks.map((tick) => ({ tick, at: px(value.scale(tick)) }));
    return { category, value, grid, band: category.step(), paths: seriesPaths(spans, stacked, orientation, category, value.scale) };
  }, [series, points, stacked, along, across, orientation, wholeNumbers, valueTop]);
  const { category, value, band } = chart;
  const colours = useMemo(() => series.map((one) => one.colour), [series]);
  const [pointed, setPointed] = useState<number | null>(null);
  // New figures with fewer points (day → week) under a still pointer: no tooltip for a point that is gone.
  const hovered = pointed !== null && pointed < points ? pointed : null;

  const every = columns ? labelInterval(points, plot.width, timeLabelPx) : 1;
  const labelled = labels.flatMap((_, point) => (point % every === 0 ? [point] : []));
  const charsPerLine = Math.max(4, Math.floor((categoryWidth - 8) / charPx));

  /** The point under the pointer: a series' bars are one element, so the point is found from where the pointer is. */
  const pointUnder = (event: MouseEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return pointAt(columns ? event.clientX - box.left - plot.x : event.clientY - box.top - plot.y, category);
  };
  const click = (event: MouseEvent<SVGSVGElement>) => {
    const seriesKey = series[Number((event.target as Element).closest('[data-series]')?.getAttribute('data-series') ?? Number.NaN)]?.key;
    const point = pointUnder(event);
    if (seriesKey !== undefined && point !== null) onPick?.(seriesKey, point);
  };
  const tooltipLeft = hovered === null ? 0 : columns ? plot.x + (hovered + 0.5) * band : plot.x + 12;
  const flip = columns && tooltipLeft > width / 2;
  const labelOf = (point: number) => labels[point] ?? '';
  /** A person's name on two lines at most, the whole of it in a tooltip when cut. */
  const personLabel = ({ x, y, formattedValue = '' }: { x: number; y: number; formattedValue: string | undefined }) => {
    const lines = wrapLabel(formattedValue, charsPerLine);
    return (
      <text className="bar-chart__category" x={x} y={px(y)} textAnchor="end" dominantBaseline="middle">
        {lines.join(' ') !== formattedValue && <title>{formattedValue}</title>}
        {lines.map((line, index) => (
          <tspan key={index} x={x} dy={index === 0 ? `${(-(lines.length - 1) * 0.55).toFixed(2)}em` : '1.1em'}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };
  const valueAxisProps = {
    axisClassName: 'bar-chart__axis bar-chart__axis--value',
    scale: value.scale,
    tickValues: value.ticks,
    tickFormat: (tick: { valueOf(): number }) => format(tick.valueOf()),
    hideTicks: true,
    hideAxisLine: true,
    tickLabelProps: { fontSize: labelFontPx },
  };
  const categoryAxisProps = {
    axisClassName: 'bar-chart__axis bar-chart__axis--category',
    axisLineClassName: 'bar-chart__baseline',
    scale: category,
    tickValues: labelled,
    tickFormat: labelOf,
    hideTicks: true,
    tickLabelProps: { fontSize: labelFontPx },
  };

  return (
    <div className={`bar-chart${onPick ? ' bar-chart--pickable' : ''}`}>
      <svg className="bar-chart__svg" width={width} height={height} aria-hidden="true" onMouseMove={(event) => setPointed(pointUnder(event))} onMouseLeave={() => setPointed(null)} onClick={click}>
        <Group top={plot.y} left={plot.x}>
          <g className="bar-chart__grid">
            {chart.grid.map(({ tick, at }) => (columns ? <line key={tick} x1={0} x2={plot.width} y1={at} y2={at} /> : <line key={tick} x1={at} x2={at} y1={0} y2={plot.height} />))}
          </g>
          {hovered !== null && (
            <rect
              className="bar-chart__cursor"
              x={columns ? px(hovered * band) : 0}
              y={columns ? 0 : px(hovered * band)}
              width={columns ? px(band) : plot.width}
              height={columns ? plot.height : px(band)}
            />
          )}
          <Bars paths={chart.paths} colours={colours} />
          {columns ? (
            <>
              <AxisLeft {...valueAxisProps} tickLength={labelGap.beside} tickComponent={tickLabel('end')} />
              <AxisBottom {...categoryAxisProps} top={plot.height} tickLength={labelGap.below} tickComponent={tickLabel('middle', 'bar-chart__category')} />
            </>
          ) : (
            <>
              <AxisBottom {...valueAxisProps} top={plot.height} tickLength={labelGap.below} tickComponent={tickLabel('middle')} />
              <AxisLeft {...categoryAxisProps} tickLength={labelGap.beside} tickComponent={personLabel} />
            </>
          )}
        </Group>
      </svg>
      {hovered !== null && (
        <div
          className="bar-chart__tooltip"
          style={{ left: flip ? undefined : tooltipLeft + 12, right: flip ? width - tooltipLeft + 12 : undefined, top: columns ? plot.y : px(plot.y + (hovered + 1) * band) }}
        >
          <div className="bar-chart__tooltip-label">{labels[hovered]}</div>
          {series.map((one) => (
            <div key={one.key} className="bar-chart__tooltip-row">
              <span className="bar-chart__swatch" style={{ background: one.colour }} />
              {one.label}: {format(one.values[hovered] ?? 0)}
            </div>
          ))}
        </div>
      )}
      {legend && (
        <ul className="bar-chart__legend">
          {series.map((one) => (
            <li key={one.key}>
              <span className="bar-chart__swatch" style={{ background: one.colour }} />
              {one.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
