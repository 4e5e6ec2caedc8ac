import type { Roster } from '@shared/domain/roster';
import type { LocalizedLabel } from '@shared/domain/language';
import { rootCauseSpikes, spikeRule, type RootCauseWeek } from '@shared/domain/root-cause-spikes';
import { trendAudience, type AgentRestriction } from '@shared/domain/trend-scope';
import {
  callMeasureKeys,
  dayNumber,
  isoDay,
  weekStart,
  type CallMeasures,
  type CodeSeries,
  type PromiseMeasures,
  type TrendBucketRange,
  type TrendQuery,
  type TrendReport,
} from '@shared/domain/trends';
import type { Store } from '../../store/connection';
import {
  codeLabels,
  trendAgentRows,
  trendCallRows,
  trendCodeRows,
  trendOverdueRows,
  trendPromiseRows,
  trendQueues,
  type BucketCodeRow,
  type PromiseSums,
  type TrendRange,
} from '../../store/queries/trends.raw';

/** The days or weeks of a period, in order, each week cut to the period's ends. */
export function trendBucketStarts(fromDay: number, toDay: number, bucket: 'day' | 'week'): number[] {
  const starts: number[] = [];
  for (let start = bucket === 'week' ? weekStart(fromDay) : fromDay; start <= toDay; start += bucket === 'week' ? 7 : 1) starts.push(start);
  return starts;
}

function bucketRanges(starts: readonly number[], range: TrendRange): TrendBucketRange[] {
  const length = range.bucket === 'week' ? 7 : 1;
  return starts.map((start) => ({ from: isoDay(Math.max(start, range.fromDay)), to: isoDay(Math.min(start + length - 1, range.toDay)) }));
}

const noCalls = (): CallMeasures => Object.fromEntries(callMeasureKeys.map((key) => [key, 0])) as CallMeasures;
const noPromises = (): PromiseMeasures => ({ made: 0, kept: 0, broken: 0, cancelled: 0, open: 0, overdue: 0 });
const withOverdue = (sums: PromiseSums): PromiseMeasures => ({ made: sums.made, kept: sums.kept, broken: sums.broken, cancelled: sums.cancelled, open: sums.open, overdue: 0 });

