import type { Sqlite } from '../../store/database';
import { preparedPerDatabase } from '../../store/prepared';
import type { ItemOutcome } from './item-report';
import { initialCursor } from './wire';

const changesStream = 'crm.changes';
const lastSyncKey = 'sync.last-success';

const statements = preparedPerDatabase((sqlite: Sqlite) => ({
  cursor: sqlite.prepare<[string], string>('SELECT cursor FROM sync_cursors WHERE stream = ?').pluck(),
  saveCursor: sqlite.prepare<[string, string, number]>(
    'INSERT INTO sync_cursors (stream, cursor, updated_at) VALUES (?, ?, ?) ON CONFLICT (stream) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at',
  ),
  lastSync: sqlite.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck(),
  saveLastSync: sqlite.prepare<[string, string, number]>(
    'INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at',
  ),
  audit: sqlite.prepare<[number, string, string, string | null, string]>(
    `INSERT INTO audit_log (at, actor, action, entity, entity_id, details) VALUES (?, 'sync', ?, ?, ?, ?)`,
  ),
}));

/** Where pulling resumes: saved in the same transaction as the page it follows, so a kill never skips or repeats a page's effect. */
export function readCursor(sqlite: Sqlite): string {
  return statements(sqlite).cursor.get(changesStream) ?? initialCursor;
}

export function saveCursor(sqlite: Sqlite, cursor: string, now: number): void {
  statements(sqlite).saveCursor.run(changesStream, cursor, now);
}

/** When the console last caught up with the CRM completely (pulled to the end and pushed all that was due). */
export function readLastSyncAt(sqlite: Sqlite): number | null {
  const value = statements(sqlite).lastSync.get(lastSyncKey);
  const parsed = value === undefined ? null : (JSON.parse(value) as unknown);
  return typeof parsed === 'number' ? parsed : null;
}

export function saveLastSyncAt(sqlite: Sqlite, at: number): void {
  statements(sqlite).saveLastSync.run(lastSyncKey, JSON.stringify(at), at);
}

/** Items refused or adjusted go to the audit log: kind, id and the reasons (field and rule), never the values. */
export function recordOutcome(sqlite: Sqlite, outcome: ItemOutcome, source: string, now: number): void {
  if (outcome.reasons.length === 0) return;
  const action = outcome.status === 'rejected' ? 'sync.item-rejected' : 'sync.item-adjusted';
  statements(sqlite).audit.run(now, action, outcome.kind, outcome.id, JSON.stringify({ source, reasons: outcome.reasons }));
}
