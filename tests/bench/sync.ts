import { join } from 'node:path';
import { toE164 } from '../../src/shared/domain/phone-number';
import { createHttpConnector } from '../../src/main/services/sync/http-connector';
import { pendingOutboxCount } from '../../src/main/store/queries/outbox';
import { pullChanges } from '../../src/main/services/sync/pull-changes';
import { pushOutbox } from '../../src/main/services/sync/push-outbox';
import { openStore } from '../../src/main/store/database';
import { customerItem } from '../sync/items';
import { insertCustomer, writeNote } from '../sync/local-writes';
import { startReferenceServer } from '../sync/reference-server';
import { printTarget } from './measure';

const pageSize = 500;
const batchSize = 200;

async function timed<T>(run: () => Promise<T> | T): Promise<{ value: T; seconds: number }> {
  const started = performance.now();
  const value = await run();
  return { value, seconds: (performance.now() - started) / 1000 };
}

const rate = (count: number, secondsTaken: number) => Math.round(count / secondsTaken).toLocaleString('en');

/**
 * Initial sync: N customers (one phone each) pulled from the reference server
 * over HTTP in pages of 500 into an empty store, against a baseline that
 * inserts the same customers and phones with plain prepared statements in
 * transactions of 500 (same schema, same search triggers, no HTTP, no checks).
 */
async function benchInitialSync(dir: string, customers: number): Promise<boolean> {
  const items = Array.from({ length: customers }, (_, n) => customerItem(n));
  const server = await startReferenceServer();
  // One by one: a million arguments in one call would overflow the stack.
  for (const item of items) server.publish(item);
  try {
    const synced = openStore(join(dir, 'synced.sqlite'));
    const sync = await timed(() =>
      pullChanges(synced, createHttpConnector({ baseUrl: server.url, token: null, timeoutMs: 120_000 }), { pageSize, defaultCountry: 'GB' }),
    );
    synced.close();

    const plain = openStore(join(dir, 'plain.sqlite'));
    const insertCustomerRow = plain.sqlite.prepare(
      `INSERT INTO customers (external_id, first_name, last_name, display_name, company, email, tier, preferred_language, preferred_tone, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    ).pluck();
    const insertPhone = plain.sqlite.prepare('INSERT INTO customer_phones (customer_id, e164, label) VALUES (?, ?, ?)');
    const baseline = await timed(() => {
      for (let start = 0; start < items.length; start += pageSize) {
        plain.sqlite.transaction(() => {
          for (const item of items.slice(start, start + pageSize)) {
            const id = insertCustomerRow.get(item.id, item.firstName, item.lastName, `${item.firstName} ${item.lastName}`, item.company, item.email, item.tier, item.preferredLanguage, item.preferredTone, item.updatedAt, item.updatedAt);
            for (const phone of item.phones) insertPhone.run(id, phone.number, phone.label ?? null);
          }
        })();
      }
    });
    plain.close();

    console.log(`\nInitial sync from the reference server — ${customers.toLocaleString('en')} customers, ${customers.toLocaleString('en')} phones, pages of ${pageSize}`);
    console.log(`  pullChanges over HTTP: ${rate(customers, sync.seconds)} customers/s (${sync.seconds.toFixed(1)} s, ${sync.value.pages} pages)`);
    console.log(`  baseline, plain insert loop: ${rate(customers, baseline.seconds)} customers/s (${baseline.seconds.toFixed(1)} s)`);
    const ratio = baseline.seconds / sync.seconds;
    console.log(`  ratio to baseline: ${ratio.toFixed(2)}×`);
    // The parser of every number (libphonenumber), validation and the server in the same process cost their share.
    return printTarget('≥ 0.25× the plain insert loop', ratio >= 0.25);
  } finally {
    await server.close();
  }
}

/**
 * Outbox: N notes written offline (note row + outbox entry, one transaction
 * each, as the console does), then pushed in batches of 200 until all are
 * acknowledged; baselines in the same run: the same note rows without the
 * outbox, and the same entries POSTed straight to the server without a store.
 */
async function benchOutbox(dir: string, notes: number): Promise<boolean> {
  const server = await startReferenceServer();
  const baselineServer = await startReferenceServer();
  try {
    const store = openStore(join(dir, 'outbox.sqlite'));
    const customerId = insertCustomer(store.sqlite, 'crm-c1');
    const enqueueing = await timed(() => {
      for (let n = 0; n < notes; n += 1) writeNote(store, customerId, `Outbox note ${n}`);
    });
    const insertNote = store.sqlite.prepare("INSERT INTO notes (customer_id, author, body, created_at) VALUES (?, 'agent-7', ?, ?)");
    const plainNotes = await timed(() => {
      for (let n = 0; n < notes; n += 1) store.sqlite.transaction(() => insertNote.run(customerId, `Plain note ${n}`, Date.now()))();
    });
    const entries = store.sqlite
      .prepare<[], { key: string; payload: string }>('SELECT idempotency_key AS key, payload FROM sync_outbox ORDER BY id')
      .all()
      .map(({ key, payload }) => ({ key, item: JSON.parse(payload) as never }));
    const pushing = await timed(() => pushOutbox(store, createHttpConnector({ baseUrl: server.url, token: null }), { batchSize, backoff: { baseMs: 1, maxMs: 1 } }));
    const left = pendingOutboxCount(store);
    store.close();
    const rawConnector = createHttpConnector({ baseUrl: baselineServer.url, token: null });
    const rawPosting = await timed(async () => {
      for (let start = 0; start < entries.length; start += batchSize) await rawConnector.push(entries.slice(start, start + batchSize));
    });

    console.log(`\nOutbox — ${notes.toLocaleString('en')} notes written offline, then pushed in batches of ${batchSize}`);
    console.log(`  write note + enqueue: ${rate(notes, enqueueing.seconds)} notes/s; baseline, the note row alone: ${rate(notes, plainNotes.seconds)} notes/s; ratio ${(plainNotes.seconds / enqueueing.seconds).toFixed(2)}×`);
    console.log(`  push until acknowledged: ${rate(notes, pushing.seconds)} entries/s; baseline, the same batches POSTed without a store: ${rate(notes, rawPosting.seconds)} entries/s; ratio ${(rawPosting.seconds / pushing.seconds).toFixed(2)}×`);
    return printTarget('every entry acknowledged, exactly once at the server', left === 0 && server.storedTimes.size === notes && [...server.storedTimes.values()].every((times) => times === 1));
  } finally {
    await server.close();
    await baselineServer.close();
  }
}

export async function benchSync(dir: string, customers: number, notes: number): Promise<boolean> {
  // The fixtures' numbers must all be valid, or the sync would be measured doing less than the baseline.
  if (toE164(customerItem(customers - 1).phones[0]?.number ?? '', 'GB') === null) throw new Error('bench fixture makes an invalid phone number');
  const initial = await benchInitialSync(dir, customers);
  const outbox = await benchOutbox(dir, notes);
  return initial && outbox;
}
