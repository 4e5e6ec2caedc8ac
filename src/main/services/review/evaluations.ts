import { randomUUID } from 'node:crypto';
import type { Evaluation, EvaluationReply, EvaluationSave } from '@shared/domain/evaluation';
import { scoreEvaluation } from '@shared/scorecards/score';
import { inTransaction, type Store } from '../../store/connection';
import { writeAudit } from '../../store/queries/audit';
import { findCall } from '../../store/queries/calls';
import { evaluationsOfAgent, findEvaluation, findEvaluationByExternalId, insertEvaluation, updateEvaluation } from '../../store/queries/evaluations';
import { enqueue } from '../sync/outbox';
import { accessToCall } from './call-review';
import { currentReviewer } from './reviewer';
import { findScorecardForm } from './scorecard-form-store';

export type SaveRefusal = 'no-call' | 'not-allowed' | 'no-form' | 'unanswered';

/**
 * A supervisor's scorecard for a call: scored here (the page's score is
 * only a preview), stored, and queued for the CRM in the same transaction,
 * which carries it to the agent's console. Every question must be answered
 * (not applicable counts) so that an evaluation never hides a skipped item.
 */
export function saveEvaluation(store: Store, save: EvaluationSave, now = Date.now()): Evaluation | SaveRefusal {
  const call = findCall(store, save.interactionId);
  if (!call) return 'no-call';
  if (accessToCall(store, call) !== 'evaluate' || call.agent === null) return 'not-allowed';
  const form = findScorecardForm(store, save.formSlug, save.formVersion);
  if (!form) return 'no-form';
  const known = Object.fromEntries(Object.entries(save.answers).filter(([id]) => form.questions.some((question) => question.id === id)));
  const score = scoreEvaluation(form, known);
  if (score.unanswered.length > 0) return 'unanswered';
  const { reviewer } = currentReviewer(store);
  const evaluator = reviewer.me?.displayName ?? reviewer.ownName;
  const externalId = randomUUID();
  inTransaction(store, () => {
    const id = insertEvaluation(store, {
      externalId,
      interactionId: call.id,
      agent: call.agent ?? '',
      evaluator,
      formSlug: form.slug,
      formVersion: form.version,
      answers: known,
      comment: save.comment,
      scorePercent: score.percent,
      failedCritical: score.failedCritical,
      createdAt: now,
      response: 'none',
      responseComment: '',
      respondedAt: null,
      updatedAt: now,
    });
    writeAudit(store, { at: now, actor: evaluator, action: 'evaluation.saved', entity: 'evaluation', entityId: externalId, details: null });
    enqueue(store, { kind: 'evaluation', localId: id }, now);
  });
  const saved = findEvaluation(store, externalId);
  if (!saved) throw new Error('The evaluation was not stored');
  return saved;
}

/** The evaluations of this console's user's calls, newest first. */
export function myEvaluations(store: Store, limit: number): Evaluation[] {
  const { reviewer } = currentReviewer(store);
  const name = reviewer.me?.displayName ?? reviewer.ownName;
  return name === '' ? [] : evaluationsOfAgent(store, name, limit);
}

/**
 * The agent acknowledges an evaluation of their call, or disputes it with a
 * comment. Only the evaluated agent may; the reply is a newer copy of the
 * evaluation, pushed like any change (the supervisor's console gets it from
 * the feed).
 */
export function replyToEvaluation(store: Store, reply: EvaluationReply, now = Date.now()): Evaluation | 'not-found' | 'not-yours' {
  const row = findEvaluationByExternalId(store, reply.evaluationId);
  if (!row) return 'not-found';
  const { reviewer } = currentReviewer(store);
  const name = reviewer.me?.displayName ?? reviewer.ownName;
  if (row.agent !== name) return 'not-yours';
  inTransaction(store, () => {
    updateEvaluation(store, row.id, { response: reply.response, responseComment: reply.comment, respondedAt: now, updatedAt: Math.max(now, row.updatedAt + 1) });
    writeAudit(store, { at: now, actor: name, action: `evaluation.${reply.response}`, entity: 'evaluation', entityId: row.externalId, details: null });
    enqueue(store, { kind: 'evaluation', localId: row.id }, now);
  });
  const replied = findEvaluation(store, row.externalId);
  if (!replied) throw new Error('The evaluation was not stored');
  return replied;
}
