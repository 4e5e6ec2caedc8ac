import { eq, sql } from 'drizzle-orm';
import type { Store } from '../connection';
import { syncCursors } from '../schema';

export function readSyncCursor(store: Store, stream: string): string | undefined {
  return store.orm.select({ cursor: syncCursors.cursor }).from(syncCursors).where(eq(syncCursors.stream, stream)).get()?.cursor;
}

export function writeSyncCursor(store: Store, stream: string, cursor: string, now: number): void {
  store.orm
    .insert(syncCursors)
    .values({ stream, cursor, updatedAt: now })
    .onConflictDoUpdate({ target: syncCursors.stream, set: { cursor: sql`excluded.cursor`, updatedAt: sql`excluded.updated_at` } })
    .run();
}
