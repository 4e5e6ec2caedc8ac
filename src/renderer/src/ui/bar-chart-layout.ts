/**
 * A bar chart's scales and bars, in SVG pixels of its plot: visx's scales
 * and stack place everything; what is ours is drawing each series' bars as
 * one path, finding the point under the pointer, spacing the category
 * labels and wrapping people's names. Pure, so that it is tested without a
 * browser.
 */
import { scaleBand, scaleLinear } from '@visx/scale';
import { stack } from '@visx/shape';

export type BarOrientation = 'columns' | 'rows';
/** Points by their index: two people may share a name, and a band scale keeps one band per distinct value. */
export type CategoryScale = ReturnType<typeof scaleBand<number>>;
export type ValueScale = ReturnType<typeof scaleLinear<number>>;

/** recharts' proportions, which the console's charts had: 10 % of each band empty on either side, 4 px between grouped bars. */
const bandGap = 0.1;
const groupGap = 4;
/** About four steps on the value axis. */
const valueTickCount = 4;

/** The category axis: one band per point along `along` px. */
export function categoryScale(points: number, along: number): CategoryScale {
  return scaleBand<number>({ domain: Array.from({ length: points }, (_, point) => point), range: [0, along], paddingInner: 2 * bandGap, paddingOuter: bandGap });
}

export type BarSpans = (readonly [number, number])[][];

/** Each series' bars as [start, end] per point, by visx's (d3's) stack in series order, or each from zero. A negative value counts as none. */
export function barSpans(series: readonly (readonly number[])[], points: number, stacked: boolean): BarSpans {
  const value = (point: number, index: number) => Math.max(0, series[index]?.[point] ?? 0);
  if (!stacked) return series.map((_, index) => Array.from({ length: points }, (_, point) => [0, value(point, index)] as const));
  const layers = stack<number, number>({ keys: series.map((_, index) => index), value: (point, index) => value(point, index) })(Array.from({ length: points }, (_, point) => point));
  return layers.map((layer) => layer.map(([start, end]) => [start, end] as const));
}

export interface ValueAxis {
  scale: ValueScale;
  ticks: number[];
}

/**
 * The value axis over `length` px, up from the category axis: from 0 to
 * `top` when given (100 for percents), otherwise to the end of the longest
 * span (the tallest stack or bar) rounded up by the scale's `nice()`. `wholeNumbers` for counts: no
 * tick at 2.5 calls.
 */
export function valueAxis(spans: BarSpans, orientation: BarOrientation, length: number, wholeNumbers: boolean, top?: number): ValueAxis {
  const tallest = Math.max(0, ...spans.flatMap((seriesSpans) => seriesSpans.map(([, end]) => end)));
  const scale = scaleLinear<number>({
    domain: [0, top ?? (tallest > 0 ? tallest : 1)],
    range: orientation === 'columns' ? [length, 0] : [0, length],
    nice: top === undefined ? valueTickCount : false,
  });
  const ticks = scale.ticks(valueTickCount);
  return { scale, ticks: wholeNumbers ? ticks.filter((tick) => Number.isInteger(tick)) : ticks };
}

/** SVG numbers with two decimals: shorter markup, no visible difference. */
export const px = (value: number): number => Math.round(value * 100) / 100;

/**
 * Each series' bars as one SVG path of rectangles (`M…z` per bar), so that
 * 90 days × 20 series are 20 elements, not 1,800: stacked in series order,
 * or side by side within the point's band. A zero draws nothing.
 */
export function seriesPaths(spans: BarSpans, stacked: boolean, orientation: BarOrientation, category: CategoryScale, value: ValueScale): string[] {
  const bandwidth = category.bandwidth();
  const grouped = !stacked && spans.length > 1 && bandwidth - groupGap * (spans.length - 1) >= spans.length;
  // visx's padding is a share of a step: this share leaves 4 px between grouped bars.
  const group = scaleBand<number>({ domain: spans.map((_, index) => index), range: [0, bandwidth], paddingInner: grouped ? (groupGap * spans.length) / (bandwidth + groupGap) : 0 });
  const thickness = stacked ? bandwidth : group.bandwidth();
  return spans.map((seriesSpans, index) => {
    const offset = stacked ? 0 : (group(index) ?? 0);
    let path = '';
    seriesSpans.forEach(([start, end], point) => {
      if (end <= start) return;
      const across = (category(point) ?? 0) + offset;
      const from = value(start);
      const length = value(end) - from;
      path +=
        orientation === 'columns'
          ? `M${px(across)} ${px(from + length)}h${px(thickness)}v${px(-length)}h${px(-thickness)}z`
          : `M${px(from)} ${px(across)}h${px(length)}v${px(thickness)}h${px(-length)}z`;
    });
    return path;
  });
}

/** The point under a position along the category axis (px from the plot's start), or null outside it. */
export function pointAt(position: number, category: CategoryScale): number | null {
  const points = category.domain().length;
  const [, along] = category.range();
  if (points === 0 || position < 0 || position >= along) return null;
  return Math.min(points - 1, Math.floor(position / category.step()));
}

/** Every how many points a label fits along `along` px when each needs `labelPx`: as many as fit, none measured. */
export function labelInterval(points: number, along: number, labelPx: number): number {
  const fit = Math.max(1, Math.floor(along / labelPx));
  return Math.max(1, Math.ceil(points / fit));
}

/**
 * A label in at most `maxLines` lines of about `charsPerLine` characters,
 * broken between words; what does not fit ends in an ellipsis. (visx's
 * `Text` wraps by measuring every word in the page, and neither limits the
 * lines nor cuts.)
 */
export function wrapLabel(label: string, charsPerLine: number, maxLines = 2): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line === '' || line.length + 1 + word.length <= charsPerLine) line = line === '' ? word : `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  const cut = (text: string) => `${text.slice(0, charsPerLine - 1).trimEnd()}…`;
  const kept = lines.slice(0, maxLines).map((text) => (text.length > charsPerLine ? cut(text) : text));
  const last = kept.length - 1;
  const lastLine = kept[last] ?? '';
  if (lines.length > maxLines && !lastLine.endsWith('…')) kept[last] = lastLine.length < charsPerLine ? `${lastLine}…` : cut(lastLine);
  return kept;
}
