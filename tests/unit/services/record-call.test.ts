import { describe, expect, it } from 'vitest';
import { callRecordSchema, cleanDisplayName } from '@shared/domain/call-record';
import { linkCallToCustomer, recordCall, startCall } from '../../../src/main/services/calls/record-call';
import { addCustomer } from '../support/customers';
import { useTempStore } from '../support/temp-store';

/** How the call started ringing… */
const start = {
  direction: 'inbound' as const,
  remote: '8 (916) 123-45-67',
  local: 'anna',
  sipCallId: 'a84b4c76e66710@pc33.example.com',
  startedAt: 1_000,
};
/** …and how it ended. */
const call = {
  ...start,
  answeredAt: 4_000,
  endedAt: 64_000,
  outcome: 'answered' as const,
  endReason: 'remote-hangup' as const,
  sipCode: null,
  longestNoAudioSeconds: 0,
};

describe('recording a call', () => {
  const tempStore = useTempStore();

  it('files it in the history of the customer whose number it was, as E.164', () => {
    const store = tempStore();
    const ivan = addCustomer(store.sqlite, { firstName: 'Иван', lastName: 'Петров', phones: ['+79161234567'] });
    expect(recordCall(store, call, 'RU')).toEqual({ interactionId: 1, customerId: ivan });
    expect(store.sqlite.prepare('SELECT customer_id, from_number, to_number, sip_call_id, outcome FROM interactions').get()).toEqual({
      customer_id: ivan,
      from_number: '+79161234567',
      to_number: 'anna',
      sip_call_id: call.sipCallId,
      outcome: 'answered',
    });
  });

  it('keeps a call from an unknown or non-numeric caller, unlinked', () => {
    const store = tempStore();
    expect(recordCall(store, { ...call, remote: 'customer-2001', outcome: 'missed', endReason: 'caller-cancelled', answeredAt: null }, 'RU').customerId).toBeNull();
    expect(store.sqlite.prepare('SELECT from_number, outcome FROM interactions').get()).toEqual({ from_number: 'customer-2001', outcome: 'missed' });
  });

  it('exists from the first ring, without an outcome, then gets its ending on the same row', () => {
    const store = tempStore();
    const ivan = addCustomer(store.sqlite, { firstName: 'Иван', lastName: 'Петров', phones: ['+79161234567'] });
    expect(startCall(store, start, 'RU')).toEqual({ interactionId: 1, customerIds: [ivan], e164: '+79161234567' });
    expect(store.sqlite.prepare('SELECT customer_id, outcome, ended_at FROM interactions').get()).toEqual({ customer_id: ivan, outcome: null, ended_at: null });

    expect(recordCall(store, call, 'RU')).toEqual({ interactionId: 1, customerId: ivan });
    expect(store.sqlite.prepare('SELECT count(*) AS calls, outcome, ended_at FROM interactions').get()).toEqual({ calls: 1, outcome: 'answered', ended_at: 64_000 });
  });

  it('offers every customer who shares the number, links none until the agent chooses, and keeps the choice at the end', () => {
    const store = tempStore();
    const ivan = addCustomer(store.sqlite, { firstName: 'Иван', lastName: 'Петров', phones: ['+79161234567'] });
    const olga = addCustomer(store.sqlite, { firstName: 'Ольга', lastName: 'Петрова', phones: ['+79161234567'] });
    const { interactionId, customerIds } = startCall(store, start, 'RU');
    expect(customerIds.sort()).toEqual([ivan, olga].sort());
    expect(store.sqlite.prepare('SELECT customer_id FROM interactions').pluck().get()).toBeNull();

    expect(linkCallToCustomer(store, interactionId, olga)).toBe('linked');
    expect(recordCall(store, call, 'RU').customerId).toBe(olga);
    expect(linkCallToCustomer(store, interactionId, 9_999)).toBe('no-customer');
    expect(linkCallToCustomer(store, 9_999, olga)).toBe('no-call');
  });

  it('records a call turned away before it rang (busy, forwarded) as a new interaction', () => {
    const store = tempStore();
    recordCall(store, { ...call, outcome: 'forwarded', endReason: 'forwarded', sipCode: 302, answeredAt: null }, 'RU');
    expect(store.sqlite.prepare('SELECT outcome FROM interactions').pluck().get()).toBe('forwarded');
  });

  it('keeps why the call ended with the SIP code behind it, and how long nothing was heard', () => {
    const store = tempStore();
    startCall(store, { ...start, direction: 'outbound' }, 'RU');
    recordCall(store, { ...call, direction: 'outbound', answeredAt: null, outcome: 'busy', endReason: 'busy', sipCode: 486, longestNoAudioSeconds: null }, 'RU');
    recordCall(store, { ...call, sipCallId: 'second', longestNoAudioSeconds: 12 }, 'RU');
    expect(store.sqlite.prepare('SELECT outcome, end_reason, sip_code, longest_no_audio_s FROM interactions ORDER BY id').all()).toEqual([
      { outcome: 'busy', end_reason: 'busy', sip_code: 486, longest_no_audio_s: null },
      { outcome: 'answered', end_reason: 'remote-hangup', sip_code: null, longest_no_audio_s: 12 },
    ]);
  });

  it('refuses an ending reason or SIP code outside the list, naming the field', () => {
    expect(callRecordSchema.safeParse({ ...call, endReason: 'vanished' }).error?.issues[0]?.path).toEqual(['endReason']);
    expect(callRecordSchema.safeParse({ ...call, sipCode: 99 }).error?.issues[0]?.path).toEqual(['sipCode']);
  });

  it('refuses a record that ends before it starts, naming the field', () => {
    const parsed = callRecordSchema.safeParse({ ...call, endedAt: 500 });
    expect(parsed.error?.issues[0]?.path).toEqual(['endedAt']);
  });
});

describe('a caller display name', () => {
  it('loses control characters and bidi overrides, and is cut to a readable length', () => {
    expect(cleanDisplayName('Ann\u0007a\u001b[31m \u202eevil')).toBe('Anna[31m evil');
    const long = cleanDisplayName('Ж'.repeat(10_000));
    expect(long?.length).toBe(80);
    expect(long?.endsWith('…')).toBe(true);
  });

  it('stays as text: markup is not removed, it is simply never rendered as HTML', () => {
    expect(cleanDisplayName('<b>Boss</b>')).toBe('<b>Boss</b>');
  });

  it('is absent when empty or only control characters', () => {
    expect(cleanDisplayName('')).toBeNull();
    expect(cleanDisplayName('\u0000\u0001')).toBeNull();
    expect(cleanDisplayName(undefined)).toBeNull();
  });
});
