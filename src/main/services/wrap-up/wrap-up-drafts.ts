import { emptyWrapUpDraft, wrapUpDraftSchema, type PendingWrapUp, type WrapUpDraft } from '@shared/domain/wrap-up';
import type { Sqlite } from '../../store/database';
import { preparedPerDatabase } from '../../store/prepared';

interface PendingRow extends Omit<PendingWrapUp, 'draft'> {
  note: string;
  wrapUp: string | null;
}

const statements = preparedPerDatabase((sqlite: Sqlite) => ({
  save: sqlite.prepare<{ interactionId: number; body: string; wrapUp: string; now: number }>(
    `INSERT INTO note_drafts (interaction_id, body, wrap_up, updated_at) VALUES (:interactionId, :body, :wrapUp, :now)
     ON CONFLICT (interaction_id) DO UPDATE SET body = excluded.body, wrap_up = excluded.wrap_up, updated_at = excluded.updated_at`,
  ),
  discard: sqlite.prepare<[number]>('DELETE FROM note_drafts WHERE interaction_id = ?'),
  wrappedUpAt: sqlite.prepare<[number], number | null>('SELECT wrapped_up_at FROM interactions WHERE id = ?').pluck(),
  pending: sqlite.prepare<[number], PendingRow>(
    `SELECT i.id AS interactionId, i.customer_id AS customerId, i.direction,
            CASE i.direction WHEN 'inbound' THEN i.from_number ELSE i.to_number END AS remote,
            i.started_at AS startedAt, d.body AS note, d.wrap_up AS wrapUp, d.updated_at AS draftSavedAt
     FROM note_drafts d JOIN interactions i ON i.id = d.interaction_id
     ORDER BY d.updated_at DESC LIMIT ?`,
  ),
}));

const draftFieldsSchema = wrapUpDraftSchema.omit({ note: true });

/** A draft saved before the whole wrap-up was drafted (or damaged) keeps its note and starts the rest empty. */
function readDraft(note: string, wrapUp: string | null): WrapUpDraft {
  if (wrapUp === null) return { ...emptyWrapUpDraft, note };
  const fields = draftFieldsSchema.safeParse(JSON.parse(wrapUp));
  return { ...(fields.success ? fields.data : emptyWrapUpDraft), note };
}

/**
 * Saves the wrap-up the agent is typing about a call, as it is typed: one row
 * per call, overwritten each time. SQLite in WAL mode has it on disk when this
 * returns; what the renderer typed since its last save waits in its journal.
 */
export function saveWrapUpDraft(sqlite: Sqlite, interactionId: number, draft: WrapUpDraft, now = Date.now()): 'saved' | 'no-call' | 'wrapped-up' {
  const prepared = statements(sqlite);
  const wrappedUpAt = prepared.wrappedUpAt.get(interactionId);
  if (wrappedUpAt === undefined) return 'no-call';
  // A draft arriving after the wrap-up was saved is stale (still in flight, or replayed from the page's journal).
  if (wrappedUpAt !== null) return 'wrapped-up';
  const { note, ...fields } = draft;
  prepared.save.run({ interactionId, body: note, wrapUp: JSON.stringify(fields), now });
  return 'saved';
}

/** The draft became a wrap-up: it no longer waits. */
export function discardWrapUpDraft(sqlite: Sqlite, interactionId: number): void {
  statements(sqlite).discard.run(interactionId);
}

/** Calls whose wrap-up was being written when the console stopped: newest first, to finish on the next start. */
export function listPendingWrapUps(sqlite: Sqlite, limit = 20): PendingWrapUp[] {
  return statements(sqlite)
    .pending.all(limit)
    .map(({ note, wrapUp, ...call }) => ({ ...call, draft: readDraft(note, wrapUp) }));
}
