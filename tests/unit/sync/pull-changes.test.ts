import { describe, expect, it } from 'vitest';
import { SyncTransportError } from '../../../src/main/services/sync/connector';
import { createHttpConnector } from '../../../src/main/services/sync/http-connector';
import { pullChanges } from '../../../src/main/services/sync/pull-changes';
import type { Sqlite, Store } from '../../../src/main/store/connection';
import { trendOverdueRows, trendPromiseRows, type TrendRange } from '../../../src/main/store/queries/trends.raw';
import { noTrendFilters } from '../../../src/shared/domain/trends';
import { customerItem, dispositionItem, noteItem, promiseItem } from '../../sync/items';
import type { ReferenceServerOptions } from '../../sync/reference-server';
import { useReferenceServers } from '../support/reference-servers';
import { useTempStore } from '../support/temp-store';

const tempStore = useTempStore();
const referenceServer = useReferenceServers();

async function crm(options: ReferenceServerOptions = {}) {
  const server = await referenceServer(options);
  return { server, connector: createHttpConnector({ baseUrl: server.url, token: options.token ?? null, timeoutMs: 2_000 }) };
}

const pull = (store: Store, connector: ReturnType<typeof createHttpConnector>, pageSize = 3) =>
  pullChanges(store, connector, { pageSize, defaultCountry: 'GB' });

const day = 86_400_000;
const count = (sqlite: Sqlite, table: string) => sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

