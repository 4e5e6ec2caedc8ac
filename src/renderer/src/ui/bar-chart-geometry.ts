/**
 * Where a bar chart's bars, ticks and labels go, in SVG pixels: pure
 * arithmetic, so that the chart component only turns it into elements and
 * its rules are tested without a browser.
 */

export type BarOrientation = 'columns' | 'rows';

export interface PlotBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BarRect {
  series: number;
  point: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Round steps a person reads at a glance: 1, 2, 2.5, 3, 4 or 5 times a power of ten. */
const stepMultiples = [1, 2, 2.5, 3, 4, 5, 10];

/**
 * Value axis ticks from 0 to a round value at or above `max`, about `count`
 * steps; `wholeNumbers` for counts (no tick at 2.5 calls).
 */
export function valueTicks(max: number, wholeNumbers: boolean, count = 4): number[] {
  const top = max > 0 ? max : 1;
  const rough = top / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const nice = (stepMultiples.find((multiple) => multiple * power >= rough) ?? 10) * power;
  const step = wholeNumbers ? Math.max(1, Math.ceil(nice)) : nice;
  const steps = Math.ceil(top / step - 1e-9);
  // toPrecision: 0.1 × 3 is 0.30000000000000004, and a tick must print as 0.3.
  return Array.from({ length: steps + 1 }, (_, index) => Number((index * step).toPrecision(12)));
}

/** The largest value the bars reach: the tallest stack, or the tallest bar. */
export function valueMax(series: readonly (readonly number[])[], points: number, stacked: boolean): number {
  let max = 0;
  for (let point = 0; point < points; point++) {
    let stack = 0;
    for (const values of series) {
      const value = Math.max(0, values[point] ?? 0);
      stack += value;
      max = Math.max(max, stacked ? stack : value);
    }
  }
  return max;
}

/** recharts' proportions, which the console's charts had: 10 % of each band empty on either side, 4 px between grouped bars. */
const bandGap = 0.1;
const groupGap = 4;

/**
 * The bars of every series at every point: stacked in series order, or side
 * by side within the point's band. A zero or negative value draws no bar.
 */
export function barRects(series: readonly (readonly number[])[], points: number, stacked: boolean, orientation: BarOrientation, plot: PlotBox, top: number): BarRect[] {
  const rects: BarRect[] = [];
  if (points === 0 || top <= 0) return rects;
  const along = orientation === 'columns' ? plot.width : plot.height;
  const across = orientation === 'columns' ? plot.height : plot.width;
  const band = along / points;
  const inner = band * (1 - 2 * bandGap);
  const gap = stacked || series.length < 2 || inner - groupGap * (series.length - 1) < series.length ? 0 : groupGap;
  const thickness = stacked ? inner : (inner - gap * (series.length - 1)) / Math.max(1, series.length);
  for (let point = 0; point < points; point++) {
    const bandStart = point * band + band * bandGap;
    let base = 0;
    series.forEach((values, index) => {
      const value = values[point] ?? 0;
      if (value <= 0) return;
      const length = (value / top) * across;
      const start = bandStart + (stacked ? 0 : index * (thickness + gap));
      const rect =
        orientation === 'columns'
          ? { x: plot.x + start, y: plot.y + plot.height - base - length, width: thickness, height: length }
          : { x: plot.x + base, y: plot.y + start, width: length, height: thickness };
      rects.push({ series: index, point, ...rect });
      if (stacked) base += length;
    });
  }
  return rects;
}

/** The point under a position along the category axis (px from the plot's start), or null outside it. */
export function pointAt(position: number, along: number, points: number): number | null {
  if (points === 0 || position < 0 || position >= along) return null;
  return Math.min(points - 1, Math.floor((position / along) * points));
}

/** Every how many points a label fits along `along` px when each needs `labelPx`: as many as fit, none measured. */
export function labelInterval(points: number, along: number, labelPx: number): number {
  const fit = Math.max(1, Math.floor(along / labelPx));
  return Math.max(1, Math.ceil(points / fit));
}

/**
 * A label in at most `maxLines` lines of about `charsPerLine` characters,
 * broken between words; what does not fit ends in an ellipsis.
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
