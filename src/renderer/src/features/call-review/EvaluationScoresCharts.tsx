import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useContract } from '../../ui/contract-context';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useContractQuery } from '../../ui/use-contract-query';
import { useEventRevision } from '../../ui/use-event-revision';
import { useUiLanguage } from '../../ui/use-ui-language';

const always = () => true;

/** One horizontal bar chart of percents (0–100), a bar per row. */
function PercentBars({ title, testId, rows }: { title: string; testId: string; rows: { label: string; percent: number }[] }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const format = (value: number) => t('review.quality.percent', { value: new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value) });
  return (
    <figure className="trend-chart" data-testid={testId} aria-label={title}>
      <figcaption className="trend-chart__title">{title}</figcaption>
      {rows.length === 0 ? (
        <p className="empty-state">{t('review.scores.none')}</p>
      ) : (
        <ResponsiveContainer width="100%" height={Math.max(140, 26 * rows.length + 50)}>
          <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border-soft)" />
            <XAxis type="number" domain={[0, 100]} tickFormatter={format} fontSize={11} />
            <YAxis type="category" dataKey="label" width={170} fontSize={11} interval={0} />
            <Tooltip formatter={(value) => format(Number(value))} cursor={{ fill: 'var(--accent-soft)' }} />
            <Bar dataKey="percent" name={title} fill="var(--mantine-color-blue-6)" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
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
