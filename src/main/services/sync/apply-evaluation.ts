import { evaluationResponses } from '@shared/domain/evaluation';
import { scorecardAnswerSchema, type ScorecardAnswers } from '@shared/scorecards/scorecard-form';
import type { Sqlite } from '../../store/connection';
import { preparedPerDatabase } from '../../store/prepared';
import type { ItemStatus, Reasons } from './item-report';
import { localInteractionId } from './local-ids';
import type { EvaluationItem } from './wire';

const statements = preparedPerDatabase((sqlite: Sqlite) => ({
  heldUpdatedAt: sqlite.prepare<[string], number>('SELECT updated_at FROM evaluations WHERE external_id = ?').pluck(),
  upsert: sqlite.prepare<[Record<string, unknown>]>(
    `INSERT INTO evaluations (external_id, interaction_id, agent, evaluator, form_slug, form_version, answers, comment, score_percent,
       failed_critical, created_at, response, response_comment, responded_at, updated_at)
     VALUES (@externalId, @interactionId, @agent, @evaluator, @formSlug, @formVersion, @answers, @comment, @scorePercent,
       @failedCritical, @createdAt, @response, @responseComment, @respondedAt, @updatedAt)
     ON CONFLICT (external_id) DO UPDATE SET interaction_id = excluded.interaction_id, agent = excluded.agent, evaluator = excluded.evaluator,
       form_slug = excluded.form_slug, form_version = excluded.form_version, answers = excluded.answers, comment = excluded.comment,
       score_percent = excluded.score_percent, failed_critical = excluded.failed_critical, created_at = excluded.created_at,
       response = excluded.response, response_comment = excluded.response_comment, responded_at = excluded.responded_at,
       updated_at = excluded.updated_at`,
  ),
}));

function cleanAnswers(raw: EvaluationItem['answers'], reasons: Reasons): ScorecardAnswers {
  const answers: ScorecardAnswers = {};
  for (const [questionId, answer] of Object.entries(raw)) {
    const parsed = scorecardAnswerSchema.safeParse(answer);
    if (parsed.success) answers[questionId] = parsed.data;
    else reasons.add(`answers.${questionId}`, 'not yes, no, na or a mark from 1 to 10; left out');
  }
  return answers;
}

/**
 * An evaluation from the feed: the later copy wins by `updatedAt` (the
 * agent's reply is a newer copy of the supervisor's evaluation), so a page
 * replayed after the reply never undoes it. A call this console has not seen
 * leaves the evaluation unlinked: the agent still sees it in their list.
 */
export function applyEvaluation(sqlite: Sqlite, item: EvaluationItem, reasons: Reasons): ItemStatus {
  const held = statements(sqlite).heldUpdatedAt.get(item.id);
  if (held !== undefined && held >= item.updatedAt) return 'skipped';
  const interactionId = item.interactionId === null ? null : (localInteractionId(sqlite, item.interactionId) ?? null);
  if (item.interactionId !== null && interactionId === null) reasons.add('interactionId', 'call not seen; stored unlinked');
  statements(sqlite).upsert.run({
    externalId: item.id,
    interactionId,
    agent: reasons.text(item.agent, 'agent'),
    evaluator: reasons.text(item.evaluator, 'evaluator'),
    formSlug: item.formSlug,
    formVersion: item.formVersion,
    answers: JSON.stringify(cleanAnswers(item.answers, reasons)),
    comment: reasons.text(item.comment, 'comment'),
    scorePercent: item.scorePercent,
    failedCritical: JSON.stringify(item.failedCritical),
    createdAt: item.createdAt,
    response: reasons.choice(item.response, evaluationResponses, 'none', 'response'),
    responseComment: reasons.text(item.responseComment, 'responseComment'),
    respondedAt: item.respondedAt ?? null,
    updatedAt: item.updatedAt,
  });
  return 'applied';
}
