import type { Locator } from '@playwright/test';

/** A chart's bars: one SVG path per series, each bar a rectangle in it. */
export const chartBars = (chart: Locator): Locator => chart.locator('.bar-chart__bar');

/**
 * Clicks the first bar of the chart's first series, as a person would: a
 * series is one path, so the click goes just inside its bounding box's
 * bottom-left corner, where that bar stands on the axis.
 */
export async function clickFirstBar(chart: Locator): Promise<void> {
  const series = chartBars(chart).first();
  const box = await series.boundingBox();
  if (!box) throw new Error('The chart has no bars on screen');
  await series.click({ position: { x: 2, y: box.height - 2 } });
}
