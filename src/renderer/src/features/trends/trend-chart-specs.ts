import type { TFunction } from 'i18next';
import type { Language } from '@shared/domain/language';
import type { CodeSeries, TrendReport, TrendSelection } from '@shared/domain/trends';
import { formatDay } from './trend-period';

/**
 * The Trends view's charts, in one place: each names its series, their
 * values per point, and what a click on a point selects. A new measure
 * (evaluation scores, say) is one more spec here.
 */
export type ChartUnit = 'count' | 'minutes' | 'percent';

export interface ChartSeries {
  key: string;
  label: string;
  values: number[];
  /** What the calls behind one of its points are. */
  selection: TrendSelection;
}

export interface ChartSpec {
  id: string;
  title: string;
  /** Points along time (the report's buckets) or across people (agents, promise owners: the whole period each). */
  axis: 'time' | 'people';
  labels: string[];
  stacked: boolean;
  unit: ChartUnit;
  series: ChartSeries[];
}

const sameList = <T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean = Object.is) => a.length === b.length && a.every((item, index) => same(item, b[index] as T));

/** Whether two specs draw the same chart: a new report with the same figures (a people chart when only the buckets change) need not be drawn again. */
export function sameChartSpec(a: ChartSpec, b: ChartSpec): boolean {
  return (
    a === b ||
    (a.id === b.id && a.title === b.title && a.axis === b.axis && a.stacked === b.stacked && a.unit === b.unit && sameList(a.labels, b.labels) &&
      sameList(a.series, b.series, (x, y) => x.key === y.key && x.label === y.label && sameList(x.values, y.values) && JSON.stringify(x.selection) === JSON.stringify(y.selection)))
  );
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
const minutes = (ms: number, count: number) => (count === 0 ? 0 : ms / count / 60_000);

function codeSeries(series: readonly CodeSeries[], measure: 'disposition' | 'root-cause', language: Language): ChartSeries[] {
  return series.map((code) => ({ key: `${measure}:${code.code}`, label: code.label[language], values: code.counts, selection: { measure, code: code.code } }));
}

export function trendChartSpecs(report: TrendReport, t: TFunction, language: Language): ChartSpec[] {
  const labels = report.buckets.map((bucket) => formatDay(bucket.from, language));
  const over = <T>(rows: readonly T[], value: (row: T) => number) => rows.map(value);
  const calls = report.calls;
  const owners = report.promiseOwners.slice(0, 15);
  const ownerLabel = (owner: (typeof owners)[number]) => (owner.ownerType === 'team' ? t('trends.ownerTeam', { name: owner.ownerName }) : owner.ownerName);
  return [
    {
      id: 'calls', title: t('trends.chart.calls'), axis: 'time', labels, stacked: true, unit: 'count',
      series: [
        { key: 'answered', label: t('trends.series.answered'), values: over(calls, (bucket) => bucket.answered), selection: { measure: 'answered' } },
        { key: 'missed', label: t('trends.series.missed'), values: over(calls, (bucket) => bucket.missed), selection: { measure: 'missed' } },
        { key: 'abandoned', label: t('trends.series.abandoned'), values: over(calls, (bucket) => bucket.abandoned), selection: { measure: 'abandoned' } },
      ],
    },
    { id: 'root-causes', title: t('trends.chart.rootCauses'), axis: 'time', labels, stacked: true, unit: 'count', series: codeSeries(report.rootCauses, 'root-cause', language) },
    { id: 'dispositions', title: t('trends.chart.dispositions'), axis: 'time', labels, stacked: true, unit: 'count', series: codeSeries(report.dispositions, 'disposition', language) },
    {
      id: 'resolution', title: t('trends.chart.resolution'), axis: 'time', labels, stacked: false, unit: 'percent',
      series: [
        { key: 'mismatches', label: t('trends.series.mismatches'), values: over(calls, (bucket) => ratio(bucket.mismatches, bucket.wantedWritten)), selection: { measure: 'mismatches' } },
        { key: 'repeat', label: t('trends.series.repeatContacts'), values: over(calls, (bucket) => ratio(bucket.repeatContacts, bucket.inbound)), selection: { measure: 'repeat-contacts' } },
      ],
    },
    {
      id: 'times', title: t('trends.chart.times'), axis: 'time', labels, stacked: false, unit: 'minutes',
      series: [
        { key: 'handle', label: t('trends.series.handleTime'), values: over(calls, (bucket) => minutes(bucket.handleMs, bucket.handled)), selection: { measure: 'answered' } },
        { key: 'wrap-up', label: t('trends.series.wrapUpTime'), values: over(calls, (bucket) => minutes(bucket.wrapUpMs, bucket.wrappedUp)), selection: { measure: 'answered' } },
      ],
    },
    {
      id: 'promises', title: t('trends.chart.promises'), axis: 'time', labels, stacked: true, unit: 'count',
      series: [
        { key: 'kept', label: t('trends.series.kept'), values: over(report.promises, (bucket) => bucket.kept), selection: { measure: 'promises', status: 'kept' } },
        { key: 'broken', label: t('trends.series.broken'), values: over(report.promises, (bucket) => bucket.broken), selection: { measure: 'promises', status: 'broken' } },
        { key: 'overdue', label: t('trends.series.overdue'), values: over(report.promises, (bucket) => bucket.overdue), selection: { measure: 'promises', status: 'overdue' } },
        { key: 'pending', label: t('trends.series.pending'), values: over(report.promises, (bucket) => bucket.open - bucket.overdue), selection: { measure: 'promises', status: 'pending' } },
      ],
    },
    {
      id: 'agents', title: t('trends.chart.agents'), axis: 'people', labels: report.agents.map((row) => row.agent || t('trends.noAgent')), stacked: true, unit: 'count',
      series: [
        { key: 'answered', label: t('trends.series.answered'), values: over(report.agents, (row) => row.answered), selection: { measure: 'answered' } },
        { key: 'missed', label: t('trends.series.missed'), values: over(report.agents, (row) => row.missed), selection: { measure: 'missed' } },
        { key: 'abandoned', label: t('trends.series.abandoned'), values: over(report.agents, (row) => row.abandoned), selection: { measure: 'abandoned' } },
      ],
    },
    {
      id: 'promise-owners', title: t('trends.chart.promiseOwners'), axis: 'people', labels: owners.map(ownerLabel), stacked: true, unit: 'count',
      series: [
        { key: 'kept', label: t('trends.series.kept'), values: over(owners, (owner) => owner.kept), selection: { measure: 'promises', status: 'kept' } },
        { key: 'broken', label: t('trends.series.broken'), values: over(owners, (owner) => owner.broken), selection: { measure: 'promises', status: 'broken' } },
        { key: 'overdue', label: t('trends.series.overdue'), values: over(owners, (owner) => owner.overdue), selection: { measure: 'promises', status: 'overdue' } },
        { key: 'pending', label: t('trends.series.pending'), values: over(owners, (owner) => owner.open - owner.overdue), selection: { measure: 'promises', status: 'pending' } },
      ],
    },
  ];
}

/** What a click on a point of a people chart narrows the calls to, beside its series' own selection. */
export function peopleNarrowing(spec: ChartSpec, report: TrendReport, index: number): { agent?: string; owner?: string } {
  if (spec.id === 'agents') return { agent: report.agents[index]?.agent ?? '' };
  if (spec.id === 'promise-owners') return { owner: report.promiseOwners[index]?.ownerName ?? '' };
  return {};
}
