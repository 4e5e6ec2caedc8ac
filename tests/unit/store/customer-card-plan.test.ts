import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { TimelineCursor, TimelinePage } from '../../../src/shared/domain/customer';
import { describe, expect, it } from 'vitest';
import { linkCallToCustomer, startCall } from '../../../src/main/services/calls/record-call';
import { getCustomerProfile } from '../../../src/main/services/customers/profile';
import { getCustomerTimeline } from '../../../src/main/services/customers/timeline';
import { installDefaultScripts } from '../../../src/main/services/scripts/default-scripts';
import { saveScriptRun } from '../../../src/main/services/scripts/script-runs';
import { latestScript } from '../../../src/main/services/scripts/script-store';
import { storeOn, type Store } from '../../../src/main/store/connection';
import { openStore } from '../../../src/main/store/database';
import { addCustomer } from '../support/customers';
import { useTempDir, useTempStore } from '../support/temp-store';

const phone = '+79161234567';

/** A customer with some of everything the card shows: phones, tags, calls, a note, an open promise, a script run. */
function seedCustomer(store: Store): number {
  installDefaultScripts(store);
  const script = latestScript(store, 'inbound-support');
  if (!script) throw new Error('inbound-support is not installed');
  const customerId = addCustomer(store.sqlite, { firstName: 'Olena', lastName: 'Petrenko', phones: [phone, '+79161234568'], tags: ['vip-line'] });
  for (let call = 0; call < 5; call += 1) {
    const { interactionId } = startCall(store, { direction: 'inbound', remote: phone, local: 'anna', sipCallId: `card-${call}`, startedAt: 1_000 * (call + 1) }, 'RU');
    const walk = { path: ['hello'], values: {}, ticked: [] };
    saveScriptRun(store, { interactionId, scriptId: script.id, language: 'en', tone: 'friendly', walk, finished: false }, 1_000 * (call + 1) + 10);
  }
  store.sqlite.prepare(`INSERT INTO notes (customer_id, author, body, created_at) VALUES (?, 'Anna', 'Parcel lost', 2500)`).run(customerId);
  store.sqlite
    .prepare(`INSERT INTO promises (customer_id, description, owner_type, owner_name, due_at, status, status_changed_at, created_at) VALUES (?, 'Call back', 'me', 'Anna', 9000, 'open', 2600, 2600)`)
    .run(customerId);
  return customerId;
}

/** Every statement the card runs, as SQLite executed it (parameters filled in). */
function statementsOfOpeningTheCard(file: string, customerId: number): string[] {
  const executed: string[] = [];
  const sqlite = new Database(file, { verbose: (sql) => executed.push(String(sql)) });
  try {
    const store = storeOn(sqlite);
    getCustomerProfile(store, customerId);
    const first = getCustomerTimeline(store, customerId, null, 3);
    if (first.next) getCustomerTimeline(store, customerId, first.next, 3);
    return [...new Set(executed)].map((sql) => ({ sql, plan: sqlite.prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`).all() })).flatMap(({ sql, plan }) => planProblems(sql, plan.map((row) => row.detail)));
  } finally {
    sqlite.close();
  }
}

/**
 * A table read whole, or a customer's rows sorted after they were read: both
 * cost in proportion to the database or to the customer's whole history, not
 * to the page. Sorting rows already bounded (a sub-select's page, one call's
 * root causes) is fine.
 */
function planProblems(sql: string, plan: string[]): string[] {
  const statement = sql.replace(/\s+/g, ' ').slice(0, 120);
  return plan.flatMap((detail, at) => {
    if (/^SCAN (?!\(|CONSTANT ROW)/.test(detail)) return [`${detail} in: ${statement}`];
    const before = plan[at - 1] ?? '';
    if (detail.startsWith('USE TEMP B-TREE') && /^SEARCH .*\(customer_id=/.test(before)) return [`${detail} after ${before} in: ${statement}`];
    return [];
  });
}

describe('the customer card in the store', () => {
  const tempStore = useTempStore();
  const tempDir = useTempDir();

  it('reads the profile and every timeline page through indexes only: no table scanned, no table read sorted', () => {
    const file = join(tempDir(), 'parley.sqlite');
    const store = openStore(file);
    const customerId = seedCustomer(store);
    store.close();
    expect(statementsOfOpeningTheCard(file, customerId)).toEqual([]);
  });

  it('pages through calls, runs, notes and promises newest first, each once', () => {
    const store = tempStore();
    const customerId = seedCustomer(store);
    const seen: string[] = [];
    let cursor: TimelineCursor | null = null;
    do {
      const page: TimelinePage = getCustomerTimeline(store, customerId, cursor, 4);
      seen.push(...page.entries.map((entry) => `${entry.kind}@${entry.at}`));
      cursor = page.next;
    } while (cursor);
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
    expect(seen.slice(0, 3)).toEqual(['script@5010', 'call@5000', 'script@4010']);
  });

  it("shows a call's script run in the history of the customer the call is linked to later", () => {
    const store = tempStore();
    installDefaultScripts(store);
    const script = latestScript(store, 'inbound-support');
    if (!script) throw new Error('inbound-support is not installed');
    const { interactionId } = startCall(store, { direction: 'inbound', remote: '+79169990000', local: 'anna', sipCallId: 'unknown-caller', startedAt: 7_000 }, 'RU');
    saveScriptRun(store, { interactionId, scriptId: script.id, language: 'en', tone: 'friendly', walk: { path: ['hello'], values: {}, ticked: [] }, finished: false }, 7_010);
    const created = addCustomer(store.sqlite, { firstName: 'Iryna', lastName: 'Bondarenko' });
    expect(getCustomerTimeline(store, created, null, 10).entries).toEqual([]);

    expect(linkCallToCustomer(store, interactionId, created)).toBe('linked');
    expect(getCustomerTimeline(store, created, null, 10).entries.map((entry) => entry.kind)).toEqual(['script', 'call']);
  });
});
