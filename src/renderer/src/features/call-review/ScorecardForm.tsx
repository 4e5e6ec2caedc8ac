import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, SegmentedControl, Select, Stack, Text, Textarea } from '@mantine/core';
import type { ContractError } from '@shared/contract/error';
import type { CallReview } from '@shared/domain/call-review';
import { evaluationCommentMaxLength } from '@shared/domain/evaluation';
import { scoreEvaluation } from '@shared/scorecards/score';
import type { ScorecardAnswer, ScorecardAnswers, ScorecardForm as Form, ScorecardQuestion } from '@shared/scorecards/scorecard-form';
import { useContract } from '../../ui/contract-context';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { useUiLanguage } from '../../ui/use-ui-language';
import { scoreText } from './score-text';

function choices(question: ScorecardQuestion, t: (key: string) => string): { value: string; label: string }[] {
  if (question.kind === 'scale') return Array.from({ length: question.scaleMax ?? 5 }, (_, index) => ({ value: String(index + 1), label: String(index + 1) }));
  const yesNo = [
    { value: 'yes', label: t('review.scorecard.yes') },
    { value: 'no', label: t('review.scorecard.no') },
  ];
  return question.allowNa ? [...yesNo, { value: 'na', label: t('review.scorecard.na') }] : yesNo;
}

const fromChoice = (value: string): ScorecardAnswer => (/^\d+$/.test(value) ? Number(value) : (value as ScorecardAnswer));

type Scorecard = CallReview['scorecards'][number];

/**
 * The supervisor's scorecard for a call: the form to score with (the newest
 * version of each form; the one saved last unless another is chosen), every
 * question of it, those the script run answers already filled (and marked so),
 * the score as it will be stored, and a comment for the agent. Main scores it
 * again on save.
 */
export function ScorecardForm({ review }: { review: CallReview }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  // Chosen when the pane opens: a form that arrives from the CRM while the supervisor scores never takes the questions away.
  const [slug, setSlug] = useState(() => review.scorecards[0]?.form.slug ?? null);
  const chosen = review.scorecards.find(({ form }) => form.slug === slug) ?? review.scorecards[0];
  if (!chosen) return null;
  const name = (form: Form) => t('review.scorecard.title', { form: form.title[language], version: form.version });
  return (
    <section className="call-review__scorecard" aria-labelledby="scorecard-title" data-testid="scorecard" data-form={`${chosen.form.slug}@${chosen.form.version}`}>
      <h3 id="scorecard-title">{name(chosen.form)}</h3>
      {review.scorecards.length > 1 && (
        <Select
          label={t('review.scorecard.chooseForm')}
          value={chosen.form.slug}
          allowDeselect={false}
          data={review.scorecards.map(({ form }) => ({ value: form.slug, label: name(form) }))}
          onChange={setSlug}
          data-testid="scorecard-choose-form"
        />
      )}
      {/* Another form is another set of questions: its answers start over from what the script run gives it. A newer
          version of the same form keeps what was answered (by question id). */}
      <ScorecardQuestions key={chosen.form.slug} interactionId={review.call.id} scorecard={chosen} />
    </section>
  );
}

function ScorecardQuestions({ interactionId, scorecard: { form, preAnswers } }: { interactionId: number; scorecard: Scorecard }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const contract = useContract();
  const [answers, setAnswers] = useState<ScorecardAnswers>(preAnswers);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<ContractError | null>(null);
  const [saving, setSaving] = useState(false);
  const score = scoreEvaluation(form, answers);

  const save = async () => {
    setSaving(true);
    const result = await contract.call('evaluations.save', {
      interactionId,
      formSlug: form.slug,
      formVersion: form.version,
      answers,
      comment,
    });
    setSaving(false);
    setError(result.ok ? null : result.error);
  };

  return (
    <>
      <Stack gap="xs">
        {form.questions.map((question) => {
          const answer = answers[question.id];
          return (
            <div key={question.id} className="call-review__question" data-testid="scorecard-question" data-question={question.id}>
              <Text size="sm" id={`question-${question.id}`}>
                {question.text[language]}
                {question.critical && <strong className="call-review__critical"> · {t('review.scorecard.critical')}</strong>}
                {preAnswers[question.id] !== undefined && <span className="call-review__from-script"> · {t('review.scorecard.fromScript')}</span>}
              </Text>
              <SegmentedControl
                size="xs"
                aria-labelledby={`question-${question.id}`}
                data={choices(question, t)}
                value={answer === undefined ? '' : String(answer)}
                onChange={(value) => setAnswers({ ...answers, [question.id]: fromChoice(value) })}
              />
            </div>
          );
        })}
      </Stack>
      <Textarea
        label={t('review.scorecard.comment')}
        value={comment}
        maxLength={evaluationCommentMaxLength}
        autosize
        minRows={2}
        onChange={(event) => setComment(event.currentTarget.value)}
        data-testid="scorecard-comment"
      />
      <Text size="sm" data-testid="scorecard-score">
        {/* Until every question is answered there is no score yet, only what is left. */}
        {score.unanswered.length > 0 ? t('review.scorecard.unanswered', { count: score.unanswered.length }) : scoreText(t, language, score)}
      </Text>
      {error && <ErrorNotice error={error} testId="scorecard-error" />}
      <Button onClick={() => void save()} loading={saving} disabled={score.unanswered.length > 0} data-testid="scorecard-save">
        {t('review.scorecard.save')}
      </Button>
    </>
  );
}
