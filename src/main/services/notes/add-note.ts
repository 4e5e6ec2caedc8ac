import type { Store } from '../../store/database';
import { notes } from '../../store/schema';
import { enqueue } from '../sync/outbox';

export interface NewNote {
  customerId: number;
  interactionId: number | null;
  author: string;
  body: string;
}

/** Every note the console writes goes through here, and into the CRM's outbox with it (saved together or not at all). */
export function addNote(store: Store, note: NewNote, now = Date.now()): number {
  return store.sqlite.transaction(() => {
    const [row] = store.orm.insert(notes).values({ ...note, createdAt: now }).returning({ id: notes.id }).all();
    if (!row) throw new Error('The note was not stored');
    enqueue(store.sqlite, { kind: 'note', localId: row.id }, now);
    return row.id;
  })();
}
