import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, UnstyledButton } from '@mantine/core';
import { watchedTeams, type Roster } from '@shared/domain/roster';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDateTime } from '../../ui/format';
import { useUiLanguage } from '../../ui/use-ui-language';
import { CallReview } from './CallReview';
import { EvaluationCard } from './EvaluationCard';
import { useMyEvaluations, useReviewableCalls } from './use-review-lists';
import './call-review.css';

// Loaded when first opened, like the script editor: reviewing a call does not wait for it.
const ScorecardEditorDialog = lazy(() => import('../scorecard-editor/ScorecardEditorDialog').then((module) => ({ default: module.ScorecardEditorDialog })));

/** The calls to review (a supervisor's teams', an agent's own), each opening its review beside the list. */
function ReviewableCalls({ onOpen, open }: { onOpen(id: number): void; open: number | null }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const calls = useReviewableCalls();
  if (calls.status === 'failed') return <ErrorNotice error={calls.error} />;
  if (calls.status !== 'ready') return null;
  if (calls.value.calls.length === 0) return <p className="call-review__empty">{t('review.list.empty')}</p>;
  return (
    <ul className="reviews__calls" data-testid="reviewable-calls">
      {calls.value.calls.map((call) => (
        <li key={call.id}>
          <UnstyledButton className="reviews__call" aria-current={open === call.id} onClick={() => onOpen(call.id)} data-testid="reviewable-call" data-call={call.id}>
            <span>{formatDateTime(call.startedAt, language)}</span>
            <span>{call.agent ?? '—'}</span>
            <span>{call.customerName ?? '—'}</span>
            {call.evaluated && <span className="reviews__evaluated">{t('review.list.evaluated')}</span>}
          </UnstyledButton>
        </li>
      ))}
    </ul>
  );
}

/** The evaluations of the user's own calls, each to acknowledge or dispute. */
function MyEvaluations() {
  const { t } = useTranslation();
  const mine = useMyEvaluations();
  if (mine.status === 'failed') return <ErrorNotice error={mine.error} />;
  if (mine.status !== 'ready') return null;
  if (mine.value.evaluations.length === 0) return <p className="call-review__empty">{t('review.mine.empty')}</p>;
  return (
    <div data-testid="my-evaluations">
      {mine.value.evaluations.map((evaluation) => (
        <EvaluationCard key={evaluation.id} evaluation={evaluation} mayReply />
      ))}
    </div>
  );
}

/**
 * Reviews beside the desk: a supervisor picks one of their teams' calls and
 * reviews it; everyone sees the evaluations of their own calls and replies,
 * and the evaluation forms (which supervisors and admins edit).
 */
export default function ReviewsView({ roster }: { roster: Roster }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<number | null>(null);
  const [editingForms, setEditingForms] = useState(false);
  const supervises = watchedTeams(roster.me, roster.agents).size > 0;
  return (
    <div className="reviews">
      <aside className="reviews__side">
        {/* Everyone may read the forms they are scored with; main lets only supervisors and admins save them. */}
        <Button variant="default" size="xs" onClick={() => setEditingForms(true)} data-testid="edit-scorecard-forms">
          {t('review.editForms')}
        </Button>
        <h2>{supervises ? t('review.list.teamCalls') : t('review.list.myCalls')}</h2>
        <ReviewableCalls onOpen={setOpen} open={open} />
        <h2>{t('review.mine.title')}</h2>
        <MyEvaluations />
      </aside>
      <section className="reviews__main" aria-label={t('review.title')}>
        {open === null ? <p className="call-review__empty">{t('review.list.pick')}</p> : <CallReview key={open} interactionId={open} />}
      </section>
      <Suspense fallback={null}>{editingForms && <ScorecardEditorDialog onClose={() => setEditingForms(false)} />}</Suspense>
    </div>
  );
}