describe('pulling changes from the CRM', () => {
  it('brings customers, phones, codes, calls, notes and promises page by page, and the next pull only what is new', async () => {
    const { server, connector } = await crm({ token: 's3cret' });
    server.publish(
      dispositionItem('resolved'),
      ...[1, 2, 3, 4].map((n) => customerItem(n)),
      { kind: 'interaction', id: 'crm-i1', customerId: 'crm-c1', direction: 'inbound', fromNumber: '+447400000001', toNumber: '100', startedAt: 1, endedAt: 2, outcome: 'answered', dispositionCode: 'resolved' },
      noteItem('crm-n1', 'crm-c1', { interactionId: 'crm-i1' }),
      promiseItem('crm-p1', 'crm-c2'),
    );
    const store = tempStore();
    const { sqlite } = store;

    expect(await pull(store, connector)).toMatchObject({ pages: 3, applied: 8, rejected: 0 });
    expect(sqlite.prepare("SELECT display_name FROM customers WHERE external_id = 'crm-c3'").pluck().get()).toBe('Ada Lovelace 3');
    expect(sqlite.prepare('SELECT e164 FROM customer_phones ORDER BY id').pluck().all()).toEqual(['+447400000001', '+447400000002', '+447400000003', '+447400000004']);
    expect(sqlite.prepare("SELECT disposition_code FROM interactions WHERE external_id = 'crm-i1'").pluck().get()).toBe('resolved');
    expect(count(sqlite, 'notes')).toBe(1);

    server.publish(customerItem(5));
    expect(await pull(store, connector)).toMatchObject({ pages: 1, applied: 1 });
    expect(count(sqlite, 'customers')).toBe(5);
  });

  it('refuses a CRM that wants a token it was not given, and stores nothing', async () => {
    const { server } = await crm({ token: 's3cret' });
    server.publish(customerItem(1));
    const store = tempStore();
    const { sqlite } = store;
    const anonymous = createHttpConnector({ baseUrl: server.url, token: null });
    await expect(pull(store, anonymous)).rejects.toThrow('CRM answered 401');
    expect(count(sqlite, 'customers')).toBe(0);
  });

  it('profile fields: the server wins, but an older copy replayed later does not undo a newer one', async () => {
    const { server, connector } = await crm();
    const store = tempStore();
    const { sqlite } = store;
    server.publish(customerItem(1, { company: 'Old Co', updatedAt: 100 }));
    await pull(store, connector);
    sqlite.prepare("UPDATE customers SET company = 'Typed locally' WHERE external_id = 'crm-c1'").run();

    server.publish(customerItem(1, { company: 'New Co', updatedAt: 200 }), customerItem(1, { company: 'Replayed Co', updatedAt: 150 }));
    await pull(store, connector);
    expect(sqlite.prepare("SELECT company FROM customers WHERE external_id = 'crm-c1'").pluck().get()).toBe('New Co');
  });

  it('notes are append-only: a note seen before is never rewritten', async () => {
    const { server, connector } = await crm();
    const store = tempStore();
    const { sqlite } = store;
    server.publish(customerItem(1), noteItem('n1', 'crm-c1', { body: 'first words' }));
    await pull(store, connector);
    server.publish(noteItem('n1', 'crm-c1', { body: 'rewritten' }));
    expect(await pull(store, connector)).toMatchObject({ skipped: 1 });
    expect(sqlite.prepare('SELECT body FROM notes').pluck().all()).toEqual(['first words']);
  });

  it('promise status: the later change wins by its timestamp, wherever it was made', async () => {
    const { server, connector } = await crm();
    const store = tempStore();
    const { sqlite } = store;
    server.publish(customerItem(1), promiseItem('p1', 'crm-c1', { status: 'open', statusChangedAt: 1_000 }));
    await pull(store, connector);
    // The agent marked it kept at 3 000; the CRM's older change (2 000) arrives afterwards and loses.
    sqlite.prepare("UPDATE promises SET status = 'kept', status_changed_at = 3000").run();
    server.publish(promiseItem('p1', 'crm-c1', { status: 'cancelled', statusChangedAt: 2_000, description: 'Refund, amended' }));
    await pull(store, connector);
    expect(sqlite.prepare('SELECT status, description FROM promises').get()).toEqual({ status: 'kept', description: 'Refund, amended' });

    server.publish(promiseItem('p1', 'crm-c1', { status: 'broken', statusChangedAt: 4_000 }));
    await pull(store, connector);
    expect(sqlite.prepare('SELECT status, status_changed_at AS at FROM promises').get()).toEqual({ status: 'broken', at: 4_000 });
  });

  it('a pulled promise counts in the trend figures as it arrives: rescheduled to before now it is overdue, kept it is open no more', async () => {
    const { server, connector } = await crm();
    const store = tempStore();
    const made = promiseItem('p1', 'crm-c1').createdAt;
    const now = made + 2 * day;
    const range: TrendRange = { fromDay: Math.floor(made / day), toDay: Math.floor(made / day), agents: null, filters: noTrendFilters };
    const figures = () => {
      const owners = trendPromiseRows(store, range).byOwner;
      const total = (key: 'open' | 'kept') => owners.reduce((sum, row) => sum + row[key], 0);
      return { open: total('open'), kept: total('kept'), overdue: trendOverdueRows(store, range, now).reduce((sum, row) => sum + row.overdue, 0) };
    };
    server.publish(customerItem(1), promiseItem('p1', 'crm-c1', { dueAt: made + 7 * day, statusChangedAt: 1_000 }));
    await pull(store, connector);
    expect(figures()).toEqual({ open: 1, kept: 0, overdue: 0 });

    server.publish(promiseItem('p1', 'crm-c1', { dueAt: made + day, statusChangedAt: 1_000 }));
    await pull(store, connector);
    expect(figures()).toEqual({ open: 1, kept: 0, overdue: 1 });

    server.publish(promiseItem('p1', 'crm-c1', { dueAt: made + day, status: 'kept', statusChangedAt: 2_000 }));
    await pull(store, connector);
    expect(figures()).toEqual({ open: 0, kept: 1, overdue: 0 });
  });

  it('a replayed page for another cursor is refused; the next pull carries on from the saved cursor without doubles', async () => {
    const { server, connector } = await crm({ faults: ({ kind, n }) => (kind === 'pull' && n === 2 ? 'stale-page' : null) });
    const store = tempStore();
    const { sqlite } = store;
    server.publish(customerItem(1), customerItem(2), noteItem('n1', 'crm-c1'), noteItem('n2', 'crm-c2'), noteItem('n3', 'crm-c2'));
    await expect(pull(store, connector, 2)).rejects.toThrow(SyncTransportError);
    expect(count(sqlite, 'customers')).toBe(2);
    await pull(store, connector, 2);
    expect(count(sqlite, 'notes')).toBe(3);
  });

  it('a dropped connection and a 500 lose nothing: pulling again completes the set exactly once', async () => {
    const faults = new Map<number, 'drop-after' | 'fail-after'>([[2, 'drop-after'], [3, 'fail-after']]);
    const { server, connector } = await crm({ faults: ({ kind, n }) => (kind === 'pull' ? (faults.get(n) ?? null) : null) });
    const store = tempStore();
    const { sqlite } = store;
    server.publish(...Array.from({ length: 10 }, (_, n) => customerItem(n)));
    await expect(pull(store, connector)).rejects.toThrow(/CRM unreachable/);
    await expect(pull(store, connector)).rejects.toThrow('CRM answered 500');
    await pull(store, connector);
    expect(count(sqlite, 'customers')).toBe(10);
    expect(count(sqlite, 'customer_phones')).toBe(10);
  });
});
