import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '@shared/domain/customer';

/** A script run in the customer's history: which script, what was captured, which checkpoints were missed. */
export function ScriptRunSummary({ run }: { run: Extract<TimelineEntry, { kind: 'script' }> }) {
  const { t } = useTranslation();
  const captured = run.answers.filter((answer) => answer.kind !== 'checkpoint');
  return (
    <>
      <span className="timeline__title">
        {t('timeline.script', { title: run.title, version: run.version })} · {run.finished ? t('timeline.scriptFinished') : t('timeline.scriptUnfinished')}
      </span>
      {captured.length > 0 && (
        <dl className="timeline__answers" data-testid="timeline-script-answers">
          {captured.map((answer) => (
            <div key={answer.stepId}>
              <dt>{answer.label}</dt>
              <dd>{answer.shown}</dd>
            </div>
          ))}
        </dl>
      )}
      {run.missedCheckpoints.length > 0 && (
        <span className="timeline__details timeline__missed">
          {t('timeline.missedCheckpoints', { checkpoints: run.missedCheckpoints.map((checkpoint) => checkpoint.label).join(', ') })}
        </span>
      )}
    </>
  );
}
