import { describe, expect, it } from 'vitest';
import { emptyWrapUpDraft, wrapUpSaveSchema } from '@shared/domain/wrap-up';
import { recordCall, startCall } from '../../../src/main/services/calls/record-call';
import { createCustomer } from '../../../src/main/services/customers/create-customer';
import { getCustomerProfile } from '../../../src/main/services/customers/profile';
import { getCustomerTimeline } from '../../../src/main/services/customers/timeline';
import { listPendingWrapUps, saveWrapUpDraft } from '../../../src/main/services/wrap-up/wrap-up-drafts';
import { promisesDueSoon, setPromiseStatus, updatePromise } from '../../../src/main/services/promises/promise-store';
import { saveWrapUp } from '../../../src/main/services/wrap-up/save-wrap-up';
import { listWrapUpCodes } from '../../../src/main/services/wrap-up/wrap-up-codes';
import type { Store } from '../../../src/main/store/connection';
import { addCustomer } from '../support/customers';
import { useTempStore } from '../support/temp-store';

const hour = 3_600_000;

function addCodes(store: Store): void {
  const insert = (table: string, code: string, active = 1) =>
    store.sqlite.prepare(`INSERT INTO ${table} (code, label_en, label_ru, label_uk, sort_order, active) VALUES (?, ?, ?, ?, 0, ?)`).run(code, code, code, code, active);
  insert('disposition_codes', 'resolved');
  insert('disposition_codes', 'retired', 0);
  insert('root_cause_codes', 'delivery-delay');
  insert('root_cause_codes', 'billing-error');
}

function callFrom(store: Store, remote: string): number {
  return startCall(store, { direction: 'inbound', remote, local: 'anna', sipCallId: `call-${remote}-${Math.random()}`, startedAt: 1_000 }, 'RU').interactionId;
}

const wrapUp = (interactionId: number) =>
  wrapUpSaveSchema.parse({
    interactionId,
    dispositionCode: 'resolved',
    rootCauses: ['delivery-delay', 'billing-error'],
    customerWanted: 'The parcel today',
    weOffered: 'A 10 % voucher',
    note: 'Courier lost the parcel',
    author: 'Anna',
    promises: [{ description: 'Call back with the tracking number', ownerType: 'me', ownerName: 'Anna', dueAt: 10 * hour }],
  });

