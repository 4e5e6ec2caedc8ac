import { memo, useMemo, useState, type MouseEvent } from 'react';
import { barRects, labelInterval, pointAt, valueMax, valueTicks, wrapLabel, type BarOrientation, type BarRect, type PlotBox } from './bar-chart-geometry';
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
/** SVG attributes with two decimals: shorter markup, no visible difference. */
const px = (value: number) => Math.round(value * 100) / 100;

/** One rectangle in path syntax: each series' bars are one `<path>`, so 90 days × 20 series are 20 elements, not 1,800. */
const rectPath = (rect: BarRect) => `M${px(rect.x)} ${px(rect.y)}h${px(rect.width)}v${px(rect.height)}h${px(-rect.width)}z`;

/** The bars alone, a path per series: a hover (which moves the cursor and the tooltip) does not touch them. */
const Bars = memo(function Bars({ rects, colours }: { rects: readonly BarRect[]; colours: readonly string[] }) {
  const paths = useMemo(() => {
    const bySeries = colours.map(() => [] as string[]);
    for (const rect of rects) bySeries[rect.series]?.push(rectPath(rect));
    return bySeries.map((parts) => parts.join(''));
  }, [rects, colours]);
  return (
    <g className="bar-chart__bars">
      {paths.map((d, series) => d !== '' && <path key={series} className="bar-chart__bar" d={d} fill={colours[series]} data-series={series} />)}
    </g>
  );
});

/**
 * A bar chart drawn as plain SVG by React, one `<path>` per series and
 * nothing measured in the page: 90 days × 20 stacked series are 20 elements,
 * drawn in one pass (recharts took 20–30× as long for the same bars; see
 * docs/BENCHMARKS.md, "Trends — chart render"). No style element is
 * injected (the console's CSP allows none): colours are the console's CSS
 * variables. Hovering a point shows its figures; a click on a bar is handed
 * to `onPick` with its series and point. The SVG is hidden from screen
 * readers: the view that uses it offers the same figures as a table.
 */
export function BarChart({ labels, series, orientation, stacked, width, height, format, wholeNumbers, valueTop, categoryWidth = 130, legend = true, onPick }: BarChartProps) {
  const columns = orientation === 'columns';
  const plot: PlotBox = columns
    ? { x: valueAxisWidth, y: 6, width: Math.max(0, width - valueAxisWidth - 8), height: Math.max(0, height - 6 - axisHeight) }
    : { x: categoryWidth, y: 4, width: Math.max(0, width - categoryWidth - 16), height: Math.max(0, height - 4 - axisHeight) };
  const values = useMemo(() => series.map((one) => one.values), [series]);
  const ticks = useMemo(() => valueTicks(valueTop ?? valueMax(values, labels.length, stacked), wholeNumbers), [valueTop, values, labels.length, stacked, wholeNumbers]);
  const top = valueTop ?? ticks.at(-1) ?? 1;
  const rects = useMemo(
    () => barRects(values, labels.length, stacked, orientation, plot, top),
    // The plot box is made anew each render; its four numbers are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [values, labels.length, stacked, orientation, plot.x, plot.y, plot.width, plot.height, top],
  );
  const colours = useMemo(() => series.map((one) => one.colour), [series]);
  const [pointed, setPointed] = useState<number | null>(null);
  // New figures with fewer points (day → week) under a still pointer: no tooltip for a point that is gone.
  const hovered = pointed !== null && pointed < labels.length ? pointed : null;

  const along = columns ? plot.width : plot.height;
  const band = labels.length === 0 ? 0 : along / labels.length;
  const valueAt = (value: number) => (value / top) * (columns ? plot.height : plot.width);
  const every = columns ? labelInterval(labels.length, plot.width, timeLabelPx) : 1;
  const charsPerLine = Math.max(4, Math.floor((categoryWidth - 8) / charPx));

  /** The point under the pointer: a series' bars are one element, so the point is found from where the pointer is. */
  const pointUnder = (event: MouseEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return pointAt(columns ? event.clientX - box.left - plot.x : event.clientY - box.top - plot.y, along, labels.length);
  };
  const click = (event: MouseEvent<SVGSVGElement>) => {
    const seriesKey = series[Number((event.target as Element).closest('[data-series]')?.getAttribute('data-series') ?? Number.NaN)]?.key;
    const point = pointUnder(event);
    if (seriesKey !== undefined && point !== null) onPick?.(seriesKey, point);
  };
  const tooltipLeft = hovered === null ? 0 : columns ? plot.x + (hovered + 0.5) * band : plot.x + 12;
  const flip = columns && tooltipLeft > width / 2;

  return (
    <div className={`bar-chart${onPick ? ' bar-chart--pickable' : ''}`}>
      <svg className="bar-chart__svg" width={width} height={height} aria-hidden="true" onMouseMove={(event) => setPointed(pointUnder(event))} onMouseLeave={() => setPointed(null)} onClick={click}>
        <g className="bar-chart__grid">
          {ticks.map((tick) =>
            columns ? (
              <line key={tick} x1={plot.x} x2={plot.x + plot.width} y1={px(plot.y + plot.height - valueAt(tick))} y2={px(plot.y + plot.height - valueAt(tick))} />
            ) : (
              <line key={tick} x1={px(plot.x + valueAt(tick))} x2={px(plot.x + valueAt(tick))} y1={plot.y} y2={plot.y + plot.height} />
            ),
          )}
        </g>
        {hovered !== null && (
          <rect
            className="bar-chart__cursor"
            x={columns ? px(plot.x + hovered * band) : plot.x}
            y={columns ? plot.y : px(plot.y + hovered * band)}
            width={columns ? px(band) : plot.width}
            height={columns ? plot.height : px(band)}
          />
        )}
        <Bars rects={rects} colours={colours} />
        <g className="bar-chart__axis bar-chart__axis--value">
          {ticks.map((tick) =>
            columns ? (
              <text key={tick} x={plot.x - 6} y={px(plot.y + plot.height - valueAt(tick))} textAnchor="end" dominantBaseline="middle">
                {format(tick)}
              </text>
            ) : (
              <text key={tick} x={px(plot.x + valueAt(tick))} y={plot.y + plot.height + 14} textAnchor="middle">
                {format(tick)}
              </text>
            ),
          )}
        </g>
        <g className="bar-chart__axis bar-chart__axis--category">
          <line className="bar-chart__baseline" x1={plot.x} y1={plot.y + plot.height} x2={columns ? plot.x + plot.width : plot.x} y2={columns ? plot.y + plot.height : plot.y} />
          {labels.map((label, point) => {
            if (point % every !== 0) return null;
            const middle = px((point + 0.5) * band);
            if (columns) {
              return (
                <text key={point} className="bar-chart__category" x={plot.x + middle} y={plot.y + plot.height + 14} textAnchor="middle">
                  {label}
                </text>
              );
            }
            const lines = wrapLabel(label, charsPerLine);
            return (
              <text key={point} className="bar-chart__category" x={plot.x - 6} y={plot.y + middle} textAnchor="end" dominantBaseline="middle">
                {lines.join(' ') !== label && <title>{label}</title>}
                {lines.map((line, index) => (
                  <tspan key={index} x={plot.x - 6} dy={index === 0 ? `${(-(lines.length - 1) * 0.55).toFixed(2)}em` : '1.1em'}>
                    {line}
                  </tspan>
                ))}
              </text>
            );
          })}
        </g>
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
