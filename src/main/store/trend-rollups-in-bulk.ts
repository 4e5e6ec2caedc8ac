import type { Sqlite } from './connection';

/** The source tables whose triggers keep the trend rollups (migration 0014). */
const sourceTables = ['interactions', 'interaction_root_causes', 'promises', 'customers'];

/**
 * Writes a batch of new customers with their whole history (the demo
 * generator) without the per-row trend triggers, then adds each new call and
 * promise to the rollups once. The triggers re-count a call's 7-day
 * neighbours on every insert; new customers' calls have no neighbours
 * outside the batch, so counting each once at the end gives the same sums
 * (tests/unit/store/trend-rollups.test.ts holds the rollups to a plain GROUP BY)
 * several times faster. Must run inside the batch's transaction: the triggers
 * are back before it commits, and nothing else writes meanwhile.
 */
export function withTrendRollupsInBulk<T>(sqlite: Sqlite, writeNewCustomers: () => T): T {
  if (!sqlite.inTransaction) throw new Error('withTrendRollupsInBulk must run inside a transaction');
  const triggers = sqlite
    .prepare<string[], { name: string; sql: string }>(
      `SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'trend%' AND tbl_name IN (${sourceTables.map(() => '?').join(', ')})`,
    )
    .all(...sourceTables);
  const lastCall = sqlite.prepare<[], number>('SELECT coalesce(max(id), 0) FROM interactions').pluck().get() ?? 0;
  const lastPromise = sqlite.prepare<[], number>('SELECT coalesce(max(id), 0) FROM promises').pluck().get() ?? 0;
  for (const { name } of triggers) sqlite.exec(`DROP TRIGGER ${name}`);
  const written = writeNewCustomers();
  for (const { sql } of triggers) sqlite.exec(sql);
  sqlite.prepare('INSERT INTO trend_call_changes SELECT id, 1 FROM interactions WHERE id > ?').run(lastCall);
  sqlite.prepare('INSERT INTO trend_promise_changes SELECT id, 1 FROM promises WHERE id > ?').run(lastPromise);
  return written;
}
