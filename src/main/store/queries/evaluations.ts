import { and, asc, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Evaluation } from '@shared/domain/evaluation';
import type { Store } from '../connection';
import { preparedPerDatabase } from '../prepared';
import { evaluations, interactions, scorecardForms } from '../schema';

export type EvaluationRow = typeof evaluations.$inferSelect;
export type NewEvaluation = typeof evaluations.$inferInsert;

const shownFields = {
  id: evaluations.externalId,
  interactionId: evaluations.interactionId,
  agent: evaluations.agent,
  evaluator: evaluations.evaluator,
  formSlug: evaluations.formSlug,
  formVersion: evaluations.formVersion,
  formTitle: scorecardForms.title,
  answers: evaluations.answers,
  comment: evaluations.comment,
  scorePercent: evaluations.scorePercent,
  failedCritical: evaluations.failedCritical,
  createdAt: evaluations.createdAt,
  response: evaluations.response,
  responseComment: evaluations.responseComment,
  respondedAt: evaluations.respondedAt,
  callStartedAt: interactions.startedAt,
};

// The version the evaluation was scored against; no row while this console does not hold it yet.
const formOfEvaluation = and(eq(scorecardForms.slug, evaluations.formSlug), eq(scorecardForms.version, evaluations.formVersion));

const statements = preparedPerDatabase((store: Store) => ({
  ofCall: store.orm
    .select(shownFields)
    .from(evaluations)
    .leftJoin(interactions, eq(interactions.id, evaluations.interactionId))
    .leftJoin(scorecardForms, formOfEvaluation)
    .where(eq(evaluations.interactionId, sql.placeholder('interactionId')))
    .orderBy(asc(evaluations.createdAt), asc(evaluations.id))
    .prepare(),
  ofAgent: store.orm
    .select(shownFields)
    .from(evaluations)
    .leftJoin(interactions, eq(interactions.id, evaluations.interactionId))
    .leftJoin(scorecardForms, formOfEvaluation)
    .where(eq(evaluations.agent, sql.placeholder('agent')))
    .orderBy(desc(evaluations.createdAt), desc(evaluations.id))
    .limit(sql.placeholder('limit'))
    .prepare(),
  shown: store.orm
    .select(shownFields)
    .from(evaluations)
    .leftJoin(interactions, eq(interactions.id, evaluations.interactionId))
    .leftJoin(scorecardForms, formOfEvaluation)
    .where(eq(evaluations.externalId, sql.placeholder('externalId')))
    .prepare(),
  byExternalId: store.orm.select().from(evaluations).where(eq(evaluations.externalId, sql.placeholder('externalId'))).prepare(),
  row: store.orm.select().from(evaluations).where(eq(evaluations.id, sql.placeholder('id'))).prepare(),
}));

export function insertEvaluation(store: Store, evaluation: NewEvaluation): number {
  const [row] = store.orm.insert(evaluations).values(evaluation).returning({ id: evaluations.id }).all();
  if (!row) throw new Error('The evaluation was not stored');
  return row.id;
}

/** Replaces a copy held here with a newer one (the CRM's feed, or the agent's reply). */
export function updateEvaluation(store: Store, id: number, changes: Partial<NewEvaluation>): void {
  store.orm.update(evaluations).set(changes).where(eq(evaluations.id, id)).run();
}

export function findEvaluationRow(store: Store, id: number): EvaluationRow | undefined {
  return statements(store).row.get({ id });
}

export function findEvaluationByExternalId(store: Store, externalId: string): EvaluationRow | undefined {
  return statements(store).byExternalId.get({ externalId });
}

/** An evaluation as the contract shows it. */
export function findEvaluation(store: Store, externalId: string): Evaluation | undefined {
  return statements(store).shown.get({ externalId });
}

export function evaluationsOfCall(store: Store, interactionId: number): Evaluation[] {
  return statements(store).ofCall.all({ interactionId });
}

/** An agent's evaluations, newest first. */
export function evaluationsOfAgent(store: Store, agent: string, limit: number): Evaluation[] {
  return statements(store).ofAgent.all({ agent, limit });
}

/** Evaluations made in a period (by when they were made), with their answers: what trends average. */
export function evaluationsMadeBetween(store: Store, from: number, to: number): Pick<EvaluationRow, 'agent' | 'answers' | 'scorePercent' | 'failedCritical' | 'formSlug' | 'formVersion'>[] {
  return store.orm
    .select({
      agent: evaluations.agent,
      answers: evaluations.answers,
      scorePercent: evaluations.scorePercent,
      failedCritical: evaluations.failedCritical,
      formSlug: evaluations.formSlug,
      formVersion: evaluations.formVersion,
    })
    .from(evaluations)
    .where(and(gte(evaluations.createdAt, from), lt(evaluations.createdAt, to)))
    .all();
}
