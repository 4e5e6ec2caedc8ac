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
  trendCallRows,
  trendCodeRows,
  trendOverdueRows,
  trendPromiseRows,
  trendQueues,
  type DayAgentCallRow,
  type DayCodeRow,
  type PromiseSums,
  type TrendRange,
} from '../../store/queries/trends.raw';

/** The days or weeks of a period, in order, each week cut to the period's ends. */
export function trendBucketStarts(fromDay: number, toDay: number, bucket: 'day' | 'week'): number[] {
  const starts: number[] = [];
  for (let start = bucket === 'week' ? weekStart(fromDay) : fromDay; start <= toDay; start += bucket === 'week' ? 7 : 1) starts.push(start);
  return starts;
}

/** The position among the buckets of the one a day falls in (the rollups answer by day; the report adds the days up). */
function bucketPositions(starts: readonly number[], bucket: 'day' | 'week'): (day: number) => number | undefined {
  const positions = new Map(starts.map((start, position) => [start, position]));
  return (day) => positions.get(bucket === 'week' ? weekStart(day) : day);
}

function bucketRanges(starts: readonly number[], range: TrendRange, bucket: 'day' | 'week'): TrendBucketRange[] {
  const length = bucket === 'week' ? 7 : 1;
  return starts.map((start) => ({ from: isoDay(Math.max(start, range.fromDay)), to: isoDay(Math.min(start + length - 1, range.toDay)) }));
}

const promiseSumKeys = ['made', 'kept', 'broken', 'cancelled', 'open'] as const;
const noCalls = (): CallMeasures => Object.fromEntries(callMeasureKeys.map((key) => [key, 0])) as CallMeasures;
const noPromises = (): PromiseMeasures => ({ made: 0, kept: 0, broken: 0, cancelled: 0, open: 0, overdue: 0 });

function addTo<Key extends string>(total: Record<Key, number>, addend: Record<Key, number>, keys: readonly Key[]): void {
  for (const key of keys) total[key] += addend[key];
}

/** The entry of a map under `key`, made by `empty` the first time. */
function entry<Key, Value>(map: Map<Key, Value>, key: Key, empty: () => Value): Value {
  const found = map.get(key);
  if (found !== undefined) return found;
  const made = empty();
  map.set(key, made);
  return made;
}

