import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Store } from '../connection';
import { preparedPerDatabase } from '../prepared';
import { interactionRootCauses, interactions } from '../schema';

type CallRow = typeof interactions.$inferSelect;
type NewCall = typeof interactions.$inferInsert;
/** How a call ended, as the phone tells it. */
export type CallEnding = Pick<
  NewCall,
  'answeredAt' | 'endedAt' | 'outcome' | 'endReason' | 'sipCode' | 'longestNoAudioSeconds' | 'qualityMos' | 'qualityLossPercent' | 'qualityJitterMs' | 'qualityRoundTripMs'
>;
/** What the wrap-up writes on the call itself. */
type CallWrapUp = Pick<NewCall, 'dispositionCode' | 'customerWanted' | 'weOffered' | 'wrappedUpAt'>;

const id = sql.placeholder('id');

// Read for every outbox entry of a call, and on every wrap-up draft saved as the agent types: prepared once per database.
const statements = preparedPerDatabase((store: Store) => ({
  call: store.orm.select().from(interactions).where(eq(interactions.id, id)).prepare(),
  touch: store.orm
    .update(interactions)
    .set({ updatedAt: sql`max(coalesce(${interactions.updatedAt}, 0), ${sql.placeholder('now')})` })
    .where(eq(interactions.id, id))
    .prepare(),
  rootCauses: store.orm
    .select({ code: interactionRootCauses.code })
    .from(interactionRootCauses)
    .where(eq(interactionRootCauses.interactionId, id))
    .orderBy(asc(interactionRootCauses.code))
    .prepare(),
}));

export function insertCall(store: Store, call: NewCall): number {
  const [row] = store.orm.insert(interactions).values(call).returning({ id: interactions.id }).all();
  if (!row) throw new Error('The call was not stored');
  return row.id;
}

/** Ends the call this agent's console started under this SIP Call-ID, if it is still open. */
export function finishStartedCall(store: Store, sipCallId: string, agent: string, ending: CallEnding): { id: number; customerId: number | null } | undefined {
  const [started] = store.orm
    .update(interactions)
    .set(ending)
    .where(and(eq(interactions.sipCallId, sipCallId), eq(interactions.agent, agent), isNull(interactions.endedAt)))
    .returning({ id: interactions.id, customerId: interactions.customerId })
    .all();
  return started;
}

export function findCall(store: Store, callId: number): CallRow | undefined {
  return statements(store).call.get({ id: callId });
}

/** True when the call exists (and now belongs to the customer). */
export function setCallCustomer(store: Store, id: number, customerId: number): boolean {
  return store.orm.update(interactions).set({ customerId }).where(eq(interactions.id, id)).run().changes > 0;
}

export function setCallWrapUp(store: Store, id: number, wrapUp: CallWrapUp): void {
  store.orm.update(interactions).set(wrapUp).where(eq(interactions.id, id)).run();
}

/** This change is the call's newest version: a copy of an older one the CRM's feed replays later must not undo it. */
export function touchCall(store: Store, callId: number, now: number): void {
  statements(store).touch.run({ id: callId, now });
}

export function callRootCauses(store: Store, callId: number): string[] {
  return statements(store)
    .rootCauses.all({ id: callId })
    .map((row) => row.code);
}

export function replaceCallRootCauses(store: Store, id: number, codes: readonly string[]): void {
  store.orm.delete(interactionRootCauses).where(eq(interactionRootCauses.interactionId, id)).run();
  if (codes.length > 0) store.orm.insert(interactionRootCauses).values(codes.map((code) => ({ interactionId: id, code }))).run();
}
