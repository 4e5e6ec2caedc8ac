import { randomUUID } from 'node:crypto';
import type { OutboxKind } from '@shared/domain/held-entry';
import { inTransaction, type Store } from '../../store/connection';
import { callRootCauses, findCall, touchCall } from '../../store/queries/calls';
import { externalIdOf, nameRow, type ExternallyNamed } from '../../store/queries/external-ids';
import { findNote } from '../../store/queries/notes';
import { insertOutboxEntry } from '../../store/queries/outbox';
import { findPromiseRow } from '../../store/queries/promises';
import { findScript } from '../../store/queries/scripts';
import { findSupervisionSessionById, supervisionModeHistory } from '../../store/queries/supervision';
import { findEvaluationRow } from '../../store/queries/evaluations';
import { findScorecardFormRow } from '../../store/queries/scorecard-forms';
import { scorecardFormId } from '@shared/scorecards/scorecard-form';
import { scriptItemId, type EvaluationItem, type InteractionItem, type NoteItem, type PromiseItem, type ScorecardFormItem, type ScriptItem, type SupervisionItem } from './wire';

export interface OutboxChange {
  kind: OutboxKind;
  /** The row's id in the local table (interactions, notes, promises, scripts, supervision_sessions, evaluations, scorecard_forms) after the caller wrote it. */
  localId: number;
}

/**
 * The CRM names records by their external id; a row made here gets one now
 * (a UUID), so that the copy the CRM sends back later lands on the same row
 * instead of beside it.
 */
function externalId(store: Store, table: ExternallyNamed, id: number): string {
  const existing = externalIdOf(store, table, id);
  if (existing) return existing;
  const made = randomUUID();
  nameRow(store, table, id, made);
  return made;
}

const optionalRef = (store: Store, table: 'customers' | 'interactions', id: number | null) => (id === null ? null : externalId(store, table, id));

function required<Row>(row: Row | undefined, { kind, localId }: OutboxChange): Row {
  if (!row) throw new Error(`enqueue: ${kind} ${localId} does not exist (write the row first, in the same transaction)`);
  return row;
}