describe('wrap-up: what a call leaves behind', () => {
  const tempStore = useTempStore();

  it('offers the active codes only', () => {
    const store = tempStore();
    addCodes(store);
    const codes = listWrapUpCodes(store);
    expect(codes.dispositions.map((code) => code.code)).toEqual(['resolved']);
    expect(codes.rootCauses.map((code) => code.code).sort()).toEqual(['billing-error', 'delivery-delay']);
  });

  it('records codes, want and offer on the call, turns the draft into a note and keeps the promises, all on the next card', () => {
    const store = tempStore();
    addCodes(store);
    const ivan = addCustomer(store.sqlite, { firstName: 'Иван', lastName: 'Петров', phones: ['+79161234567'] });
    const call = callFrom(store, '+79161234567');
    saveWrapUpDraft(store, call, { ...emptyWrapUpDraft, note: 'Courier lost' });
    expect(listPendingWrapUps(store)).toHaveLength(1);

    const saved = saveWrapUp(store, wrapUp(call), 5 * hour);
    expect(saved).toEqual({ customerId: ivan, noteId: 1, promiseIds: [1] });
    expect(listPendingWrapUps(store)).toEqual([]);

    const profile = getCustomerProfile(store, ivan);
    expect(profile?.openPromises.map((promise) => [promise.description, promise.ownerName, promise.dueAt])).toEqual([
      ['Call back with the tracking number', 'Anna', 10 * hour],
    ]);
    const timeline = getCustomerTimeline(store, ivan, null, 10).entries;
    const callEntry = timeline.find((entry) => entry.kind === 'call');
    expect(callEntry).toMatchObject({ disposition: { code: 'resolved' }, customerWanted: 'The parcel today', weOffered: 'A 10 % voucher' });
    expect(callEntry?.kind === 'call' && callEntry.rootCauses.map((cause) => cause.code).sort()).toEqual(['billing-error', 'delivery-delay']);
    expect(timeline.find((entry) => entry.kind === 'note')).toMatchObject({ body: 'Courier lost the parcel', author: 'Anna' });
  });

  it('refuses a retired or unknown code, naming its list, and notes or promises for a caller nobody identified, storing nothing', () => {
    const store = tempStore();
    addCodes(store);
    addCustomer(store.sqlite, { firstName: 'Иван', lastName: 'Петров', phones: ['+79161234567'] });
    const known = callFrom(store, '+79161234567');
    expect(saveWrapUp(store, { ...wrapUp(known), dispositionCode: 'retired' })).toEqual({ problem: 'unknown-code', list: 'disposition', code: 'retired' });
    expect(saveWrapUp(store, { ...wrapUp(known), rootCauses: ['delivery-delay', 'aliens'] })).toEqual({ problem: 'unknown-code', list: 'root-cause', code: 'aliens' });
    const unknown = callFrom(store, 'customer-2001');
    expect(saveWrapUp(store, wrapUp(unknown))).toEqual({ problem: 'no-customer', for: 'note' });
    expect(saveWrapUp(store, { ...wrapUp(unknown), note: '', promises: [] })).toEqual({ customerId: null, noteId: null, promiseIds: [] });
    expect(saveWrapUp(store, { ...wrapUp(999), note: '' })).toEqual({ problem: 'no-call' });
    expect(store.sqlite.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(0);
    expect(store.sqlite.prepare('SELECT count(*) FROM promises').pluck().get()).toBe(0);
  });

  it('keeps the whole wrap-up as one draft per call, overwritten as the agent types, and lists it until the wrap-up is saved', () => {
    const store = tempStore();
    const call = callFrom(store, '+79161234567');
    const typed = {
      note: 'Courier lost the parcel',
      dispositionCode: 'callback-scheduled',
      rootCauses: ['delivery-delay'],
      customerWanted: 'The parcel today',
      weOffered: 'A 10 % voucher',
      promises: [{ description: 'Call back with the tracking', ownerType: 'me' as const, ownerName: 'Anna', due: '2026-11-23T14' }],
    };
    expect(saveWrapUpDraft(store, call, { ...emptyWrapUpDraft, note: 'Cour' }, 100)).toBe('saved');
    expect(saveWrapUpDraft(store, call, typed, 200)).toBe('saved');
    expect(saveWrapUpDraft(store, 999, typed)).toBe('no-call');
    expect(listPendingWrapUps(store)).toEqual([
      { interactionId: call, customerId: null, direction: 'inbound', remote: '+79161234567', startedAt: 1_000, draft: typed, draftSavedAt: 200 },
    ]);
  });

  it('a draft that arrives after the wrap-up was saved (still in flight, or replayed by the page) does not bring the call back', () => {
    const store = tempStore();
    const call = callFrom(store, '+79161234567');
    expect(saveWrapUpDraft(store, call, { ...emptyWrapUpDraft, note: 'Courier lost' }, 100)).toBe('saved');
    const saved = saveWrapUp(store, { ...wrapUp(call), dispositionCode: null, rootCauses: [], note: '', promises: [] }, 200);
    if ('problem' in saved) throw new Error(saved.problem);
    expect(saveWrapUpDraft(store, call, { ...emptyWrapUpDraft, note: 'Courier lost the parcel' }, 300)).toBe('wrapped-up');
    expect(listPendingWrapUps(store)).toEqual([]);
  });

  it('still offers a note drafted before the whole wrap-up was drafted, the rest of the form empty', () => {
    const store = tempStore();
    const call = callFrom(store, '+79161234567');
    store.sqlite.prepare('INSERT INTO note_drafts (interaction_id, body, updated_at) VALUES (?, ?, 50)').run(call, 'Courier lost');
    expect(listPendingWrapUps(store)[0]?.draft).toEqual({ ...emptyWrapUpDraft, note: 'Courier lost' });
  });

  it('edits a promise later, marks it kept or broken, and reminds its owner of the ones due soon or late', () => {
    const store = tempStore();
    addCodes(store);
    addCustomer(store.sqlite, { firstName: 'Иван', lastName: 'Петров', phones: ['+79161234567'] });
    const call = callFrom(store, '+79161234567');
    const [first] = wrapUp(call).promises;
    if (!first) throw new Error('the wrap-up has a promise');
    const saved = saveWrapUp(store, { ...wrapUp(call), promises: [first, { ...first, description: 'Send the voucher', dueAt: 30 * hour }, { ...first, ownerType: 'team', ownerName: 'Billing' }] });
    if ('problem' in saved) throw new Error(saved.problem);
    const [callBack, voucher] = saved.promiseIds as [number, number, number];

    expect(promisesDueSoon(store, 'Anna', 60, 9.5 * hour).map((promise) => promise.id)).toEqual([callBack]);
    expect(promisesDueSoon(store, 'Anna', 60, 20 * hour).map((promise) => promise.id)).toEqual([callBack]);
    expect(updatePromise(store, { promiseId: voucher, changes: { dueAt: 10 * hour, ownerName: 'Anna' } })?.dueAt).toBe(10 * hour);
    expect(promisesDueSoon(store, 'Anna', 60, 9.5 * hour)).toHaveLength(2);
    expect(setPromiseStatus(store, callBack, 'kept', 11 * hour)?.status).toBe('kept');
    expect(setPromiseStatus(store, voucher, 'broken', 11 * hour)?.status).toBe('broken');
    expect(promisesDueSoon(store, 'Anna', 60, 9.5 * hour)).toEqual([]);
    expect(updatePromise(store, { promiseId: 999, changes: {} })).toBeNull();
  });

  it('creates an unknown caller with the number they called from, found by the next call', () => {
    const store = tempStore();
    const created = createCustomer(store, { firstName: 'Olena', lastName: '<b>Petrenko</b>', phone: '8 (916) 765-43-21' }, 'RU');
    expect(created).toEqual({ customerId: 1 });
    expect(startCall(store, { direction: 'inbound', remote: '+79167654321', local: 'anna', sipCallId: 'x', startedAt: 1 }, 'RU').customerIds).toEqual([1]);
    expect(getCustomerProfile(store, 1)?.displayName).toBe('Olena <b>Petrenko</b>');
    expect(createCustomer(store, { firstName: 'A', lastName: 'B', phone: 'customer-2001' }, 'RU')).toBe('bad-number');
  });

  it('sends the CRM what the call left behind: the finished call, its wrap-up, the note and the promises, then each promise change', () => {
    const store = tempStore();
    addCodes(store);
    addCustomer(store.sqlite, { firstName: 'Иван', lastName: 'Петров', phones: ['+79161234567'] });
    const start = { direction: 'inbound' as const, remote: '+79161234567', local: 'anna', sipCallId: 'outbox-call', startedAt: 1_000 };
    const call = startCall(store, start, 'RU').interactionId;
    const queued = () =>
      store.sqlite
        .prepare<[], { entity: string; payload: string }>('SELECT entity, payload FROM sync_outbox ORDER BY id')
        .all()
        .map((row) => ({ entity: row.entity, ...(JSON.parse(row.payload) as Record<string, unknown>) }));
    expect(queued()).toEqual([]);

    recordCall(store, { ...start, answeredAt: 2_000, endedAt: 60_000, outcome: 'answered', endReason: 'local-hangup', sipCode: 200, longestNoAudioSeconds: 0 }, 'RU');
    expect(queued()).toMatchObject([{ entity: 'interaction', outcome: 'answered' }]);

    const saved = saveWrapUp(store, wrapUp(call), 70_000);
    if ('problem' in saved) throw new Error(saved.problem);
    expect(queued().map((item) => item.entity)).toEqual(['interaction', 'note', 'promise', 'interaction']);
    expect(queued().at(-1)).toMatchObject({ dispositionCode: 'resolved', customerWanted: 'The parcel today', weOffered: 'A 10 % voucher' });

    setPromiseStatus(store, saved.promiseIds[0] ?? 0, 'kept', 80_000);
    expect(queued().at(-1)).toMatchObject({ entity: 'promise', status: 'kept' });
    // Nothing changed, nothing sent.
    expect(updatePromise(store, { promiseId: saved.promiseIds[0] ?? 0, changes: {} })).not.toBeNull();
    expect(queued()).toHaveLength(5);
  });
});
