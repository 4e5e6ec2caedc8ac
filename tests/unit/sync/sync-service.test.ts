import { afterEach, describe, expect, it } from 'vitest';
import type { SyncConnector } from '../../../src/main/services/sync/connector';
import { createHttpConnector } from '../../../src/main/services/sync/http-connector';
import { startSyncService, type SyncService } from '../../../src/main/services/sync/sync-service';
import type { Sqlite, Store } from '../../../src/main/store/connection';
import { insertCustomer, writeNote } from '../../sync/local-writes';
import { startReferenceServer, type Fault, type ReferenceServer } from '../../sync/reference-server';
import { statusWaiter } from '../../sync/status-waiter';
import { useTempStore } from '../support/temp-store';

const tempStore = useTempStore();
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function referenceServer(...options: Parameters<typeof startReferenceServer>): Promise<ReferenceServer> {
  const server = await startReferenceServer(...options);
  cleanups.push(() => server.close());
  return server;
}

function service(store: Store, connector: SyncConnector | null) {
  const waiter = statusWaiter();
  const sync: SyncService = startSyncService({
    store,
    connector,
    defaultCountry: () => 'GB',
    onStatus: waiter.onStatus,
    backoff: { baseMs: 1, maxMs: 20 },
    batchSize: 200,
  });
  cleanups.push(() => sync.stop());
  return { sync, waiter };
}

const count = (sqlite: Sqlite, sql: string) => sqlite.prepare(sql).pluck().get();

describe('the console offline, then in sync', () => {
  it('10 000 notes written offline reach a faulty CRM exactly once each, and the cache holds each exactly once', { timeout: 120_000 }, async () => {
    const pushFaults: (Fault | null)[] = ['drop-after', 'fail-after', null, 'hang-after', 'drop-before', null, 'fail-before'];
    const pullFaults: (Fault | null)[] = [null, 'stale-page', 'drop-after', null, 'fail-after'];
    const server = await referenceServer({
      faults: ({ kind, n }) => (kind === 'push' ? pushFaults[n % pushFaults.length] : pullFaults[n % pullFaults.length]) ?? null,
    });
    const store = tempStore();
    const { sqlite } = store;
    const customerId = insertCustomer(sqlite, 'crm-c1');
    const offline = service(store, null);
    for (let n = 0; n < 10_000; n += 1) writeNote(store, customerId, `Offline note ${n}`);
    expect(offline.sync.status()).toMatchObject({ connection: 'not-configured', pending: 10_000, lastSyncAt: null });
    await offline.sync.stop();

    const online = service(store, createHttpConnector({ baseUrl: server.url, token: null, timeoutMs: 300 }));
    const synced = await online.waiter.next((status) => status.connection === 'synced' && status.pending === 0);

    expect(synced.lastSyncAt).not.toBeNull();
    expect(server.storedTimes.size).toBe(10_000);
    expect([...server.storedTimes.values()].every((times) => times === 1)).toBe(true);
    expect(count(sqlite, 'SELECT count(*) FROM notes')).toBe(10_000);
    expect(count(sqlite, 'SELECT count(DISTINCT external_id) FROM notes')).toBe(10_000);
    // The faults really happened: more requests than the 50 batches and the pages need.
    expect(server.requests.push).toBeGreaterThan(50);
  });

  it('shows offline with what is pending while the CRM is down, and catches up on its own when it comes back', async () => {
    // Down: every connection is cut before an answer (a reserved port reopened later could be taken by another process meanwhile).
    let down = true;
    const server = await referenceServer({ faults: () => (down ? 'drop-before' : null) });
    const store = tempStore();
    const { sqlite } = store;
    const customerId = insertCustomer(sqlite, 'crm-c1');
    const { waiter } = service(store, createHttpConnector({ baseUrl: server.url, token: null, timeoutMs: 1_000 }));
    writeNote(store, customerId, 'Said while the CRM was down');

    expect(await waiter.next((status) => status.connection === 'offline')).toMatchObject({ pending: 1, lastSyncAt: null });

    down = false;
    expect(await waiter.next((status) => status.connection === 'synced')).toMatchObject({ pending: 0 });
    expect(server.storedTimes.size).toBe(1);
  });

  it('an entry the CRM refuses stays pending, held with its reason, and the others are delivered', async () => {
    const server = await referenceServer({ refuse: (item) => (item.kind === 'note' && item.body.includes('refuse') ? 'body too rude' : null) });
    const store = tempStore();
    const { sqlite } = store;
    const customerId = insertCustomer(sqlite, 'crm-c1');
    writeNote(store, customerId, 'please refuse me');
    writeNote(store, customerId, 'fine');
    const { waiter } = service(store, createHttpConnector({ baseUrl: server.url, token: null }));
    expect(await waiter.next((status) => status.connection === 'synced')).toMatchObject({ pending: 1 });
    expect(count(sqlite, 'SELECT held_reason FROM sync_outbox WHERE acked_at IS NULL')).toBe('body too rude');
  });
});
