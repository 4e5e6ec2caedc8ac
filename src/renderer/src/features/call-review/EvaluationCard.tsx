import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Group, Text, Textarea } from '@mantine/core';
import type { ContractError } from '@shared/contract/error';
import { evaluationCommentMaxLength, type Evaluation } from '@shared/domain/evaluation';
import { useContract } from '../../ui/contract-context';
import { ErrorNotice } from '../../ui/ErrorNotice';
import { formatDateTime } from '../../ui/format';
import { useUiLanguage } from '../../ui/use-ui-language';
import { scoreText } from './score-text';

/** The agent's reply: acknowledge, or dispute with a comment (a dispute must say why). */
function ReplyForm({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation();
  const contract = useContract();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<ContractError | null>(null);
  const reply = async (response: 'acknowledged' | 'disputed') => {
    const result = await contract.call('evaluations.reply', { evaluationId: evaluation.id, response, comment });
    setError(result.ok ? null : result.error);
  };
  return (
    <div className="call-review__reply">
      <Textarea
        label={t('review.evaluation.replyComment')}
        value={comment}
        maxLength={evaluationCommentMaxLength}
        autosize
        minRows={1}
        onChange={(event) => setComment(event.currentTarget.value)}
        data-testid="evaluation-reply-comment"
      />
      {error && <ErrorNotice error={error} testId="evaluation-reply-error" />}
      <Group gap="xs" mt="xs">
        <Button size="xs" variant="light" onClick={() => void reply('acknowledged')} data-testid="evaluation-acknowledge">
          {t('review.evaluation.acknowledge')}
        </Button>
        <Button size="xs" variant="light" color="red" disabled={comment.trim() === ''} onClick={() => void reply('disputed')} data-testid="evaluation-dispute">
          {t('review.evaluation.dispute')}
        </Button>
      </Group>
    </div>
  );
}

/** One evaluation: the score, who made it and their comment, and the agent's reply (or the form to give one). */
export function EvaluationCard({ evaluation, mayReply }: { evaluation: Evaluation; mayReply: boolean }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <article className="call-review__evaluation" data-testid="evaluation" data-response={evaluation.response}>
      <Text size="sm" fw={600}>
        {scoreText(t, language, { percent: evaluation.scorePercent, failedCritical: evaluation.failedCritical })}
      </Text>
      <Text size="sm">{t('review.evaluation.by', { evaluator: evaluation.evaluator, when: formatDateTime(evaluation.createdAt, language) })}</Text>
      <Text size="sm" c={evaluation.formTitle === null ? 'dimmed' : undefined} data-testid="evaluation-form" data-available={evaluation.formTitle !== null}>
        {evaluation.formTitle === null
          ? t('review.evaluation.formMissing', { slug: evaluation.formSlug, version: evaluation.formVersion })
          : t('review.scorecard.title', { form: evaluation.formTitle[language], version: evaluation.formVersion })}
      </Text>
      {evaluation.comment && (
        <Text size="sm" data-testid="evaluation-comment">
          {evaluation.comment}
        </Text>
      )}
      {evaluation.response !== 'none' && (
        <Text size="sm" data-testid="evaluation-response">
          {t(`review.evaluation.${evaluation.response}`)}
          {evaluation.responseComment && `: ${evaluation.responseComment}`}
        </Text>
      )}
      {mayReply && evaluation.response === 'none' && <ReplyForm evaluation={evaluation} />}
    </article>
  );
}
