import { join } from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Sqlite } from '../../../src/main/store/connection';
import { openStore } from '../../../src/main/store/database';
import { generateDemoData } from '../../../src/main/store/demo/generate';
import { trendCallRows, trendCodeRows, trendOverdueRows, trendPromiseRows, type TrendRange } from '../../../src/main/store/queries/trends.raw';
import { migrations } from '../../../src/main/store/migrations';
import { registerSearchFunctions } from '../../../src/main/store/search-functions';
import { useTempDir, useTempStore } from '../support/temp-store';

/**
 * The trend rollups (migrations 0014 and 0019) are kept by triggers. Whatever
 * happens to the source rows — calls arriving out of order, wrap-ups saved,
 * calls moved to another customer or deleted, customers changing tier or
 * deleted, promises kept, broken, reopened, rescheduled or handed to another
 * owner, root causes added and removed — each rollup, and the list of open
 * promises, must equal a plain GROUP BY over the raw rows; and the report's
 * queries, whatever the period, filters and clock, must read from them what a
 * GROUP BY of the raw rows would give.
 */

const day = 86_400_000;
const start = Date.UTC(2026, 0, 5);
const agents = ['Анна Коваленко', 'James Walker', 'Олена Мельник', null] as const;
const queues = ['+380441234567', '+74951234567'] as const;
const tiers = ['standard', 'key', 'vip'] as const;
const languages = ['en', 'ru', 'uk', null] as const;
const codes = ['resolved', 'not-resolved', 'escalated'] as const;
const causes = ['delivery-delay', 'billing-error', 'wrong-item'] as const;
const endReasons = ['caller-cancelled', 'declined', 'local-hangup', null] as const;

const owners = ['Анна Коваленко', 'Billing team'] as const;

const customerIndex = fc.integer({ min: 0, max: 4 });
/** A promise falls due from a day before it was made to a month after: overdue or not depends on the clock. */
const dueAfterHours = fc.integer({ min: -24, max: 30 * 24 });
/** Calls bunch within a few weeks so that 7-day neighbours are common. */
const startedAt = fc.integer({ min: 0, max: 20 * 24 }).map((hour) => start + hour * 3_600_000);

const callArbitrary = fc.record({
  customer: fc.option(customerIndex, { nil: null }),
  inbound: fc.boolean(),
  queue: fc.constantFrom(...queues),
  startedAt,
  answeredAfterS: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
  talkS: fc.integer({ min: 0, max: 900 }),
  wrapUpS: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
  agent: fc.constantFrom(...agents),
  disposition: fc.option(fc.constantFrom(...codes), { nil: null }),
  wanted: fc.constantFrom('', '  ', 'Refund for order 123'),
  offered: fc.constantFrom('', 'A discount'),
  endReason: fc.constantFrom(...endReasons),
  causes: fc.subarray([...causes]),
});

