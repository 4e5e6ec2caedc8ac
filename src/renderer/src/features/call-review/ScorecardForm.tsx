import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import type { ContractError } from '@shared/contract/error';
import type { CallReview } from '@shared/domain/call-review';
import { evaluationCommentMaxLength } from '@shared/domain/evaluation';
import { scoreEvaluation } from '@shared/scorecards/score';
import type { ScorecardAnswer, ScorecardAnswers, ScorecardQuestion } from '@shared/scorecards/scorecard-form';
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

/**
 * The supervisor's scorecard for a call: every question of the form, those
 * the script run answers already filled (and marked so), the score as it
 * will be stored, and a comment for the agent. Main scores it again on save.
 */
export function ScorecardForm({ review }: { review: CallReview }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const contract = useContract();
  const [answers, setAnswers] = useState<ScorecardAnswers>(review.preAnswers);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<ContractError | null>(null);
  const [saving, setSaving] = useState(false);
  const score = scoreEvaluation(review.form, answers);

  const save = async () => {
    setSaving(true);
    const result = await contract.call('evaluations.save', {
      interactionId: review.call.id,
      formSlug: review.form.slug,
      formVersion: review.form.version,
      answers,
      comment,
    });
    setSaving(false);
    setError(result.ok ? null : result.error);
  };

  return (
    <section className="call-review__scorecard" aria-labelledby="scorecard-title" data-testid="scorecard">
      <h3 id="scorecard-title">{t('review.scorecard.title', { form: review.form.title[language], version: review.form.version })}</h3>
      <Stack gap="xs">
        {review.form.questions.map((question) => {
          const answer = answers[question.id];
          return (
            <div key={question.id} className="call-review__question" data-testid="scorecard-question" data-question={question.id}>
              <Text size="sm" id={`question-${question.id}`}>
                {question.text[language]}
                {question.critical && <strong className="call-review__critical"> · {t('review.scorecard.critical')}</strong>}
                {review.preAnswers[question.id] !== undefined && <span className="call-review__from-script"> · {t('review.scorecard.fromScript')}</span>}
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
    </section>
  );
}