function codeSeries(rows: readonly BucketCodeRow[], starts: readonly number[], labels: ReadonlyMap<string, LocalizedLabel>): CodeSeries[] {
  const index = new Map(starts.map((start, position) => [start, position]));
  const byCode = new Map<string, number[]>();
  for (const row of rows) {
    const counts = byCode.get(row.code) ?? starts.map(() => 0);
    const position = index.get(row.bucket);
    if (position !== undefined) counts[position] = (counts[position] ?? 0) + row.calls;
    byCode.set(row.code, counts);
  }
  return [...byCode]
    .map(([code, counts]) => ({ code, label: labels.get(code) ?? { en: code, ru: code, uk: code }, counts }))
    .filter((series) => series.counts.some((value) => value !== 0))
    .sort((a, b) => sum(b.counts) - sum(a.counts) || a.code.localeCompare(b.code));
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** The week the period ends in, judged against the 8 before it (src/shared/domain/root-cause-spikes.ts). */
function spikes(store: Store, range: TrendRange, labels: ReadonlyMap<string, LocalizedLabel>): TrendReport['spikes'] {
  const judged = weekStart(range.toDay);
  const weeksRange: TrendRange = { ...range, bucket: 'week', fromDay: judged - 7 * spikeRule.weeksBefore, toDay: range.toDay };
  const starts = trendBucketStarts(weeksRange.fromDay, weeksRange.toDay, 'week');
  const answered = new Map(trendCallRows(store, weeksRange).map((row) => [row.bucket, row.answered]));
  const weeks: RootCauseWeek[] = starts.map((start) => ({ answered: answered.get(start) ?? 0, byCode: new Map() }));
  for (const row of trendCodeRows(store, weeksRange, 'root-cause')) {
    const week = weeks[starts.indexOf(row.bucket)];
    if (week) (week.byCode as Map<string, number>).set(row.code, row.calls);
  }
  return rootCauseSpikes(weeks).map((finding) => ({ ...finding, label: labels.get(finding.code) ?? { en: finding.code, ru: finding.code, uk: finding.code }, week: isoDay(judged) }));
}

function promiseFigures(store: Store, range: TrendRange, starts: readonly number[], teamOf: (agent: string) => string | null, now: number) {
  const { byBucket, byOwner, byAgent } = trendPromiseRows(store, range);
  const overdue = trendOverdueRows(store, range, now);
  const series = starts.map(() => noPromises());
  const index = new Map(starts.map((start, position) => [start, position]));
  for (const row of byBucket) {
    const position = index.get(row.bucket);
    if (position !== undefined) series[position] = withOverdue(row);
  }
  const owners = new Map(byOwner.map((row) => [`${row.ownerType}\u0000${row.ownerName}`, { ownerType: row.ownerType, ownerName: row.ownerName, ...withOverdue(row) }]));
  const teams = new Map<string | null, PromiseMeasures>();
  for (const row of byAgent) {
    const team = teamOf(row.agent);
    const total = teams.get(team) ?? noPromises();
    for (const key of ['made', 'kept', 'broken', 'cancelled', 'open'] as const) total[key] += row[key];
    teams.set(team, total);
  }
  for (const row of overdue) {
    const position = index.get(row.bucket);
    const bucketFigures = position === undefined ? undefined : series[position];
    if (bucketFigures) bucketFigures.overdue += row.overdue;
    const owner = owners.get(`${row.ownerType}\u0000${row.ownerName}`);
    if (owner) owner.overdue += row.overdue;
    const team = teams.get(teamOf(row.agent));
    if (team) team.overdue += row.overdue;
  }
  return {
    promises: series,
    promiseOwners: [...owners.values()]
      .map((owner) => ({ ...owner, ownerType: owner.ownerType as 'me' | 'team' | 'person' }))
      .sort((a, b) => b.made - a.made || a.ownerName.localeCompare(b.ownerName)),
    promiseTeams: [...teams].map(([team, figures]) => ({ team, ...figures })).sort((a, b) => (a.team ?? '\uffff').localeCompare(b.team ?? '\uffff')),
  };
}

/** A trend report for a query already cleared by the audience rule (`agents`: whom it may count). */
export function trendReport(store: Store, roster: Roster, query: TrendQuery, agents: AgentRestriction, now: number): TrendReport {
  const range: TrendRange = { fromDay: dayNumber(query.from), toDay: dayNumber(query.to), bucket: query.bucket, agents, filters: query.filters };
  const starts = trendBucketStarts(range.fromDay, range.toDay, range.bucket);
  const teams = new Map(roster.agents.map((agent) => [agent.displayName, agent.team]));
  const teamOf = (agent: string) => teams.get(agent) ?? null;

  const calls = starts.map(() => noCalls());
  const index = new Map(starts.map((start, position) => [start, position]));
  for (const { bucket, ...measures } of trendCallRows(store, range)) {
    const position = index.get(bucket);
    if (position !== undefined) calls[position] = measures;
  }
  const rootCauseLabels = codeLabels(store, 'root-cause');
  const audience = trendAudience(roster);
  const visibleAgents = audience?.kind === 'own' ? [audience.agent] : roster.agents.filter((agent) => audience?.teams.includes(agent.team)).map((agent) => agent.displayName);
  return {
    buckets: bucketRanges(starts, range),
    calls,
    dispositions: codeSeries(trendCodeRows(store, range, 'disposition'), starts, codeLabels(store, 'disposition')),
    rootCauses: codeSeries(trendCodeRows(store, range, 'root-cause'), starts, rootCauseLabels),
    ...promiseFigures(store, range, starts, teamOf, now),
    agents: trendAgentRows(store, range)
      .map((row) => ({ ...row, team: teamOf(row.agent) }))
      .sort((a, b) => (a.team ?? '\uffff').localeCompare(b.team ?? '\uffff') || a.agent.localeCompare(b.agent)),
    spikes: spikes(store, range, rootCauseLabels),
    scope: {
      ownOnly: audience?.kind === 'own',
      teams: audience?.kind === 'own' ? [] : [...(audience?.teams ?? [])],
      agents: [...new Set(visibleAgents)].sort(),
      queues: trendQueues(store, { ...range, filters: { ...range.filters, queues: [] } }),
    },
  };
}
