import type { Sqlite, Store } from '../../store/connection';
import { preparedPerDatabase } from '../../store/prepared';
import { readSetting, writeSetting } from '../../store/queries/settings';
import { readSyncCursor, writeSyncCursor } from '../../store/queries/sync-cursors';
import type { ItemOutcome } from './item-report';
import { initialCursor } from './wire';

const changesStream = 'crm.changes';
const lastSyncKey = 'sync.last-success';

const statements = preparedPerDatabase((sqlite: Sqlite) => ({
  audit: sqlite.prepare<[number, string, string, string | null, string]>(
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, details) VALUES (?, 'sync', ?, ?, ?, ?)`,
  ),
}));

/** Where pulling resumes: saved in the same transaction as the page it follows, so a kill never skips or repeats a page's effect. */
export function readCursor(store: Store): string {
  return readSyncCursor(store, changesStream) ?? initialCursor;
}

export function saveCursor(store: Store, cursor: string, now: number): void {
  writeSyncCursor(store, changesStream, cursor, now);
}

/** When the console last caught up with the CRM completely (pulled to the end and pushed all that was due). */
export function readLastSyncAt(store: Store): number | null {
  const value = readSetting(store, lastSyncKey);
  return typeof value === 'number' ? value : null;
}

export function saveLastSyncAt(store: Store, at: number): void {
  writeSetting(store, lastSyncKey, at, at);
}

/** Items refused or adjusted go to the audit log: kind, id and the reasons (field and rule), never the values. */
export function recordOutcome(sqlite: Sqlite, outcome: ItemOutcome, source: string, now: number): void {
  if (outcome.reasons.length === 0) return;
  const action = outcome.status === 'rejected' ? 'sync.item-rejected' : 'sync.item-adjusted';
  statements(sqlite).audit.run(now, action, outcome.kind, outcome.id, JSON.stringify({ source, reasons: outcome.reasons }));
}
