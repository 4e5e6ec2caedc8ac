import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { trendReport } from '../../../src/main/services/trends/trend-report';
import { storeOn } from '../../../src/main/store/connection';
import { openStore } from '../../../src/main/store/database';
import { noTrendFilters, type TrendFilters } from '../../../src/shared/domain/trends';
import { useTempDir } from '../support/temp-store';

/**
 * What keeps a year's report under a second at a million customers
 * (docs/BENCHMARKS.md, "Trends"): each rollup is read by a range of its key
 * and summed in the order it is read. Sorting the rows read — grouping by a
 * week, an agent or an owner — doubled the time of the promise figures; a
 * table read whole grows with the years kept.
 */
function planProblems(file: string, filters: TrendFilters): string[] {
  const executed: string[] = [];
  const sqlite = new Database(file, { verbose: (sql) => executed.push(String(sql)) });
  try {
    const store = storeOn(sqlite);
    for (const bucket of ['day', 'week'] as const) {
      trendReport(store, { me: null, agents: [], file: null }, { from: '2026-01-01', to: '2026-12-31', bucket, filters }, ['Анна Коваленко'], Date.UTC(2026, 6, 1));
    }
    const rollupReads = [...new Set(executed)].filter((sql) => /FROM trend_(days|day_codes|promise_days|promise_owner_days|open_promises)\b/.test(sql));
    expect(rollupReads.length).toBeGreaterThanOrEqual(6);
    return rollupReads.flatMap((sql) => {
      const plan = sqlite.prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`).all().map((row) => row.detail);
      const statement = sql.replace(/\s+/g, ' ').slice(0, 100);
      // The scope's list of queues (DISTINCT, a handful of values) may sort what it found.
      const sorts = /SELECT DISTINCT queue/.test(sql) ? [] : plan.filter((detail) => detail.startsWith('USE TEMP B-TREE'));
      const scans = plan.filter((detail) => /^SCAN trend_/.test(detail));
      return [...sorts, ...scans].map((detail) => `${detail} in: ${statement}`);
    });
  } finally {
    sqlite.close();
  }
}

const tempDir = useTempDir();

it('the report reads each rollup by a range of days in key order: nothing read whole, nothing sorted', () => {
  const file = join(tempDir(), 'parley.sqlite');
  openStore(file).close();
  expect(planProblems(file, noTrendFilters)).toEqual([]);
  expect(planProblems(file, { ...noTrendFilters, queues: ['+380441234567'], tiers: ['vip'], languages: ['uk'] })).toEqual([]);
});
