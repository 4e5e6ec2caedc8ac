import type { Roster } from '../../src/shared/domain/roster';
import { restrictAgents } from '../../src/shared/domain/trend-scope';
import { isoDay, noTrendFilters, type TrendFilters, type TrendQuery } from '../../src/shared/domain/trends';
import { trendReport } from '../../src/main/services/trends/trend-report';
import type { Store } from '../../src/main/store/connection';
import { demoTeams } from '../../src/main/store/demo/demo-roster';
import { listRosterAgents } from '../../src/main/store/queries/roster';
import { trendCallRows, trendCodeRows, trendOverdueRows, trendPromiseRows, trendQueues, type TrendRange } from '../../src/main/store/queries/trends.raw';
import { percentiles, printLatency, printTarget, timeSideBySide } from './measure';

/**
 * Trend queries on the generated database: the whole report a view asks for
 * (every chart's figures), from the daily rollups, against the same figures
 * by a plain GROUP BY over the raw rows (the fact views of migration 0014),
 * in the same run. Periods end at the newest call; filters vary.
 *
 * At 1 M customers the plain GROUP BY takes about 20 s a 30-day query and
 * minutes a 365-day one, so it runs on some of the queries only: every 8th of
 * the 30-day ones (each of the five filter sets once), every 14th of the
 * 365-day ones (no filter, a team and a tier, Ukrainian); its figures and the
 * ratio come from those. One report per period first warms the connection
 * (statements, page cache), as the other latency benchmarks do; it is not
 * counted.
 */
const baselineEvery = { 30: 8, 365: 14 } as const;
const rawStatements = (store: Store) => ({
  calls: store.sqlite.prepare(
    `SELECT day, sum(calls), sum(answered), sum(missed), sum(abandoned), sum(handle_ms), sum(wrap_up_ms), sum(repeat_contact), sum(mismatch)
     FROM trend_call_facts WHERE started_at >= :fromMs AND started_at < :toMs
       AND (:agents IS NULL OR agent IN (SELECT value FROM json_each(:agents))) AND (:tiers IS NULL OR tier IN (SELECT value FROM json_each(:tiers)))
       AND (:languages IS NULL OR language IN (SELECT value FROM json_each(:languages)))
     GROUP BY day`,
  ),
  codes: store.sqlite.prepare(
    `SELECT kind, day, code, count(*) FROM trend_code_facts WHERE started_at >= :fromMs AND started_at < :toMs
       AND (:agents IS NULL OR agent IN (SELECT value FROM json_each(:agents))) AND (:tiers IS NULL OR tier IN (SELECT value FROM json_each(:tiers)))
       AND (:languages IS NULL OR language IN (SELECT value FROM json_each(:languages)))
     GROUP BY kind, day, code`,
  ),
  promises: store.sqlite.prepare(
    `SELECT day, owner_type, owner_name, sum(made), sum(kept), sum(broken), sum(open) FROM trend_promise_facts WHERE created_at >= :fromMs AND created_at < :toMs
       AND (:agents IS NULL OR agent IN (SELECT value FROM json_each(:agents))) AND (:tiers IS NULL OR tier IN (SELECT value FROM json_each(:tiers)))
       AND (:languages IS NULL OR language IN (SELECT value FROM json_each(:languages)))
     GROUP BY day, owner_type, owner_name`,
  ),
});

export function benchTrends(store: Store, runs = 40): boolean {
  console.log('Trends (whole report from the rollups vs plain GROUP BY over the raw rows)');
  const agents = listRosterAgents(store);
  const admin = agents.find((agent) => agent.role === 'admin') ?? null;
  const roster: Roster = { me: admin, agents, file: null };
  const newest = store.sqlite.prepare<[], number>('SELECT max(started_at) FROM interactions').pluck().get() ?? Date.now();
  const lastDay = Math.floor(newest / 86_400_000);
  const variants: Partial<TrendFilters>[] = [{}, { teams: [demoTeams[0]] }, { tiers: ['vip'] }, { languages: ['uk'] }, { teams: [demoTeams[1]], tiers: ['standard'] }];
  const raw = rawStatements(store);
  let met = true;
  for (const [days, target] of [[30, 200], [365, 1000]] as const) {
    const inputs = Array.from({ length: runs }, (_, index) => {
      const filters = { ...noTrendFilters, ...variants[index % variants.length] };
      const query: TrendQuery = { from: isoDay(lastDay - days + 1), to: isoDay(lastDay), bucket: index % 2 === 0 ? 'day' : 'week', filters };
      const restriction = restrictAgents(roster, filters);
      if ('refused' in restriction) throw new Error(`bench query refused: ${restriction.refused.reason}`);
      return { query, agents: restriction.agents };
    });
    const report = ({ query, agents: restricted }: (typeof inputs)[number]) => trendReport(store, roster, query, restricted, newest);
    inputs.slice(0, 1).forEach(report);
    const { measured, baseline } = timeSideBySide(
      inputs,
      report,
      ({ query, agents: restricted }) => {
        const list = (values: readonly string[]) => (values.length === 0 ? null : JSON.stringify(values));
        const parameters = {
          fromMs: (lastDay - days + 1) * 86_400_000,
          toMs: (lastDay + 1) * 86_400_000,
          agents: restricted === null ? null : JSON.stringify(restricted),
          tiers: list(query.filters.tiers),
          languages: list(query.filters.languages),
        };
        return [raw.calls.all(parameters), raw.codes.all(parameters), raw.promises.all(parameters)];
      },
      baselineEvery[days],
    );
    const mine = percentiles(measured);
    const plain = percentiles(baseline);
    printLatency(`${days}-day report (${runs} queries, day and week, 5 filter sets)`, mine, `plain GROUP BY over raw rows (${baseline.length} of those queries)`, plain);
    // The ratio above rounds to 0.00× at this scale.
    console.log(`  the plain GROUP BY takes ${Math.round(plain.p50 / mine.p50).toLocaleString('en')}× as long (p50)`);
    met = printTarget(`${days}-day p95 < ${target} ms`, mine.p95 < target) && met;
    printQueryTimes(store, { fromDay: lastDay - days + 1, toDay: lastDay, agents: null, filters: noTrendFilters }, newest);
  }
  return met;
}

/** Where a report's time goes: each of its queries on its own, unfiltered, the mean of three (warm). */
function printQueryTimes(store: Store, range: TrendRange, now: number): void {
  const queries: [string, () => unknown][] = [
    ['calls by day and agent (trend_days)', () => trendCallRows(store, range)],
    ['queues', () => trendQueues(store, range)],
    ['dispositions (trend_day_codes)', () => trendCodeRows(store, range, 'disposition')],
    ['root causes (trend_day_codes)', () => trendCodeRows(store, range, 'root-cause')],
    ['promises by agent and by owner (trend_promise_days, trend_promise_owner_days)', () => trendPromiseRows(store, range)],
    ['overdue (trend_open_promises)', () => trendOverdueRows(store, range, now)],
  ];
  for (const [name, run] of queries) {
    run();
    const started = performance.now();
    for (let time = 0; time < 3; time++) run();
    console.log(`    ${name}: ${((performance.now() - started) / 3).toFixed(1)} ms`);
  }
}