const operation = fc.oneof(
  fc.record({ kind: fc.constant('add-call' as const), call: callArbitrary }),
  fc.record({ kind: fc.constant('wrap-up' as const), pick: fc.nat(), disposition: fc.constantFrom(...codes), wanted: fc.constantFrom('', 'Exchange'), offered: fc.constantFrom('', 'Exchange') }),
  fc.record({ kind: fc.constant('move-call' as const), pick: fc.nat(), customer: fc.option(customerIndex, { nil: null }), startedAt }),
  fc.record({ kind: fc.constant('delete-call' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('retier' as const), customer: customerIndex, tier: fc.constantFrom(...tiers), language: fc.constantFrom(...languages) }),
  fc.record({ kind: fc.constant('delete-customer' as const), customer: customerIndex }),
  fc.record({ kind: fc.constant('promise' as const), pick: fc.nat(), owner: fc.constantFrom(...owners), dueAfterH: dueAfterHours }),
  // Back to open too: a promise marked kept by mistake is reopened.
  fc.record({ kind: fc.constant('promise-status' as const), pick: fc.nat(), status: fc.constantFrom('open', 'kept', 'broken', 'cancelled') }),
  fc.record({ kind: fc.constant('reschedule' as const), pick: fc.nat(), dueAfterH: dueAfterHours }),
  fc.record({ kind: fc.constant('reassign' as const), pick: fc.nat(), owner: fc.constantFrom(...owners) }),
  fc.record({ kind: fc.constant('drop-cause' as const), pick: fc.nat() }),
);
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

function seedCustomers(sqlite: Sqlite): number[] {
  const insert = sqlite.prepare(
    `INSERT INTO customers (first_name, last_name, display_name, tier, preferred_language, created_at, updated_at) VALUES ('A', 'B', 'A B', ?, ?, 0, 0)`,
  );
  return tiers.concat(['standard', 'vip']).map((tier, index) => Number(insert.run(tier, languages[index % languages.length] ?? null).lastInsertRowid));
}

function seedCodes(sqlite: Sqlite): void {
  for (const code of codes) sqlite.prepare("INSERT INTO disposition_codes (code, label_en, label_ru, label_uk) VALUES (?, ?, ?, ?)").run(code, code, code, code);
  for (const code of causes) sqlite.prepare("INSERT INTO root_cause_codes (code, label_en, label_ru, label_uk) VALUES (?, ?, ?, ?)").run(code, code, code, code);
}

function pickId(sqlite: Sqlite, table: string, pick: number): number | undefined {
  const ids = sqlite.prepare<[], number>(`SELECT id FROM ${table} ORDER BY id`).pluck().all();
  return ids.length === 0 ? undefined : ids[pick % ids.length];
}

const ownerType = (owner: (typeof owners)[number]) => (owner === 'Billing team' ? 'team' : 'me');

function apply(sqlite: Sqlite, customers: readonly number[], step: Operation): void {
  const customerId = (index: number | null) => (index === null ? null : (customers[index] ?? null));
  switch (step.kind) {
    case 'add-call': {
      const { call } = step;
      const answeredAt = call.answeredAfterS === null ? null : call.startedAt + call.answeredAfterS * 1000;
      const endedAt = (answeredAt ?? call.startedAt) + call.talkS * 1000;
      const existing = customerId(call.customer);
      const customer = existing !== null && sqlite.prepare('SELECT 1 FROM customers WHERE id = ?').get(existing) ? existing : null;
      const id = Number(
        sqlite
          .prepare(
            `INSERT INTO interactions (customer_id, direction, from_number, to_number, started_at, answered_at, ended_at, agent, outcome,
                                       disposition_code, customer_wanted, we_offered, end_reason, wrapped_up_at)
             VALUES (?, ?, '+15550001', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            customer, call.inbound ? 'inbound' : 'outbound', call.queue, call.startedAt, answeredAt, endedAt, call.agent,
            answeredAt === null ? 'missed' : 'answered', call.disposition, call.wanted, call.offered, call.endReason,
            call.wrapUpS === null ? null : endedAt + call.wrapUpS * 1000,
          ).lastInsertRowid,
      );
      for (const cause of call.causes) sqlite.prepare('INSERT INTO interaction_root_causes (interaction_id, code) VALUES (?, ?)').run(id, cause);
      return;
    }
    case 'wrap-up': {
      const id = pickId(sqlite, 'interactions', step.pick);
      if (id === undefined) return;
      sqlite
        .prepare('UPDATE interactions SET disposition_code = ?, customer_wanted = ?, we_offered = ?, wrapped_up_at = ended_at + 60000 WHERE id = ?')
        .run(step.disposition, step.wanted, step.offered, id);
      return;
    }
    case 'move-call': {
      const id = pickId(sqlite, 'interactions', step.pick);
      const target = customerId(step.customer);
      if (id === undefined || (target !== null && !sqlite.prepare('SELECT 1 FROM customers WHERE id = ?').get(target))) return;
      sqlite.prepare('UPDATE interactions SET customer_id = ?, started_at = ? WHERE id = ?').run(target, step.startedAt, id);
      return;
    }
    case 'delete-call': {
      const id = pickId(sqlite, 'interactions', step.pick);
      if (id !== undefined) sqlite.prepare('DELETE FROM interactions WHERE id = ?').run(id);
      return;
    }
    case 'retier':
      sqlite.prepare('UPDATE customers SET tier = ?, preferred_language = ? WHERE id = ?').run(step.tier, step.language, customerId(step.customer));
      return;
    case 'delete-customer':
      sqlite.prepare('DELETE FROM customers WHERE id = ?').run(customerId(step.customer));
      return;
    case 'promise': {
      const id = pickId(sqlite, 'interactions', step.pick);
      const call = sqlite.prepare<[number | undefined], { customer_id: number | null; ended_at: number }>('SELECT customer_id, ended_at FROM interactions WHERE id = ?').get(id);
      const customer = call?.customer_id ?? pickId(sqlite, 'customers', step.pick);
      if (customer === undefined) return;
      const at = call?.ended_at ?? start;
      sqlite
        .prepare(
          `INSERT INTO promises (customer_id, interaction_id, description, owner_type, owner_name, due_at, status_changed_at, created_at)
           VALUES (?, ?, 'Call back', ?, ?, ?, ?, ?)`,
        )
        .run(customer, call ? id : null, ownerType(step.owner), step.owner, at + step.dueAfterH * 3_600_000, at, at);
      return;
    }
    case 'reschedule': {
      const id = pickId(sqlite, 'promises', step.pick);
      if (id !== undefined) sqlite.prepare('UPDATE promises SET due_at = created_at + ? WHERE id = ?').run(step.dueAfterH * 3_600_000, id);
      return;
    }
    case 'reassign': {
      const id = pickId(sqlite, 'promises', step.pick);
      if (id !== undefined) sqlite.prepare('UPDATE promises SET owner_type = ?, owner_name = ? WHERE id = ?').run(ownerType(step.owner), step.owner, id);
      return;
    }
    case 'promise-status': {
      const id = pickId(sqlite, 'promises', step.pick);
      if (id !== undefined) sqlite.prepare('UPDATE promises SET status = ? WHERE id = ?').run(step.status, id);
      return;
    }
    case 'drop-cause': {
      const row = sqlite.prepare<[], { interaction_id: number; code: string }>('SELECT interaction_id, code FROM interaction_root_causes ORDER BY 1, 2').all();
      const victim = row[step.pick % Math.max(1, row.length)];
      if (victim) sqlite.prepare('DELETE FROM interaction_root_causes WHERE interaction_id = ? AND code = ?').run(victim.interaction_id, victim.code);
      return;
    }
  }
}

/** Rollup and plain GROUP BY, both without the all-zero rows a rollup keeps after its last call left a key. */
const comparisons = {
  trend_days: {
    rollup: `SELECT * FROM trend_days WHERE calls <> 0 ORDER BY day, agent, queue, tier, language`,
    raw: `SELECT day, agent, queue, tier, language, sum(calls) AS calls, sum(inbound) AS inbound, sum(answered) AS answered,
                 sum(missed) AS missed, sum(abandoned) AS abandoned, sum(handle_ms) AS handle_ms, sum(handled) AS handled,
                 sum(wrap_up_ms) AS wrap_up_ms, sum(wrapped_up) AS wrapped_up, sum(repeat_contact) AS repeat_contacts,
                 sum(wanted_written) AS wanted_written, sum(mismatch) AS mismatches
          FROM trend_call_facts GROUP BY day, agent, queue, tier, language ORDER BY day, agent, queue, tier, language`,
  },
  trend_day_codes: {
    rollup: `SELECT * FROM trend_day_codes WHERE calls <> 0 ORDER BY kind, day, code, agent, queue, tier, language`,
    raw: `SELECT kind, day, code, agent, queue, tier, language, count(*) AS calls FROM trend_code_facts
          GROUP BY kind, day, code, agent, queue, tier, language ORDER BY kind, day, code, agent, queue, tier, language`,
  },
  trend_promise_days: {
    rollup: `SELECT * FROM trend_promise_days WHERE made <> 0 ORDER BY day, agent, queue, tier, language`,
    raw: `SELECT day, agent, queue, tier, language, sum(made) AS made, sum(kept) AS kept, sum(broken) AS broken,
                 sum(cancelled) AS cancelled, sum(open) AS open
          FROM trend_promise_facts GROUP BY day, agent, queue, tier, language ORDER BY day, agent, queue, tier, language`,
  },
  trend_promise_owner_days: {
    rollup: `SELECT * FROM trend_promise_owner_days WHERE made <> 0 ORDER BY day, owner_type, owner_name, agent, queue, tier, language`,
    raw: `SELECT day, owner_type, owner_name, agent, queue, tier, language, sum(made) AS made, sum(kept) AS kept, sum(broken) AS broken,
                 sum(cancelled) AS cancelled, sum(open) AS open
          FROM trend_promise_facts GROUP BY day, owner_type, owner_name, agent, queue, tier, language
          ORDER BY day, owner_type, owner_name, agent, queue, tier, language`,
  },
  trend_open_promises: {
    rollup: `SELECT * FROM trend_open_promises ORDER BY promise_id`,
    raw: `SELECT f.day, f.owner_type, f.owner_name, f.agent, f.promise_id, f.queue, f.tier, f.language, p.due_at
          FROM promises p JOIN trend_promise_facts f ON f.promise_id = p.id WHERE p.status = 'open' ORDER BY f.promise_id`,
  },
};

/** A period within the history's weeks, filters drawn from the values the history uses (half the time none: []), and a clock. */
const filterOf = <T extends string>(values: readonly T[]) => fc.oneof(fc.constant([] as T[]), fc.subarray([...values], { minLength: 1 }));
const rangeArbitrary = fc.record({
  fromDay: fc.integer({ min: -2, max: 20 }).map((offset) => start / day + offset),
  days: fc.integer({ min: 1, max: 30 }),
  // Whom the audience rule lets the asker count: '' is the calls no agent took.
  agents: fc.option(fc.subarray<string>(agents.map((agent) => agent ?? '')), { nil: null }),
  queues: filterOf(queues),
  tiers: filterOf(tiers),
  languages: filterOf(['en', 'ru', 'uk'] as const),
  // The clock near some promise's due time, on either side of it or on it: overdue is open and due before now.
  clock: fc.record({ pick: fc.nat(), offsetMs: fc.constantFrom(-3_600_000, -1, 0, 1, 3_600_000) }),
});
type RangeAndClock = typeof rangeArbitrary extends fc.Arbitrary<infer T> ? T : never;

type Dimensions = { day: number; agent: string; queue: string; tier: string; language: string };

/** The plain GROUP BY, done by hand: the fact rows that pass the filters, summed under `keyOf`, rows that sum to nothing left out. */
function sumsBy<Row extends Dimensions>(rows: readonly Row[], query: RangeAndClock, keyOf: (row: Row) => Record<string, unknown>, measures: readonly (keyof Row & string)[]) {
  const within = (filter: readonly string[] | null, value: string) => filter === null || filter.length === 0 || filter.includes(value);
  const passes = (row: Row) =>
    row.day >= query.fromDay && row.day < query.fromDay + query.days &&
    // An empty list of agents is no one (the audience rule's answer); an empty filter is every value.
    (query.agents === null || query.agents.includes(row.agent)) &&
    within(query.queues, row.queue) && within(query.tiers, row.tier) && within(query.languages, row.language);
  const groups = new Map<string, Record<string, unknown>>();
  for (const row of rows.filter(passes)) {
    const key = keyOf(row);
    const group = groups.get(JSON.stringify(key)) ?? { ...key, ...Object.fromEntries(measures.map((measure) => [measure, 0])) };
    for (const measure of measures) group[measure] = (group[measure] as number) + Number(row[measure]);
    groups.set(JSON.stringify(key), group);
  }
  return sorted([...groups.values()].filter((group) => Number(group[measures[0] as string]) !== 0));
}

const sorted = <T,>(rows: readonly T[]) => rows.map((row) => JSON.stringify(row)).sort();
/** What a report query answered, without the rows a rollup keeps at zero after everything left a key. */
const answered = <T extends object>(rows: readonly T[], first: keyof T) => sorted(rows.filter((row) => row[first] !== 0));

function reportQueriesMatchRawRows(sqlite: Sqlite, query: RangeAndClock): void {
  const store = { sqlite } as Parameters<typeof trendCallRows>[0];
  const range: TrendRange = {
    fromDay: query.fromDay,
    toDay: query.fromDay + query.days - 1,
    agents: query.agents,
    filters: { teams: [], agents: [], queues: query.queues, tiers: query.tiers, languages: query.languages },
  };
  const callFacts = sqlite.prepare<[], Dimensions & Record<string, number>>('SELECT * FROM trend_call_facts').all();
  const callMeasures = ['calls', 'inbound', 'answered', 'missed', 'abandoned', 'handle_ms', 'handled', 'wrap_up_ms', 'wrapped_up', 'repeat_contact', 'wanted_written', 'mismatch'];
  const callNames = ['calls', 'inbound', 'answered', 'missed', 'abandoned', 'handleMs', 'handled', 'wrapUpMs', 'wrappedUp', 'repeatContacts', 'wantedWritten', 'mismatches'];
  const renamed = (row: Record<string, unknown>) => Object.fromEntries(Object.entries(row).map(([key, value]) => [callNames[callMeasures.indexOf(key)] ?? key, value]));
  expect(answered(trendCallRows(store, range), 'calls'), 'calls').toEqual(
    sumsBy(callFacts, query, ({ day, agent }) => ({ day, agent }), callMeasures).map((row) => JSON.stringify(renamed(JSON.parse(row)))),
  );
  const codeFacts = sqlite.prepare<[], Dimensions & { kind: string; code: string; calls: number }>('SELECT *, 1 AS calls FROM trend_code_facts').all();
  for (const kind of ['disposition', 'root-cause'] as const) {
    expect(answered(trendCodeRows(store, range, kind), 'calls'), kind).toEqual(
      sumsBy(codeFacts.filter((row) => row.kind === kind), query, ({ day, code }) => ({ day, code }), ['calls']),
    );
  }
  const promiseFacts = sqlite
    .prepare<[], Dimensions & { owner_type: string; owner_name: string; due_at: number; status: string } & Record<string, number>>(
      'SELECT f.*, p.due_at, p.status FROM trend_promise_facts f JOIN promises p ON p.id = f.promise_id',
    )
    .all();
  const promiseMeasures = ['made', 'kept', 'broken', 'cancelled', 'open'];
  const { byAgent, byOwner } = trendPromiseRows(store, range);
  expect(answered(byAgent, 'made'), 'promises by agent').toEqual(sumsBy(promiseFacts, query, ({ day, agent }) => ({ day, agent }), promiseMeasures));
  expect(answered(byOwner, 'made'), 'promises by owner').toEqual(
    sumsBy(promiseFacts, query, ({ day, owner_type, owner_name }) => ({ day, ownerType: owner_type, ownerName: owner_name }), promiseMeasures),
  );
  const dueTimes = promiseFacts.map((row) => row.due_at);
  const now = (dueTimes[query.clock.pick % Math.max(1, dueTimes.length)] ?? start) + query.clock.offsetMs;
  const overdueFacts = promiseFacts.map((row) => ({ ...row, overdue: Number(row.status === 'open' && row.due_at < now) }));
  expect(sorted(trendOverdueRows(store, range, now)), 'overdue').toEqual(
    sumsBy(overdueFacts, query, ({ day, owner_type, owner_name, agent }) => ({ day, ownerType: owner_type, ownerName: owner_name, agent }), ['overdue']),
  );
}

function expectRollupsEqualRawRows(sqlite: Sqlite): void {
  for (const [table, { rollup, raw }] of Object.entries(comparisons)) {
    expect(sqlite.prepare(rollup).all(), table).toEqual(sqlite.prepare(raw).all());
  }
}

describe('trend rollups', () => {
  const newStore = useTempStore();
  const tempDir = useTempDir();

  it('equal a plain GROUP BY over the raw rows after any sequence of writes', () => {
    const { sqlite } = newStore();
    seedCodes(sqlite);
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 40 }), (steps) => {
        // Each run starts from the last one's leftovers emptied through the same triggers.
        sqlite.exec('DELETE FROM promises; DELETE FROM interactions; DELETE FROM customers;');
        const customers = seedCustomers(sqlite);
        for (const step of steps) sqlite.transaction(() => apply(sqlite, customers, step))();
        expectRollupsEqualRawRows(sqlite);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('give the report the same figures as a plain GROUP BY, whatever the period, filters and clock', () => {
    const { sqlite } = newStore();
    seedCodes(sqlite);
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 40 }), fc.array(rangeArbitrary, { minLength: 1, maxLength: 8 }), (steps, queries) => {
        sqlite.exec('DELETE FROM promises; DELETE FROM interactions; DELETE FROM customers;');
        const customers = seedCustomers(sqlite);
        for (const step of steps) sqlite.transaction(() => apply(sqlite, customers, step))();
        for (const query of queries) reportQueriesMatchRawRows(sqlite, query);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('equal it too after the demo generator’s batches, which count each new call once instead of row by row', () => {
    const { sqlite } = newStore();
    generateDemoData(sqlite, { customers: 150, seed: 7, now: start + 200 * day });
    // A second run on the same file adds customers after the first's calls and promises.
    generateDemoData(sqlite, { customers: 150, seed: 8, now: start + 200 * day });
    expect(sqlite.prepare('SELECT count(*) FROM trend_days').pluck().get()).toBeGreaterThan(100);
    expect(sqlite.prepare('SELECT count(*) FROM trend_open_promises').pluck().get()).toBeGreaterThan(0);
    expectRollupsEqualRawRows(sqlite);
  }, 60_000);

  it('a database from before migration 0019 gets the promise rollups of what it already had', () => {
    const before = migrations.filter((migration) => migration.version < 19);
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 40 }), (steps) => {
        const file = join(tempDir(), 'parley.sqlite');
        const previous = new Database(file);
        // Setting the scene, not under test: no waiting on the disk.
        previous.pragma('synchronous = OFF');
        registerSearchFunctions(previous);
        for (const migration of before) previous.exec(migration.sql);
        previous.pragma(`user_version = ${before.at(-1)?.version ?? 0}`);
        seedCodes(previous);
        const customers = seedCustomers(previous);
        for (const step of steps) previous.transaction(() => apply(previous, customers, step))();
        previous.close();
        const store = openStore(file);
        try {
          expectRollupsEqualRawRows(store.sqlite);
        } finally {
          store.close();
        }
      }),
      { numRuns: 25 },
    );
  }, 60_000);
});
