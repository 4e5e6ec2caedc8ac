import { Alert, Button, Group } from '@mantine/core';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { noTrendFilters, type TrendFilters, type TrendSelection } from '@shared/domain/trends';
import type { WorkspaceViewProps } from '../../ui/workspace-view-props';
import { Busy } from '../../ui/Busy';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useContract } from '../../ui/contract-context';
import { useContractQuery } from '../../ui/use-contract-query';
import { useUiLanguage } from '../../ui/use-ui-language';
import { TrendCallsList } from './TrendCallsList';
import { TrendChart } from './TrendChart';
import { TrendFiltersBar, type TrendPeriod } from './TrendFiltersBar';
import { peopleNarrowing, trendChartSpecs } from './trend-chart-specs';
import { trendExportTables } from './trend-export-tables';
import { formatDay, lastDays } from './trend-period';
import { useTableExport } from './use-table-export';
import './trends.css';

/** What the workspace gives every view, and the hook the call review plugs into. */
export interface TrendsViewProps extends WorkspaceViewProps {
  /** Opens one call from the list behind a chart; by default its customer on the desk. */
  onOpenCall?(interactionId: number): void;
  /** More charts after the view's own, for the same period and team (the evaluation scores). */
  moreCharts?(period: { from: string; to: string; team: string | null }): ReactNode;
}

interface Pick {
  chartId: string;
  seriesKey: string;
  index: number;
}

/**
 * Trends over the site's calls (issue 14): a supervisor's teams, an agent's
 * own (main decides which, from the roster). Charts, not tables; a click on a
 * bar lists the calls behind it, and a call opens from there.
 */
export default function TrendsView({ roster, onOpenCustomer, onOpenCall, moreCharts }: TrendsViewProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const contract = useContract();
  const [period, setPeriod] = useState<TrendPeriod>(() => ({ ...lastDays(30, Date.now()), bucket: 'day' }));
  const [filters, setFilters] = useState<TrendFilters>(noTrendFilters);
  const [pick, setPick] = useState<Pick | null>(null);
  const query = useMemo(() => ({ ...period, filters }), [period, filters]);
  const report = useContractQuery(JSON.stringify(query), () => contract.call('trends.get', query), { keepPrevious: true });
  const value = report.status === 'ready' ? report.value : null;
  const specs = useMemo(() => (value ? trendChartSpecs(value, t, language) : []), [value, t, language]);

  const callsQuery = useMemo(() => {
    if (!value || !pick) return null;
    const spec = specs.find((candidate) => candidate.id === pick.chartId);
    const series = spec?.series.find((candidate) => candidate.key === pick.seriesKey);
    if (!spec || !series) return null;
    const bucket = spec.axis === 'time' ? value.buckets[pick.index] : { from: period.from, to: period.to };
    if (!bucket) return null;
    const { agent, owner } = spec.axis === 'people' ? peopleNarrowing(spec, value, pick.index) : {};
    const selection: TrendSelection = owner !== undefined && series.selection.measure === 'promises' ? { ...series.selection, owner } : series.selection;
    return {
      title: `${spec.title}: ${series.label} — ${spec.axis === 'time' ? formatDay(bucket.from, language, true) : (spec.labels[pick.index] ?? '')}${spec.axis === 'time' && bucket.to !== bucket.from ? ` – ${formatDay(bucket.to, language, true)}` : ''}`,
      request: { from: bucket.from, to: bucket.to, selection, filters: agent !== undefined ? { ...filters, agents: [agent] } : filters },
    };
  }, [value, pick, specs, period, filters, language]);
  const calls = useContractQuery(callsQuery ? JSON.stringify(callsQuery.request) : null, () => contract.call('trends.calls', callsQuery?.request ?? { from: period.from, to: period.to, selection: { measure: 'calls' }, filters }));

  const openCall = useCallback(
    (interactionId: number) => {
      if (onOpenCall) return onOpenCall(interactionId);
      const customerId = calls.status === 'ready' ? calls.value.calls.find((call) => call.interactionId === interactionId)?.customerId : null;
      if (customerId) onOpenCustomer(customerId);
    },
    [onOpenCall, onOpenCustomer, calls],
  );
  const pickPoint = useCallback((chartId: string, seriesKey: string, index: number) => setPick({ chartId, seriesKey, index }), []);
  const exporter = useTableExport();
  const exportAs = (format: 'csv' | 'xlsx') =>
    value && void exporter.run({ name: `trends ${period.from} ${period.to}`, format, language, tables: trendExportTables(value, t, language) });
  const changeFilters = (next: TrendFilters) => {
    setFilters(next);
    setPick(null);
  };
  const changePeriod = (next: TrendPeriod) => {
    setPeriod(next);
    setPick(null);
  };

  return (
    <section className="trends" aria-labelledby="trends-title" data-testid="trends">
      <Group justify="space-between" wrap="nowrap" className="trends__header">
        <h2 id="trends-title" className="trends__title">
          {value?.scope.ownOnly ? t('trends.titleOwn') : t('trends.title')}
        </h2>
        <Group gap={6} wrap="nowrap">
          <Button size="compact-sm" variant="default" disabled={!value || exporter.exporting} onClick={() => exportAs('csv')} data-testid="trends-export-csv">
            {t('trends.exportCsv')}
          </Button>
          <Button size="compact-sm" variant="default" disabled={!value || exporter.exporting} onClick={() => exportAs('xlsx')} data-testid="trends-export-xlsx">
            {t('trends.exportXlsx')}
          </Button>
        </Group>
      </Group>
      <TrendFiltersBar period={period} filters={filters} scope={value?.scope ?? null} roster={roster} onPeriod={changePeriod} onFilters={changeFilters} />
      {exporter.error && <ErrorNotice error={exporter.error} />}
      {report.status === 'failed' && <ErrorNotice error={report.error} testId="trends-error" />}
      {report.status === 'loading' && <Busy />}
      {value?.spikes.map((spike) => (
        <Alert key={spike.code} color="orange" variant="light" p="xs" className="trends__spike" data-testid="trends-spike">
          {t('trends.spike', {
            cause: spike.label[language],
            week: formatDay(spike.week, language, true),
            share: new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(spike.share),
            usual: new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(spike.usualShare),
            calls: spike.calls,
          })}
        </Alert>
      ))}
      {callsQuery && (
        <section className="trend-calls" aria-labelledby="trend-calls-title" data-testid="trend-calls-panel">
          <Group justify="space-between" wrap="nowrap">
            <h3 id="trend-calls-title" className="trend-calls__title">{callsQuery.title}</h3>
            <Button size="compact-xs" variant="subtle" onClick={() => setPick(null)}>
              {t('trends.calls.close')}
            </Button>
          </Group>
          {calls.status === 'loading' && <Busy />}
          {calls.status === 'failed' && <ErrorNotice error={calls.error} />}
          {calls.status === 'ready' && <TrendCallsList calls={calls.value.calls} total={calls.value.total} onOpenCall={openCall} labelOf={(code) => value?.dispositions.find((series) => series.code === code)?.label[language] ?? code} />}
        </section>
      )}
      <div className={`trends__charts${report.status === 'ready' && report.stale ? ' trends__charts--stale' : ''}`}>
        {specs.map((spec) => (
          <TrendChart key={spec.id} spec={spec} onPick={pickPoint} />
        ))}
        {moreCharts?.({ from: period.from, to: period.to, team: filters.teams[0] ?? null })}
      </div>
    </section>
  );
}