/** The row as the CRM receives it: typed columns, so a renamed one fails to compile instead of being sent as nothing. */
function item(store: Store, change: OutboxChange, now: number): InteractionItem | NoteItem | PromiseItem | ScriptItem | SupervisionItem | EvaluationItem | ScorecardFormItem {
  const { kind, localId } = change;
  switch (kind) {
    case 'interaction': {
      // This change is the call's newest version: a copy of an older one the feed replays later must not undo it.
      touchCall(store, localId, now);
      const call = required(findCall(store, localId), change);
      return {
        kind,
        id: externalId(store, 'interactions', localId),
        customerId: optionalRef(store, 'customers', call.customerId),
        direction: call.direction,
        fromNumber: call.fromNumber,
        toNumber: call.toNumber,
        startedAt: call.startedAt,
        answeredAt: call.answeredAt,
        endedAt: call.endedAt,
        agent: call.agent,
        outcome: call.outcome,
        endReason: call.endReason,
        sipCode: call.sipCode,
        sipCallId: call.sipCallId,
        dispositionCode: call.dispositionCode,
        rootCauses: callRootCauses(store, localId),
        customerWanted: call.customerWanted,
        weOffered: call.weOffered,
        quality: {
          mos: call.qualityMos,
          lossPercent: call.qualityLossPercent,
          jitterMs: call.qualityJitterMs,
          roundTripMs: call.qualityRoundTripMs,
          longestNoAudioSeconds: call.longestNoAudioSeconds,
        },
        updatedAt: call.updatedAt ?? now,
      };
    }
    case 'note': {
      const note = required(findNote(store, localId), change);
      return {
        kind,
        id: externalId(store, 'notes', localId),
        customerId: externalId(store, 'customers', note.customerId),
        interactionId: optionalRef(store, 'interactions', note.interactionId),
        author: note.author,
        body: note.body,
        createdAt: note.createdAt,
      };
    }
    case 'promise': {
      const promise = required(findPromiseRow(store, localId), change);
      return {
        kind,
        id: externalId(store, 'promises', localId),
        customerId: externalId(store, 'customers', promise.customerId),
        interactionId: optionalRef(store, 'interactions', promise.interactionId),
        description: promise.description,
        ownerType: promise.ownerType,
        ownerName: promise.ownerName,
        dueAt: promise.dueAt,
        status: promise.status,
        statusChangedAt: promise.statusChangedAt,
        createdAt: promise.createdAt,
      };
    }
    case 'script': {
      const script = required(findScript(store, localId), change);
      return {
        kind,
        id: scriptItemId(script.slug, script.version),
        slug: script.slug,
        version: script.version,
        body: script.body,
        createdAt: script.createdAt,
        createdBy: script.createdBy,
      };
    }
    case 'supervision': {
      const session = required(findSupervisionSessionById(store, localId), change);
      if (session.endedAt === null || session.endReason === null) throw new Error(`enqueue: supervision session ${localId} has not ended (a session goes to the CRM once, when it ends)`);
      const endedAt = session.endedAt;
      return {
        kind,
        id: session.sessionId,
        supervisorId: session.supervisorId,
        agentId: session.agentId,
        callId: session.callId,
        interactionId: optionalRef(store, 'interactions', session.interactionId),
        startedAt: session.startedAt,
        endedAt,
        endReason: session.endReason,
        modes: supervisionModeHistory(store, localId).map((period) => ({ ...period, to: period.to ?? endedAt })),
      };
    }
    case 'evaluation': {
      const evaluation = required(findEvaluationRow(store, localId), change);
      return {
        kind,
        id: evaluation.externalId,
        interactionId: optionalRef(store, 'interactions', evaluation.interactionId),
        agent: evaluation.agent,
        evaluator: evaluation.evaluator,
        formSlug: evaluation.formSlug,
        formVersion: evaluation.formVersion,
        answers: evaluation.answers,
        comment: evaluation.comment,
        scorePercent: evaluation.scorePercent,
        failedCritical: evaluation.failedCritical,
        createdAt: evaluation.createdAt,
        response: evaluation.response,
        responseComment: evaluation.responseComment,
        respondedAt: evaluation.respondedAt,
        updatedAt: evaluation.updatedAt,
      };
    }
    case 'scorecard_form': {
      const form = required(findScorecardFormRow(store, localId), change);
      return {
        kind,
        id: scorecardFormId(form),
        slug: form.slug,
        version: form.version,
        body: { slug: form.slug, title: form.title, questions: form.questions },
        createdAt: form.createdAt,
        createdBy: form.createdBy,
      };
    }
  }
}

const listeners = new WeakMap<Store, Set<() => void>>();

/** Called after every enqueue on this database (the sync service pushes at once instead of at its next round). */
export function onEnqueued(store: Store, listener: () => void): () => void {
  const set = listeners.get(store) ?? new Set();
  listeners.set(store, set);
  set.add(listener);
  return () => set.delete(listener);
}

/**
 * Queues a row the console just wrote (a call, its wrap-up, a note, a new
 * promise or a promise's new status) for the CRM. Call it in the same
 * transaction as the write: the row and its outbox entry are stored together
 * or not at all, so a crash can neither lose the change nor send it twice.
 * The entry is a snapshot of the row now, under a fresh idempotency key; it
 * is pushed, retried with backoff until the CRM acknowledges it.
 */
export function enqueue(store: Store, change: OutboxChange, now = Date.now()): { idempotencyKey: string; externalId: string } {
  const result = inTransaction(store, () => {
    const snapshot = item(store, change, now);
    const idempotencyKey = randomUUID();
    insertOutboxEntry(store, { idempotencyKey, entity: snapshot.kind, payload: snapshot, now });
    return { idempotencyKey, externalId: snapshot.id };
  });
  // Listeners only schedule work; by the time it runs, a caller's outer transaction (synchronous) has committed.
  listeners.get(store)?.forEach((listener) => listener());
  return result;
}
