import { and, eq, isNull } from 'drizzle-orm';
import type { CallRecord, CallStart } from '@shared/domain/call-record';
import { toE164 } from '@shared/domain/phone-number';
import type { Store } from '../../store/database';
import { customers, interactions } from '../../store/schema';
import { findCustomerIdsByPhone } from '../customers/lookup';
import { enqueue } from '../sync/outbox';

/** The remote party as stored: E.164 when it reads as a phone number (with the default country), otherwise as SIP gave it. */
function remoteNumber(remote: string, defaultCountry: string): { number: string; e164: string | null } {
  const e164 = toE164(remote, defaultCountry);
  return { number: e164 ?? remote, e164 };
}

function endpoints(call: CallStart, remote: string) {
  const inbound = call.direction === 'inbound';
  return { fromNumber: inbound ? remote : call.local, toNumber: inbound ? call.local : remote };
}

/**
 * A call that starts ringing or is dialled becomes an interaction at once,
 * without an outcome yet, so that everything the agent does during the call
 * (the screen pop's choice, the note drafted, the script's answers) attaches
 * to it. The customers whose number it is come back for the screen pop;
 * with exactly one, the call is theirs.
 */
export function startCall(store: Store, call: CallStart, defaultCountry: string): { interactionId: number; customerIds: number[]; e164: string | null } {
  const { number, e164 } = remoteNumber(call.remote, defaultCountry);
  const customerIds = e164 ? findCustomerIdsByPhone(store.sqlite, e164) : [];
  const [row] = store.orm
    .insert(interactions)
    .values({
      customerId: customerIds.length === 1 ? (customerIds[0] ?? null) : null,
      direction: call.direction,
      ...endpoints(call, number),
      sipCallId: call.sipCallId,
      startedAt: call.startedAt,
      agent: call.local,
    })
    .returning({ id: interactions.id })
    .all();
  if (!row) throw new Error('The call was not stored');
  return { interactionId: row.id, customerIds, e164 };
}

/**
 * Stores how a call ended: on the interaction its start created, or (a call
 * turned away before it rang) as a new one. The remote party is linked to
 * the customer whose number it is, unless the agent already chose one. The
 * finished call goes into the CRM's outbox with it.
 */
export function recordCall(store: Store, record: CallRecord, defaultCountry: string): { interactionId: number; customerId: number | null } {
  return store.sqlite.transaction(() => {
    const recorded = finishOrInsert(store, record, defaultCountry);
    enqueue(store.sqlite, { kind: 'interaction', localId: recorded.interactionId }, record.endedAt);
    return recorded;
  })();
}

function finishOrInsert(store: Store, record: CallRecord, defaultCountry: string): { interactionId: number; customerId: number | null } {
  const ending = {
    answeredAt: record.answeredAt,
    endedAt: record.endedAt,
    outcome: record.outcome,
    endReason: record.endReason,
    sipCode: record.sipCode,
    longestNoAudioSeconds: record.longestNoAudioSeconds,
  };
  const [started] = store.orm
    .update(interactions)
    .set(ending)
    .where(and(eq(interactions.sipCallId, record.sipCallId), eq(interactions.agent, record.local), isNull(interactions.endedAt)))
    .returning({ id: interactions.id, customerId: interactions.customerId })
    .all();
  if (started) return { interactionId: started.id, customerId: started.customerId };

  const { number, e164 } = remoteNumber(record.remote, defaultCountry);
  const customerId = e164 ? (findCustomerIdsByPhone(store.sqlite, e164)[0] ?? null) : null;
  const [row] = store.orm
    .insert(interactions)
    .values({ customerId, direction: record.direction, ...endpoints(record, number), sipCallId: record.sipCallId, startedAt: record.startedAt, agent: record.local, ...ending })
    .returning({ id: interactions.id })
    .all();
  if (!row) throw new Error('The call was not stored');
  return { interactionId: row.id, customerId };
}

/** The agent picked who is calling (several customers share the number, or a new one was created): the call is theirs. */
export function linkCallToCustomer(store: Store, interactionId: number, customerId: number): 'linked' | 'no-call' | 'no-customer' {
  const customer = store.orm.select({ id: customers.id }).from(customers).where(eq(customers.id, customerId)).get();
  if (!customer) return 'no-customer';
  const changed = store.orm.update(interactions).set({ customerId }).where(eq(interactions.id, interactionId)).run();
  return changed.changes > 0 ? 'linked' : 'no-call';
}
