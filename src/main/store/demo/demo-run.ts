import { z } from 'zod';
import type { Sqlite } from '../connection';

/**
 * A `demo-db` run in progress: how many customers it writes and how many are
 * committed. Updated in the same transaction as each batch, so after a kill it
 * says exactly what the file holds and the next run finishes it — never a
 * second set of customers on top of the first.
 */
const runKey = 'demo.run';
const runSchema = z.object({ customers: z.number().int().positive(), done: z.number().int().nonnegative(), seed: z.number().int() });
export type DemoRun = z.infer<typeof runSchema>;

export function unfinishedDemoRun(sqlite: Sqlite): DemoRun | null {
  const value = sqlite.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck().get(runKey);
  const run = value === undefined ? null : runSchema.safeParse(JSON.parse(value));
  return run?.success && run.data.done < run.data.customers ? run.data : null;
}

export function recordDemoRun(sqlite: Sqlite, run: DemoRun, at = Date.now()): void {
  sqlite.prepare('INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES (?, ?, ?)').run(runKey, JSON.stringify(run), at);
}

export function endDemoRun(sqlite: Sqlite): void {
  sqlite.prepare('DELETE FROM settings WHERE key = ?').run(runKey);
}
