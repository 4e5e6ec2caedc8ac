import { and, asc, eq, isNull, lt, or } from 'drizzle-orm';
import type { SupervisionEndReason, SupervisionMode } from '@shared/domain/supervision';
import type { Store } from '../connection';
import { agents, supervisionGrantNonces, supervisionKeys, supervisionModePeriods, supervisionSessions } from '../schema';
import type { ReviewedMonitoring } from '@shared/domain/call-review';

/** The public key (base64) of the CRM key `kid` when it is valid at `at`; null when the feed never gave it or it is not valid then. */
export function supervisionKeyValidAt(store: Store, kid: string, at: number): string | null {
  const key = store.orm.select().from(supervisionKeys).where(eq(supervisionKeys.kid, kid)).get();
  if (key === undefined || at < key.validFrom) return null;
  return key.validUntil === null || at <= key.validUntil ? key.publicKey : null;
}

export function grantNonceUsed(store: Store, nonce: string): boolean {
  return store.orm.select({ nonce: supervisionGrantNonces.nonce }).from(supervisionGrantNonces).where(eq(supervisionGrantNonces.nonce, nonce)).get() !== undefined;
}

/** Marks a grant's nonce used, and forgets the nonces of grants that could no longer be accepted anyway. */
export function useGrantNonce(store: Store, nonce: string, now: number, keepUntil: number): void {
  store.orm.delete(supervisionGrantNonces).where(lt(supervisionGrantNonces.keepUntil, now)).run();
  store.orm.insert(supervisionGrantNonces).values({ nonce, usedAt: now, keepUntil }).run();
}

export type SupervisionSessionRow = typeof supervisionSessions.$inferSelect;

export function findSupervisionSession(store: Store, sessionId: string, side: SupervisionSessionRow['side']): SupervisionSessionRow | undefined {
  return store.orm
    .select()
    .from(supervisionSessions)
    .where(and(eq(supervisionSessions.sessionId, sessionId), eq(supervisionSessions.side, side)))
    .get();
}

export function findSupervisionSessionById(store: Store, id: number): SupervisionSessionRow | undefined {
  return store.orm.select().from(supervisionSessions).where(eq(supervisionSessions.id, id)).get();
}

/** A new session, in `mode` from `startedAt`; its row id. */
export function insertSupervisionSession(store: Store, session: Omit<typeof supervisionSessions.$inferInsert, 'id'>, mode: SupervisionMode): number {
  const { id } = store.orm.insert(supervisionSessions).values(session).returning({ id: supervisionSessions.id }).get();
  store.orm.insert(supervisionModePeriods).values({ session: id, mode, startedAt: session.startedAt }).run();
  return id;
}

function openPeriod(store: Store, session: number) {
  return store.orm
    .select()
    .from(supervisionModePeriods)
    .where(and(eq(supervisionModePeriods.session, session), isNull(supervisionModePeriods.endedAt)))
    .get();
}

/** The session is in `mode` from `at`: the open period closes there unless it is already that mode. */
export function changeSupervisionMode(store: Store, session: number, mode: SupervisionMode, at: number): void {
  const current = openPeriod(store, session);
  if (current?.mode === mode) return;
  if (current !== undefined) store.orm.update(supervisionModePeriods).set({ endedAt: at }).where(eq(supervisionModePeriods.id, current.id)).run();
  store.orm.insert(supervisionModePeriods).values({ session, mode, startedAt: at }).run();
}

export function endSupervisionSession(store: Store, session: number, at: number, reason: SupervisionEndReason, interactionId: number | null): void {
  store.orm.update(supervisionModePeriods).set({ endedAt: at }).where(and(eq(supervisionModePeriods.session, session), isNull(supervisionModePeriods.endedAt))).run();
  const end = { endedAt: at, endReason: reason, ...(interactionId === null ? {} : { interactionId }) };
  store.orm.update(supervisionSessions).set(end).where(eq(supervisionSessions.id, session)).run();
}

/** The modes of a session in order, each from when to when (`to` null: still in it). */
export function supervisionModeHistory(store: Store, session: number): { mode: SupervisionMode; from: number; to: number | null }[] {
  return store.orm
    .select({ mode: supervisionModePeriods.mode, from: supervisionModePeriods.startedAt, to: supervisionModePeriods.endedAt })
    .from(supervisionModePeriods)
    .where(eq(supervisionModePeriods.session, session))
    .orderBy(asc(supervisionModePeriods.startedAt), asc(supervisionModePeriods.id))
    .all();
}

/**
 * The monitoring sessions on a call this console took part in: the agent's
 * side knows the call's row, the supervisor's its SIP Call-ID. The supervisor
 * is named as the roster has them (their roster id when it does not).
 */
export function supervisionSessionsOfCall(store: Store, interactionId: number, sipCallId: string | null): ReviewedMonitoring[] {
  const onCall = eq(supervisionSessions.interactionId, interactionId);
  const sessions = store.orm
    .select({ id: supervisionSessions.id, sessionId: supervisionSessions.sessionId, supervisorId: supervisionSessions.supervisorId, supervisorName: agents.displayName, startedAt: supervisionSessions.startedAt, endedAt: supervisionSessions.endedAt, endReason: supervisionSessions.endReason })
    .from(supervisionSessions)
    .leftJoin(agents, eq(agents.externalId, supervisionSessions.supervisorId))
    .where(sipCallId === null ? onCall : or(onCall, eq(supervisionSessions.callId, sipCallId)))
    .orderBy(asc(supervisionSessions.startedAt), asc(supervisionSessions.id))
    .all();
  return sessions.map((session) => ({
    sessionId: session.sessionId,
    supervisor: session.supervisorName ?? session.supervisorId,
    startedAt: session.startedAt,
    endedAt: session.endedAt,
    endReason: session.endReason,
    modes: supervisionModeHistory(store, session.id),
  }));
}
