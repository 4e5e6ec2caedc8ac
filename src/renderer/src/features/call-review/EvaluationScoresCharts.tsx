import { useCallback, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useContract } from '../../ui/contract-context';
import { BarChart } from '../../ui/BarChart';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useContractQuery } from '../../ui/use-contract-query';
import { useEventRevision } from '../../ui/use-event-revision';
import { useElementWidth } from '../../ui/use-element-width';
import { useUiLanguage } from '../../ui/use-ui-language';

const always = () => true;

/** One horizontal bar chart of percents (0–100), a bar per row. */
function PercentBars({ title, testId, rows }: { title: string; testId: string; rows: { label: string; percent: number }[] }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const ref = useRef<HTMLElement>(null);
  const width = useElementWidth(ref);
  const format = useMemo(() => {
    const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
    return (value: number) => t('review.quality.percent', { value: number.format(value) });
  }, [t, language]);
  const series = useMemo(() => [{ key: 'percent', label: title, values: rows.map((row) => row.percent), colour: 'var(--mantine-color-blue-6)' }], [title, rows]);
  const labels = useMemo(() => rows.map((row) => row.label), [rows]);
  return (
    <figure ref={ref} className="trend-chart" data-testid={testId} aria-label={title}>
      <figcaption className="trend-chart__title">{title}</figcaption>
      {rows.length === 0 ? (
        <p className="empty-state">{t('review.scores.none')}</p>
      ) : (
        width > 0 && (
          <BarChart labels={labels} series={series} orientation="rows" stacked={false} width={width} height={Math.max(110, 26 * rows.length + 30)} format={format} wholeNumbers={false} valueTop={100} categoryWidth={170} legend={false} />
        )
      )}
    </figure>
  );
}

/**
 * Evaluation scores beside the trends of the same period and team: each
 * agent's average score, and how often each question of the forms is met.
 */
export function EvaluationScoresCharts({ from, to, team }: { from: number; to: number; team: string | null }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const contract = useContract();
  const revision = `${useEventRevision('evaluations.changed', always)}:${useEventRevision('sync.status-changed', always)}`;
  const run = useCallback(() => contract.call('evaluations.scores', { from, to, team }), [contract, from, to, team]);
  const scores = useContractQuery(`evaluation-scores:${from}:${to}:${team}:${revision}`, run, { keepPrevious: true });
  if (scores.status === 'failed') return <ErrorNotice error={scores.error} />;
  if (scores.status !== 'ready') return null;
  return (
    <>
      <PercentBars
        title={t('review.scores.byAgent')}
        testId="evaluation-scores-agents"
        rows={scores.value.byAgent.flatMap((row) => (row.averagePercent === null ? [] : [{ label: row.agent, percent: row.averagePercent }]))}
      />
      <PercentBars
        title={t('review.scores.byQuestion')}
        testId="evaluation-scores-questions"
        rows={scores.value.byQuestion.flatMap((row) => (row.averageShare === null ? [] : [{ label: row.title?.[language] ?? row.questionId, percent: row.averageShare }]))}
      />
    </>
  );
}
