import type { TimelineCursor } from '@shared/domain/customer';
import { getCustomerProfile } from '../../src/main/services/customers/profile';
import { getCustomerTimeline } from '../../src/main/services/customers/timeline';
import type { Store } from '../../src/main/store/connection';
import { createSeededRandom } from '../../src/main/store/demo/seeded-random';
import { percentiles, printLatency, printTarget, timeSideBySide } from './measure';

const samples = 10_000;
const warmup = 500;
const pageSize = 20;
/** Entries of the one long-standing customer added to the database: thousands, as the brief's worst case. */
const heavyEntries = 6_000;

/** What the card asks for when it opens: the profile (with open promises) and the first page of the timeline. */
function openCard(store: Store, customerId: number, before: TimelineCursor | null = null): void {
  getCustomerProfile(store, customerId);
  getCustomerTimeline(store, customerId, before, pageSize);
}

/** A customer with years of history: calls, notes and promises, a third each, a minute apart. */
function addHeavyCustomer(store: Store): number {
  const { sqlite } = store;
  return sqlite.transaction(() => {
    const now = Date.now();
    const id = Number(
      sqlite
        .prepare(`INSERT INTO customers (first_name, last_name, display_name, tier, created_at, updated_at) VALUES ('Bench', 'Heavy', 'Bench Heavy', 'vip', ?, ?)`)
        .run(now, now).lastInsertRowid,
    );
    const call = sqlite.prepare(
      `INSERT INTO interactions (customer_id, direction, from_number, to_number, started_at, answered_at, ended_at, outcome)
       VALUES (?, 'inbound', '+79160000000', 'agent', ?, ?, ?, 'answered')`,
    );
    const note = sqlite.prepare(`INSERT INTO notes (customer_id, author, body, created_at) VALUES (?, 'Bench', 'A note from the bench', ?)`);
    const promise = sqlite.prepare(
      `INSERT INTO promises (customer_id, description, owner_type, owner_name, due_at, status, status_changed_at, created_at)
       VALUES (?, 'Call back', 'me', 'Bench', ?, 'kept', ?, ?)`,
    );
    for (let entry = 0; entry < heavyEntries; entry += 1) {
      const at = now - entry * 60_000;
      if (entry % 3 === 0) call.run(id, at, at + 5_000, at + 65_000);
      else if (entry % 3 === 1) note.run(id, at);
      else promise.run(id, at + 86_400_000, at, at);
    }
    return id;
  })();
}

/**
 * The customer card's query (profile + first timeline page) for random customers, and
 * for one with thousands of entries (first page and a page deep in the history).
 * Baseline: a primary-key read of the customer's row, the least any card can cost.
 */
export function benchCustomerCard(store: Store): boolean {
  console.log(`\nCustomer card query (profile with open promises + first ${pageSize} timeline entries), ${samples.toLocaleString('en')} random customers`);
  const maxId = store.sqlite.prepare<[], number>('SELECT max(id) FROM customers').pluck().get() ?? 0;
  const random = createSeededRandom(37);
  const ids = Array.from({ length: samples + warmup }, () => 1 + random.int(maxId));
  const row = store.sqlite.prepare('SELECT * FROM customers WHERE id = ?');
  const baseline = (id: number) => row.get(id);
  const card = (id: number) => openCard(store, id);
  timeSideBySide(ids.slice(0, warmup), card, baseline);
  const timings = timeSideBySide(ids.slice(warmup), card, baseline);
  const measured = percentiles(timings.measured);
  printLatency('profile + first timeline page', measured, 'baseline, primary-key read of the customer row', percentiles(timings.baseline));

  const heavy = addHeavyCustomer(store);
  const deep = getCustomerTimeline(store, heavy, null, heavyEntries / 2).next;
  const repeats = Array.from({ length: 2_000 }, () => heavy);
  const first = percentiles(timeSideBySide(repeats, (id) => openCard(store, id), baseline).measured);
  const middle = percentiles(timeSideBySide(repeats, (id) => openCard(store, id, deep), baseline).measured);
  console.log(`  a customer with ${heavyEntries.toLocaleString('en')} entries: first page p99 ${first.p99.toFixed(3)} ms; page ${(heavyEntries / 2).toLocaleString('en')} entries deep p99 ${middle.p99.toFixed(3)} ms`);
  return printTarget('card query p99 < 2 ms (random customers and the one with thousands of entries)', Math.max(measured.p99, first.p99, middle.p99) < 2);
}
