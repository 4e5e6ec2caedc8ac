import { and, eq, lt, sql } from 'drizzle-orm';
import type { Store } from '../connection';
import { preparedPerDatabase } from '../prepared';
import { promises } from '../schema';

// Reads the partial index promises_open_by_owner (migration 0016): one agent's open promises by due time.
const statements = preparedPerDatabase((store: Store) => ({
  overdue: store.orm
    .select({ count: sql<number>`count(*)` })
    .from(promises)
    .where(and(eq(promises.ownerName, sql.placeholder('owner')), eq(promises.status, 'open'), lt(promises.dueAt, sql.placeholder('now'))))
    .prepare(),
}));

/** Open promises of this owner whose due time is before `now`. */
export function overduePromisesOf(store: Store, ownerName: string, now: number): number {
  return statements(store).overdue.get({ owner: ownerName, now })?.count ?? 0;
}
