import type { TFunction } from 'i18next';
import type { Language } from '@shared/domain/language';
import type { ExportTable } from '@shared/domain/table-export';
import type { CodeSeries, TrendReport } from '@shared/domain/trends';

const ratio = (part: number, whole: number) => (whole === 0 ? null : part / whole);
const minutes = (ms: number, count: number) => (count === 0 ? null : ms / count / 60_000);

function codeTable(title: string, report: TrendReport, series: readonly CodeSeries[], t: TFunction, language: Language): ExportTable {
  return {
    title,
    columns: [{ heading: t('trends.export.from'), kind: 'date' }, { heading: t('trends.export.to'), kind: 'date' }, ...series.map((code) => ({ heading: code.label[language], kind: 'number' as const }))],
    rows: report.buckets.map((bucket, index) => [bucket.from, bucket.to, ...series.map((code) => code.counts[index] ?? 0)]),
  };
}

/** What the view shows, as tables with headings in the user's language: the export writes these. */
export function trendExportTables(report: TrendReport, t: TFunction, language: Language): ExportTable[] {
  const heading = (key: string, kind: ExportTable['columns'][number]['kind']) => ({ heading: t(`trends.export.${key}`), kind });
  const callColumns = [
    heading('calls', 'number'), heading('inbound', 'number'), heading('answered', 'number'), heading('missed', 'number'), heading('abandoned', 'number'),
    heading('handleMinutes', 'decimal'), heading('wrapUpMinutes', 'decimal'), heading('repeatContacts', 'number'), heading('repeatShare', 'percent'),
    heading('wantedWritten', 'number'), heading('mismatches', 'number'), heading('mismatchShare', 'percent'),
  ];
  const callCells = (row: TrendReport['calls'][number]) => [
    row.calls, row.inbound, row.answered, row.missed, row.abandoned, minutes(row.handleMs, row.handled), minutes(row.wrapUpMs, row.wrappedUp),
    row.repeatContacts, ratio(row.repeatContacts, row.inbound), row.wantedWritten, row.mismatches, ratio(row.mismatches, row.wantedWritten),
  ];
  const promiseColumns = ['made', 'kept', 'broken', 'cancelled', 'open', 'overdue'].map((key) => heading(key, 'number'));
  const promiseCells = (row: TrendReport['promises'][number]) => [row.made, row.kept, row.broken, row.cancelled, row.open, row.overdue];
  return [
    {
      title: t('trends.export.sheet.calls'),
      columns: [heading('from', 'date'), heading('to', 'date'), ...callColumns],
      rows: report.buckets.map((bucket, index) => [bucket.from, bucket.to, ...(report.calls[index] ? callCells(report.calls[index]) : [])]),
    },
    codeTable(t('trends.export.sheet.rootCauses'), report, report.rootCauses, t, language),
    codeTable(t('trends.export.sheet.dispositions'), report, report.dispositions, t, language),
    {
      title: t('trends.export.sheet.promises'),
      columns: [heading('from', 'date'), heading('to', 'date'), ...promiseColumns],
      rows: report.buckets.map((bucket, index) => [bucket.from, bucket.to, ...(report.promises[index] ? promiseCells(report.promises[index]) : [])]),
    },
    {
      title: t('trends.export.sheet.promiseOwners'),
      columns: [heading('owner', 'text'), heading('ownerIs', 'text'), ...promiseColumns],
      rows: report.promiseOwners.map((row) => [row.ownerName, t(`trends.export.ownerKind.${row.ownerType}`), ...promiseCells(row)]),
    },
    {
      title: t('trends.export.sheet.agents'),
      columns: [heading('agent', 'text'), heading('team', 'text'), ...callColumns],
      rows: report.agents.map((row) => [row.agent, row.team, ...callCells(row)]),
    },
  ];
}
