import type { CallRecord, CallStart } from '@shared/domain/call-record';
import { toE164 } from '@shared/domain/phone-number';
import { inTransaction, type Store } from '../../store/connection';
import { finishStartedCall, insertCall, setCallCustomer, type CallEnding } from '../../store/queries/calls';
import { findCustomerIdsByPhone } from '../../store/queries/customer-search.raw';
import { customerExists } from '../../store/queries/customers';
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
 * with exactly one, the call is theirs. `agentName` is who took it as
 * colleagues know them (the phone account's display name), not the SIP user.
 */
export function startCall(store: Store, call: CallStart, defaultCountry: string, agentName = call.local): { interactionId: number; customerIds: number[]; e164: string | null } {
  const { number, e164 } = remoteNumber(call.remote, defaultCountry);
  const customerIds = e164 ? findCustomerIdsByPhone(store, e164) : [];
  const interactionId = insertCall(store, {
    customerId: customerIds.length === 1 ? (customerIds[0] ?? null) : null,
    direction: call.direction,
    ...endpoints(call, number),
    sipCallId: call.sipCallId,
    startedAt: call.startedAt,
    agent: agentName,
  });
  return { interactionId, customerIds, e164 };
}

/**
 * Stores how a call ended: on the interaction its start created, or (a call
 * turned away before it rang) as a new one. The remote party is linked to
 * the customer whose number it is, unless the agent already chose one. The
 * finished call goes into the CRM's outbox with it.
 */
export function recordCall(store: Store, record: CallRecord, defaultCountry: string, agentName = record.local): { interactionId: number; customerId: number | null } {
  return inTransaction(store, () => {
    const recorded = finishOrInsert(store, record, defaultCountry, agentName);
    enqueue(store, { kind: 'interaction', localId: recorded.interactionId }, record.endedAt);
    return recorded;
  });
}

function finishOrInsert(store: Store, record: CallRecord, defaultCountry: string, agentName: string): { interactionId: number; customerId: number | null } {
  const ending: CallEnding = {
    answeredAt: record.answeredAt,
    endedAt: record.endedAt,
    outcome: record.outcome,
    endReason: record.endReason,
    sipCode: record.sipCode,
    longestNoAudioSeconds: record.longestNoAudioSeconds,
    qualityMos: record.quality?.mos ?? null,
    qualityLossPercent: record.quality?.lossPercent ?? null,
    qualityJitterMs: record.quality?.jitterMs ?? null,
    qualityRoundTripMs: record.quality?.roundTripMs ?? null,
  };
  const started = finishStartedCall(store, record.sipCallId, agentName, ending);
  if (started) return { interactionId: started.id, customerId: started.customerId };

  const { number, e164 } = remoteNumber(record.remote, defaultCountry);
  const customerId = e164 ? (findCustomerIdsByPhone(store, e164)[0] ?? null) : null;
  const interactionId = insertCall(store, {
    customerId,
    direction: record.direction,
    ...endpoints(record, number),
    sipCallId: record.sipCallId,
    startedAt: record.startedAt,
    agent: agentName,
    ...ending,
  });
  return { interactionId, customerId };
}

/** The agent picked who is calling (several customers share the number, or a new one was created): the call is theirs. */
export function linkCallToCustomer(store: Store, interactionId: number, customerId: number): 'linked' | 'no-call' | 'no-customer' {
  if (!customerExists(store, customerId)) return 'no-customer';
  return setCallCustomer(store, interactionId, customerId) ? 'linked' : 'no-call';
}
