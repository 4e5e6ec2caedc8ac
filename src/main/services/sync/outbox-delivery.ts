import type { Sqlite } from '../../store/database';
import { preparedPerDatabase } from '../../store/prepared';
import { backoffDelay, type BackoffPolicy } from './backoff';
import type { PushEntry } from './wire';
import { wireItemSchema } from './wire';

const statements = preparedPerDatabase((sqlite: Sqlite) => ({
  due: sqlite.prepare<[number, number], { key: string; payload: string }>(
    `SELECT idempotency_key AS key, payload FROM sync_outbox WHERE acked_at IS NULL AND held_reason IS NULL AND next_attempt_at <= ? ORDER BY id LIMIT ?`,
  ),
  ack: sqlite.prepare<[number, string]>('UPDATE sync_outbox SET acked_at = ?, last_error = NULL WHERE idempotency_key = ? AND acked_at IS NULL'),
  retry: sqlite.prepare<[string, number, string]>(
    'UPDATE sync_outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE idempotency_key = ?',
  ),
  failedAttempt: sqlite.prepare<[string, string]>('UPDATE sync_outbox SET attempts = attempts + 1, last_error = ? WHERE idempotency_key = ?'),
  attempts: sqlite.prepare<[string], number>('SELECT attempts FROM sync_outbox WHERE idempotency_key = ?').pluck(),
  pending: sqlite.prepare<[], number>('SELECT count(*) FROM sync_outbox WHERE acked_at IS NULL').pluck(),
  nextAttempt: sqlite.prepare<[], number | null>('SELECT min(next_attempt_at) FROM sync_outbox WHERE acked_at IS NULL AND held_reason IS NULL').pluck(),
}));

/** Entries whose turn has come, oldest first. */
export function dueEntries(sqlite: Sqlite, now: number, limit: number): PushEntry[] {
  return statements(sqlite)
    .due.all(now, limit)
    .map(({ key, payload }) => ({ key, item: wireItemSchema.parse(JSON.parse(payload)) }));
}

export function markAcknowledged(sqlite: Sqlite, keys: readonly string[], now: number): void {
  const { ack } = statements(sqlite);
  sqlite.transaction(() => keys.forEach((key) => ack.run(now, key)))();
}

/**
 * The CRM could not be reached: the entries stay due, and the sync service's
 * own backoff decides when the next round is, so that they all go the moment
 * the CRM answers again.
 */
export function recordFailedAttempt(sqlite: Sqlite, keys: readonly string[], error: string): void {
  const { failedAttempt } = statements(sqlite);
  sqlite.transaction(() => keys.forEach((key) => failedAttempt.run(error, key)))();
}

/** The CRM answered but did not take these entries: each is tried again after a backoff that grows with every attempt of that entry. */
export function markForRetry(sqlite: Sqlite, keys: readonly string[], error: string, now: number, policy: BackoffPolicy): void {
  const statement = statements(sqlite);
  sqlite.transaction(() => {
    for (const key of keys) {
      const attempts = (statement.attempts.get(key) ?? 0) + 1;
      statement.retry.run(error, now + backoffDelay(attempts, policy), key);
    }
  })();
}

export function pendingCount(sqlite: Sqlite): number {
  return statements(sqlite).pending.get() ?? 0;
}

/** When the earliest waiting entry may be tried (null: nothing waits). */
export function nextAttemptAt(sqlite: Sqlite): number | null {
  return statements(sqlite).nextAttempt.get() ?? null;
}
