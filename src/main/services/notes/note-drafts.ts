import type { PendingWrapUp } from '@shared/domain/wrap-up';
import type { Sqlite } from '../../store/database';
import { preparedPerDatabase } from '../../store/prepared';

const statements = preparedPerDatabase((sqlite: Sqlite) => ({
  save: sqlite.prepare<{ interactionId: number; body: string; now: number }>(
    `INSERT INTO note_drafts (interaction_id, body, updated_at) VALUES (:interactionId, :body, :now)
     ON CONFLICT (interaction_id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
  ),
  discard: sqlite.prepare<[number]>('DELETE FROM note_drafts WHERE interaction_id = ?'),
  exists: sqlite.prepare<[number], number>('SELECT 1 FROM interactions WHERE id = ?').pluck(),
  pending: sqlite.prepare<[number], PendingWrapUp>(
    `SELECT i.id AS interactionId, i.customer_id AS customerId, i.direction,
            CASE i.direction WHEN 'inbound' THEN i.from_number ELSE i.to_number END AS remote,
            i.started_at AS startedAt, d.body AS draft, d.updated_at AS draftSavedAt
     FROM note_drafts d JOIN interactions i ON i.id = d.interaction_id
     ORDER BY d.updated_at DESC LIMIT ?`,
  ),
}));

/**
 * Saves the note the agent is typing about a call, as it is typed: one row per
 * call, overwritten each time. SQLite in WAL mode has it on disk when this
 * returns, so killing either process loses at most the keystrokes of the
 * renderer's debounce window.
 */
export function saveNoteDraft(sqlite: Sqlite, interactionId: number, body: string, now = Date.now()): 'saved' | 'no-call' {
  const prepared = statements(sqlite);
  if (prepared.exists.get(interactionId) === undefined) return 'no-call';
  prepared.save.run({ interactionId, body, now });
  return 'saved';
}

/** The draft became a note (or was given up): it no longer waits. */
export function discardNoteDraft(sqlite: Sqlite, interactionId: number): void {
  statements(sqlite).discard.run(interactionId);
}

/** Calls whose note was being written when the console stopped: newest first, to finish on the next start. */
export function listPendingWrapUps(sqlite: Sqlite, limit = 20): PendingWrapUp[] {
  return statements(sqlite).pending.all(limit);
}
