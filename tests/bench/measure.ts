/** Timing helpers shared by the benchmarks: wall-clock figures, printed side by side with a baseline. */

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

function time(run: () => unknown): number {
  const started = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * Milliseconds each call took, for the code under test and its baseline,
 * taking turns on each input: both meet the same cache state, so neither
 * gains from running second. A baseline too slow to repeat on every input
 * (minutes a query) runs on every `baselineEvery`-th one only.
 */
export function timeSideBySide<T>(
  inputs: readonly T[],
  measured: (input: T) => unknown,
  baseline: (input: T) => unknown,
  baselineEvery = 1,
): { measured: number[]; baseline: number[] } {
  const result = { measured: [] as number[], baseline: [] as number[] };
  inputs.forEach((input, index) => {
    if (index % baselineEvery !== 0) {
      result.measured.push(time(() => measured(input)));
      return;
    }
    // Alternate which goes first, too.
    if ((index / baselineEvery) % 2 === 0) {
      result.measured.push(time(() => measured(input)));
      result.baseline.push(time(() => baseline(input)));
    } else {
      result.baseline.push(time(() => baseline(input)));
      result.measured.push(time(() => measured(input)));
    }
  });
  return result;
}

export function percentiles(timings: readonly number[]): Percentiles {
  const sorted = [...timings].sort((a, b) => a - b);
  const at = (fraction: number) => sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

export function seconds<T>(run: () => T): { value: T; seconds: number } {
  const started = performance.now();
  const value = run();
  return { value, seconds: (performance.now() - started) / 1000 };
}

const ms = (value: number) => `${value.toFixed(3)} ms`;

export function formatPercentiles({ p50, p95, p99 }: Percentiles): string {
  return `p50 ${ms(p50)}, p95 ${ms(p95)}, p99 ${ms(p99)}`;
}

export function printLatency(name: string, measured: Percentiles, baselineName: string, baseline: Percentiles): void {
  console.log(`  ${name}: ${formatPercentiles(measured)}`);
  console.log(`  ${baselineName}: ${formatPercentiles(baseline)}`);
  console.log(`  ratio to baseline (p50): ${(measured.p50 / baseline.p50).toFixed(2)}×`);
}

export function printTarget(description: string, met: boolean): boolean {
  console.log(`  target ${description}: ${met ? 'MET' : 'MISSED'}`);
  return met;
}
