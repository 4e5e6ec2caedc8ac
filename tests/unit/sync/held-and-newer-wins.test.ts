import { describe, expect, it } from 'vitest';
import { createHttpConnector } from '../../../src/main/services/sync/http-connector';
import { discardHeldEntry, retryHeldEntry } from '../../../src/main/services/sync/held-entries';
import { heldOutboxEntries, pendingOutboxCount as pendingCount } from '../../../src/main/store/queries/outbox';
import { pullChanges } from '../../../src/main/services/sync/pull-changes';
import { pushOutbox } from '../../../src/main/services/sync/push-outbox';
import type { InteractionItem } from '../../../src/main/services/sync/wire';
import { insertCustomer, writeNote } from '../../sync/local-writes';
import { useReferenceServers } from '../support/reference-servers';
import { useTempStore } from '../support/temp-store';

const tempStore = useTempStore();
const referenceServer = useReferenceServers();
const push = { batchSize: 50, backoff: { baseMs: 1, maxMs: 1 } };

describe('refused changes are held for a person to decide', () => {
  it('a note the CRM refuses is held with its reason, not resent each round; sent again once the CRM takes it, or discarded with an audit entry', async () => {
    let refusing = true;
    const server = await referenceServer({ refuse: (item) => (refusing && item.kind === 'note' ? 'customer is archived' : null) });
    const connector = createHttpConnector({ baseUrl: server.url, token: null });
    const store = tempStore();
    const { sqlite } = store;
    const customerId = insertCustomer(sqlite, 'crm-c1');
    writeNote(store, customerId, 'Wants the refund to the card', 1_000);
    writeNote(store, customerId, 'Called about the same parcel', 2_000);

    expect(await pushOutbox(store, connector, push)).toEqual({ acknowledged: 0, refused: 2 });
    const held = heldOutboxEntries(store);
    expect(held).toEqual([
      { key: expect.any(String), kind: 'note', createdAt: 1_000, reason: 'customer is archived' },
      { key: expect.any(String), kind: 'note', createdAt: 2_000, reason: 'customer is archived' },
    ]);
    const pushesSoFar = server.requests.push;
    expect(await pushOutbox(store, connector, push)).toEqual({ acknowledged: 0, refused: 0 });
    expect(server.requests.push).toBe(pushesSoFar);
    expect(pendingCount(store)).toBe(2);

    refusing = false;
    const [first, second] = held;
    if (!first || !second) throw new Error('two held notes');
    expect(retryHeldEntry(store, first.key)).toBe('queued');
    expect(await pushOutbox(store, connector, push)).toEqual({ acknowledged: 1, refused: 0 });
    expect(discardHeldEntry(store, second.key, 'Anna Kovalenko', 3_000)).toBe('discarded');
    expect(discardHeldEntry(store, second.key, 'Anna Kovalenko')).toBe('not-held');
    expect(heldOutboxEntries(store)).toEqual([]);
    expect(pendingCount(store)).toBe(0);
    expect(server.storedTimes.size).toBe(1);
    const audit = sqlite.prepare("SELECT at, actor, entity, details FROM audit_log WHERE action = 'sync.entry-discarded'").all();
    expect(audit).toEqual([{ at: 3_000, actor: 'Anna Kovalenko', entity: 'note', details: JSON.stringify({ key: second.key, reason: 'customer is archived' }) }]);
  });
});

describe('interactions: the later copy wins', () => {
  const call = (updatedAt: number | undefined, weOffered: string): InteractionItem => ({
    kind: 'interaction',
    id: 'crm-i1',
    customerId: 'crm-c1',
    direction: 'inbound',
    fromNumber: '+442071234567',
    toNumber: '+442079876543',
    startedAt: 1_000,
    endedAt: 2_000,
    outcome: 'answered',
    rootCauses: [],
    weOffered,
    ...(updatedAt === undefined ? {} : { updatedAt }),
  });
  const offered = (sqlite: ReturnType<typeof tempStore>['sqlite']) => sqlite.prepare("SELECT we_offered FROM interactions WHERE external_id = 'crm-i1'").pluck().get();

  it('an older copy of a call replayed after a newer one leaves the newer one in place; a copy without updatedAt still follows the server', async () => {
    const server = await referenceServer({});
    const connector = createHttpConnector({ baseUrl: server.url, token: null });
    const store = tempStore();
    const { sqlite } = store;
    insertCustomer(sqlite, 'crm-c1');
    const pull = () => pullChanges(store, connector, { pageSize: 10, defaultCountry: 'GB' });

    server.publish(call(5_000, 'A refund'), call(3_000, 'A voucher'));
    await pull();
    expect(offered(sqlite)).toBe('A refund');

    server.publish(call(6_000, 'A refund and a call back'));
    await pull();
    expect(offered(sqlite)).toBe('A refund and a call back');

    server.publish(call(undefined, 'What an older CRM sends'));
    await pull();
    expect(offered(sqlite)).toBe('What an older CRM sends');
  });
});
