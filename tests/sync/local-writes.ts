import { enqueue } from '../../src/main/services/sync/outbox';
import type { Sqlite, Store } from '../../src/main/store/connection';

/** What the wrap-up service does when an agent saves a note: the row and its outbox entry, in one transaction. */
export function writeNote(store: Store, customerId: number, body: string, now = Date.now()): { noteId: number; externalId: string } {
  return store.sqlite.transaction(() => {
    const noteId = Number(
      store.sqlite.prepare("INSERT INTO notes (customer_id, author, body, created_at) VALUES (?, 'agent-7', ?, ?)").run(customerId, body, now).lastInsertRowid,
    );
    return { noteId, externalId: enqueue(store, { kind: 'note', localId: noteId }, now).externalId };
  })();
}

export function insertCustomer(sqlite: Sqlite, externalId: string | null = null): number {
  return Number(
    sqlite
      .prepare("INSERT INTO customers (external_id, first_name, last_name, display_name, created_at, updated_at) VALUES (?, 'Grace', 'Hopper', 'Grace Hopper', 0, 0)")
      .run(externalId).lastInsertRowid,
  );
}
