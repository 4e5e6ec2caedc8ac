import type { Orm } from '../../store/database';
import { notes } from '../../store/schema';

export interface NewNote {
  customerId: number;
  interactionId: number | null;
  author: string;
  body: string;
}

/** Every note the console writes goes through here (the one place a CRM sync hooks into). */
export function addNote(orm: Orm, note: NewNote, now = Date.now()): number {
  const [row] = orm.insert(notes).values({ ...note, createdAt: now }).returning({ id: notes.id }).all();
  if (!row) throw new Error('The note was not stored');
  return row.id;
}
