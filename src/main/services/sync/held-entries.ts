import type { HeldEntry } from '@shared/domain/held-entry';
import type { Sqlite } from '../../store/database';
import { preparedPerDatabase } from '../../store/prepared';

const statements = preparedPerDatabase((sqlite: Sqlite) => ({
  hold: sqlite.prepare<[string, string]>('UPDATE sync_outbox SET attempts = attempts + 1, held_reason = ? WHERE idempotency_key = ? AND acked_at IS NULL'),
  list: sqlite.prepare<[], HeldEntry>(
    `SELECT idempotency_key AS key, entity AS kind, created_at AS createdAt, held_reason AS reason
     FROM sync_outbox WHERE acked_at IS NULL AND held_reason IS NOT NULL ORDER BY id`,
  ),
  retry: sqlite.prepare<[number, string]>(
    'UPDATE sync_outbox SET held_reason = NULL, attempts = 0, next_attempt_at = ? WHERE idempotency_key = ? AND held_reason IS NOT NULL AND acked_at IS NULL',
  ),
  held: sqlite.prepare<[string], { entity: string; payload: string; reason: string }>(
    'SELECT entity, payload, held_reason AS reason FROM sync_outbox WHERE idempotency_key = ? AND held_reason IS NOT NULL AND acked_at IS NULL',
  ),
  remove: sqlite.prepare<[string]>('DELETE FROM sync_outbox WHERE idempotency_key = ?'),
  audit: sqlite.prepare<[number, string, string, string, string]>(
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, details) VALUES (?, ?, 'sync.entry-discarded', ?, ?, ?)`,
  ),
}));

/** The CRM refused these for good: they wait for a person instead of being sent again every few minutes. */
export function holdEntry(sqlite: Sqlite, key: string, reason: string): void {
  statements(sqlite).hold.run(reason, key);
}

export function listHeldEntries(sqlite: Sqlite): HeldEntry[] {
  return statements(sqlite).list.all();
}

/** Sends it again at the next round (the CRM's side was fixed). */
export function retryHeldEntry(sqlite: Sqlite, key: string, now = Date.now()): 'queued' | 'not-held' {
  return statements(sqlite).retry.run(now, key).changes > 0 ? 'queued' : 'not-held';
}

/**
 * Gives the change up: it will never reach the CRM. The audit log keeps who
 * did it, what it was (kind and id) and the CRM's reason — not its values.
 */
export function discardHeldEntry(sqlite: Sqlite, key: string, by: string, now = Date.now()): 'discarded' | 'not-held' {
  const statement = statements(sqlite);
  return sqlite.transaction(() => {
    const entry = statement.held.get(key);
    if (!entry) return 'not-held' as const;
    const { id } = JSON.parse(entry.payload) as { id: string };
    statement.audit.run(now, by, entry.entity, id, JSON.stringify({ key, reason: entry.reason }));
    statement.remove.run(key);
    return 'discarded' as const;
  })();
}
