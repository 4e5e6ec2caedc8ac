import { eq, sql } from 'drizzle-orm';
import type { Store } from '../connection';
import { preparedPerDatabase } from '../prepared';
import { notes } from '../schema';

type NoteRow = typeof notes.$inferSelect;

export function insertNote(store: Store, note: typeof notes.$inferInsert): number {
  const [row] = store.orm.insert(notes).values(note).returning({ id: notes.id }).all();
  if (!row) throw new Error('The note was not stored');
  return row.id;
}

// Read for every note's outbox entry.
const noteStatement = preparedPerDatabase((store: Store) => store.orm.select().from(notes).where(eq(notes.id, sql.placeholder('id'))).prepare());

export function findNote(store: Store, id: number): NoteRow | undefined {
  return noteStatement(store).get({ id });
}
