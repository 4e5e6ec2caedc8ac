import type { CallRecord } from '@shared/domain/call-record';
import { toE164 } from '@shared/domain/phone-number';
import type { Store } from '../../store/database';
import { interactions } from '../../store/schema';
import { findCustomerIdsByPhone } from '../customers/lookup';

/**
 * Stores a finished call. The remote party is read as a phone number when it
 * is one (E.164 with the default country) so the call lands in that
 * customer's history; otherwise it is kept as SIP gave it, unlinked.
 */
export function recordCall(store: Store, record: CallRecord, defaultCountry: string): { interactionId: number; customerId: number | null } {
  const e164 = toE164(record.remote, defaultCountry);
  const remote = e164 ?? record.remote;
  const customerId = e164 ? (findCustomerIdsByPhone(store.sqlite, e164)[0] ?? null) : null;
  const inbound = record.direction === 'inbound';
  const [row] = store.orm
    .insert(interactions)
    .values({
      customerId,
      direction: record.direction,
      fromNumber: inbound ? remote : record.local,
      toNumber: inbound ? record.local : remote,
      sipCallId: record.sipCallId,
      startedAt: record.startedAt,
      answeredAt: record.answeredAt,
      endedAt: record.endedAt,
      agent: record.local,
      outcome: record.outcome,
    })
    .returning({ id: interactions.id })
    .all();
  if (!row) throw new Error('The call was not stored');
  return { interactionId: row.id, customerId };
}