function codeSeries(rows: readonly DayCodeRow[], starts: readonly number[], positionOf: (day: number) => number | undefined, labels: ReadonlyMap<string, LocalizedLabel>): CodeSeries[] {
  const byCode = new Map<string, number[]>();
  for (const row of rows) {
    const counts = entry(byCode, row.code, () => starts.map(() => 0));
    const position = positionOf(row.day);
    if (position !== undefined) counts[position] = (counts[position] ?? 0) + row.calls;
  }
  return [...byCode]
    .map(([code, counts]) => ({ code, label: labels.get(code) ?? { en: code, ru: code, uk: code }, counts }))
    .filter((series) => series.counts.some((value) => value !== 0))
    .sort((a, b) => sum(b.counts) - sum(a.counts) || a.code.localeCompare(b.code));
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** The first day of the weeks the spike rule looks at: the week a period ends in and the 8 before it. */
const spikeWeeksFrom = (toDay: number) => weekStart(toDay) - 7 * spikeRule.weeksBefore;

/** The week the period ends in, judged against the 8 before it (src/shared/domain/root-cause-spikes.ts); rows before those weeks are left out. */
function spikes(callRows: readonly DayAgentCallRow[], rootCauseRows: readonly DayCodeRow[], toDay: number, labels: ReadonlyMap<string, LocalizedLabel>): TrendReport['spikes'] {
  const starts = trendBucketStarts(spikeWeeksFrom(toDay), toDay, 'week');
  const positionOf = bucketPositions(starts, 'week');
  const weeks = starts.map(() => ({ answered: 0, byCode: new Map<string, number>() }));
  for (const row of callRows) {
    const week = weeks[positionOf(row.day) ?? -1];
    if (week) week.answered += row.answered;
  }
  for (const row of rootCauseRows) {
    const week = weeks[positionOf(row.day) ?? -1];
    if (week) week.byCode.set(row.code, (week.byCode.get(row.code) ?? 0) + row.calls);
  }
  return rootCauseSpikes(weeks satisfies RootCauseWeek[]).map((finding) => ({
    ...finding,
    label: labels.get(finding.code) ?? { en: finding.code, ru: finding.code, uk: finding.code },
    week: isoDay(weekStart(toDay)),
  }));
}

function promiseFigures(store: Store, range: TrendRange, starts: readonly number[], positionOf: (day: number) => number | undefined, teamOf: (agent: string) => string | null, now: number) {
  const { byAgent, byOwner } = trendPromiseRows(store, range);
  const series = starts.map(() => noPromises());
  const teams = new Map<string | null, PromiseMeasures>();
  for (const row of byAgent) {
    const bucketFigures = series[positionOf(row.day) ?? -1];
    if (bucketFigures) addTo<keyof PromiseSums>(bucketFigures, row, promiseSumKeys);
    addTo<keyof PromiseSums>(entry(teams, teamOf(row.agent), noPromises), row, promiseSumKeys);
  }
  const owners = new Map<string, PromiseMeasures & { ownerType: string; ownerName: string }>();
  for (const row of byOwner) {
    const owner = entry(owners, `${row.ownerType}\u0000${row.ownerName}`, () => ({ ownerType: row.ownerType, ownerName: row.ownerName, ...noPromises() }));
    addTo<keyof PromiseSums>(owner, row, promiseSumKeys);
  }
  for (const row of trendOverdueRows(store, range, now)) {
    const bucketFigures = series[positionOf(row.day) ?? -1];
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
  const range: TrendRange = { fromDay: dayNumber(query.from), toDay: dayNumber(query.to), agents, filters: query.filters };
  const starts = trendBucketStarts(range.fromDay, range.toDay, query.bucket);
  const positionOf = bucketPositions(starts, query.bucket);
  const teams = new Map(roster.agents.map((agent) => [agent.displayName, agent.team]));
  const teamOf = (agent: string) => teams.get(agent) ?? null;

  // One read of the calls and root causes serves both the period and the spike weeks (which reach further back than a short period).
  const read: TrendRange = { ...range, fromDay: Math.min(range.fromDay, spikeWeeksFrom(range.toDay)) };
  const callRows = trendCallRows(store, read);
  const rootCauseRows = trendCodeRows(store, read, 'root-cause');
  const inPeriod = <Row extends { day: number }>(rows: readonly Row[]) => rows.filter((row) => row.day >= range.fromDay);

  const calls = starts.map(() => noCalls());
  const byAgent = new Map<string, CallMeasures>();
  for (const { day, agent, ...measures } of inPeriod(callRows)) {
    const bucketFigures = calls[positionOf(day) ?? -1];
    if (bucketFigures) addTo(bucketFigures, measures, callMeasureKeys);
    addTo(entry(byAgent, agent, noCalls), measures, callMeasureKeys);
  }
  const rootCauseLabels = codeLabels(store, 'root-cause');
  const audience = trendAudience(roster);
  const visibleAgents = audience?.kind === 'own' ? [audience.agent] : roster.agents.filter((agent) => audience?.teams.includes(agent.team)).map((agent) => agent.displayName);
  return {
    buckets: bucketRanges(starts, range, query.bucket),
    calls,
    dispositions: codeSeries(trendCodeRows(store, range, 'disposition'), starts, positionOf, codeLabels(store, 'disposition')),
    rootCauses: codeSeries(inPeriod(rootCauseRows), starts, positionOf, rootCauseLabels),
    ...promiseFigures(store, range, starts, positionOf, teamOf, now),
    agents: [...byAgent]
      .map(([agent, measures]) => ({ agent, ...measures, team: teamOf(agent) }))
      .sort((a, b) => (a.team ?? '\uffff').localeCompare(b.team ?? '\uffff') || a.agent.localeCompare(b.agent)),
    spikes: spikes(callRows, rootCauseRows, range.toDay, rootCauseLabels),
    scope: {
      ownOnly: audience?.kind === 'own',
      teams: audience?.kind === 'own' ? [] : [...(audience?.teams ?? [])],
      agents: [...new Set(visibleAgents)].sort(),
      queues: trendQueues(store, { ...range, filters: { ...range.filters, queues: [] } }),
    },
  };
}
