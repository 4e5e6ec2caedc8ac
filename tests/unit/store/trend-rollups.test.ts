import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Sqlite } from '../../../src/main/store/connection';
import { generateDemoData } from '../../../src/main/store/demo/generate';
import { useTempStore } from '../support/temp-store';

/**
 * The trend rollups (migration 0014) are kept by triggers. Whatever happens to
 * the source rows — calls arriving out of order, wrap-ups saved, calls moved
 * to another customer or deleted, customers changing tier or deleted,
 * promises kept or broken, root causes added and removed — each rollup must
 * equal a plain GROUP BY over the raw rows.
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

const customerIndex = fc.integer({ min: 0, max: 4 });
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
  fc.record({ kind: fc.constant('promise' as const), pick: fc.nat(), owner: fc.constantFrom('Анна Коваленко', 'Billing team') }),
  fc.record({ kind: fc.constant('promise-status' as const), pick: fc.nat(), status: fc.constantFrom('kept', 'broken', 'cancelled') }),
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
        .run(customer, call ? id : null, step.owner === 'Billing team' ? 'team' : 'me', step.owner, at + day, at, at);
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
    rollup: `SELECT * FROM trend_promise_days WHERE made <> 0 ORDER BY day, agent, queue, tier, language, owner_type, owner_name`,
    raw: `SELECT day, agent, queue, tier, language, owner_type, owner_name, sum(made) AS made, sum(kept) AS kept, sum(broken) AS broken,
                 sum(cancelled) AS cancelled, sum(open) AS open
          FROM trend_promise_facts GROUP BY day, agent, queue, tier, language, owner_type, owner_name
          ORDER BY day, agent, queue, tier, language, owner_type, owner_name`,
  },
};

describe('trend rollups', () => {
  const newStore = useTempStore();

  it('equal a plain GROUP BY over the raw rows after any sequence of writes', () => {
    const { sqlite } = newStore();
    seedCodes(sqlite);
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 40 }), (steps) => {
        // Each run starts from the last one's leftovers emptied through the same triggers.
        sqlite.exec('DELETE FROM promises; DELETE FROM interactions; DELETE FROM customers;');
        const customers = seedCustomers(sqlite);
        for (const step of steps) sqlite.transaction(() => apply(sqlite, customers, step))();
        for (const [table, { rollup, raw }] of Object.entries(comparisons)) {
          expect(sqlite.prepare(rollup).all(), table).toEqual(sqlite.prepare(raw).all());
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('equal it too after the demo generator’s batches, which count each new call once instead of row by row', () => {
    const { sqlite } = newStore();
    generateDemoData(sqlite, { customers: 150, seed: 7, now: start + 200 * day });
    // A second run on the same file adds customers after the first's calls and promises.
    generateDemoData(sqlite, { customers: 150, seed: 8, now: start + 200 * day });
    expect(sqlite.prepare('SELECT count(*) FROM trend_days').pluck().get()).toBeGreaterThan(100);
    for (const [table, { rollup, raw }] of Object.entries(comparisons)) {
      expect(sqlite.prepare(rollup).all(), table).toEqual(sqlite.prepare(raw).all());
    }
  }, 60_000);
});
