import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { Busy } from '../../ui/Busy';
import { CallFacts, NotesAndPromises, QualityFigures, ScriptPath, WrapUpSummary } from './CallReviewSections';
import { EvaluationCard } from './EvaluationCard';
import { MonitoringSessions } from './MonitoringSessions';
import { RecordingPlayer } from './RecordingPlayer';
import { ScorecardForm } from './ScorecardForm';
import { useCallReview } from './use-call-review';

/**
 * A call in one place, for the supervisor reviewing it or the agent looking
 * back: the facts, the recording, the script path, the wrap-up, notes and
 * promises, quality, evaluations, and the scorecard when this user may fill it.
 */
export function CallReview({ interactionId }: { interactionId: number }) {
  const { t } = useTranslation();
  const review = useCallReview(interactionId);
  if (review.status === 'failed') return <ErrorNotice error={review.error} testId="review-error" />;
  if (review.status !== 'ready') return <Busy />;
  const { value } = review;
  return (
    <div className="call-review" data-testid="call-review" data-call={interactionId}>
      <div className="call-review__column">
        <CallFacts call={value.call} />
        <h3>{t('review.recording.title')}</h3>
        {value.recordingUrl ? <RecordingPlayer url={value.recordingUrl} /> : <p className="call-review__empty">{t('review.recording.notConfigured')}</p>}
        <h3>{t('review.script.heading')}</h3>
        <ScriptPath run={value.scriptRun} />
        <h3>{t('review.wrapUp.heading')}</h3>
        <WrapUpSummary wrapUp={value.wrapUp} />
        <h3>{t('review.notes.heading')}</h3>
        <NotesAndPromises review={value} />
        <h3>{t('review.quality.heading')}</h3>
        <QualityFigures quality={value.quality} />
        <h3>{t('review.monitoring.heading')}</h3>
        <MonitoringSessions sessions={value.monitoring} />
      </div>
      <div className="call-review__column">
        <h3>{t('review.evaluation.heading')}</h3>
        {value.evaluations.length === 0 && <p className="call-review__empty">{t('review.evaluation.none')}</p>}
        {value.evaluations.map((evaluation) => (
          <EvaluationCard key={evaluation.id} evaluation={evaluation} mayReply={false} />
        ))}
        {value.mayEvaluate && <ScorecardForm key={value.evaluations.length} review={value} />}
      </div>
    </div>
  );
}
