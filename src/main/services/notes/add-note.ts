import { inTransaction, type Store } from '../../store/connection';
import { insertNote } from '../../store/queries/notes';
import { enqueue } from '../sync/outbox';

export interface NewNote {
  customerId: number;
  interactionId: number | null;
  author: string;
  body: string;
}

/** Every note the console writes goes through here, and into the CRM's outbox with it (saved together or not at all). */
export function addNote(store: Store, note: NewNote, now = Date.now()): number {
  return inTransaction(store, () => {
    const id = insertNote(store, { ...note, createdAt: now });
    enqueue(store, { kind: 'note', localId: id }, now);
    return id;
  });
}
