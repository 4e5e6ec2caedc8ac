import type { SupervisionSessionEvent } from '@shared/domain/supervision';
import { inTransaction, type Store } from '../../store/connection';
import { writeAudit } from '../../store/queries/audit';
import { findCall } from '../../store/queries/calls';
import { changeSupervisionMode, endSupervisionSession, findSupervisionSession, insertSupervisionSession } from '../../store/queries/supervision';
import { enqueue } from '../sync/outbox';

export type RecordOutcome = 'recorded' | 'no-session' | 'no-call';

/**
 * One event of a monitoring session on this console. Each is audited (one
 * refused too: a session never started, a call not held); the session and
 * its mode periods are kept. A repeated `started` or `ended`
 * (a retry after a lost answer) changes nothing. The supervisor's console
 * queues the whole session for the CRM when it ends, in the same
 * transaction; the agent's console only audits, so the CRM gets it once.
 */
export function recordSupervisionEvent(store: Store, event: SupervisionSessionEvent): RecordOutcome {
  const { sessionId, side, mode, supervisorId, agentId, callId, at } = event;
  const interactionId = event.interactionId ?? null;
  const audit = (action: string, extra: Record<string, string> = {}) =>
    writeAudit(store, {
      at,
      actor: side === 'supervisor' ? supervisorId : agentId,
      action,
      entity: 'supervision-session',
      entityId: sessionId,
      details: { event: event.event, side, mode, supervisorId, agentId, callId, ...(event.reason === undefined ? {} : { reason: event.reason }), ...extra },
    });
  return inTransaction(store, (): RecordOutcome => {
    const refused = (outcome: Exclude<RecordOutcome, 'recorded'>) => {
      audit('supervision.session-event-refused', { refusal: outcome });
      return outcome;
    };
    if (interactionId !== null && findCall(store, interactionId) === undefined) return refused('no-call');
    const session = findSupervisionSession(store, sessionId, side);
    if (event.event === 'started') {
      if (session === undefined) insertSupervisionSession(store, { sessionId, side, supervisorId, agentId, callId, interactionId, startedAt: at }, mode);
    } else if (session === undefined) {
      return refused('no-session');
    } else if (session.endedAt === null && event.event === 'mode-changed') {
      changeSupervisionMode(store, session.id, mode, at);
    } else if (session.endedAt === null && event.reason !== undefined) {
      endSupervisionSession(store, session.id, at, event.reason, interactionId);
      if (side === 'supervisor') enqueue(store, { kind: 'supervision', localId: session.id }, at);
    }
    audit(`supervision.session-${event.event}`);
    return 'recorded';
  });
}
