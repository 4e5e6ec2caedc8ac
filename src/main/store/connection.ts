import type Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';
import { registerSearchFunctions } from './search-functions';

export type Sqlite = Database.Database;
type Orm = BetterSQLite3Database<typeof schema>;

/** The one database handle every service and query takes: the connection and drizzle's typed view of it. */
export interface Store {
  sqlite: Sqlite;
  orm: Orm;
  close(): void;
}

/** A Store on an open connection (openStore migrates first; this file stays free of the migrations so that plain Node tools can load it). */
export function storeOn(sqlite: Sqlite): Store {
  registerSearchFunctions(sqlite);
  return { sqlite, orm: drizzle(sqlite, { schema }), close: () => sqlite.close() };
}

/**
 * Runs work as one transaction: everything it writes is stored together or
 * not at all. Nested calls join the caller's transaction (a savepoint).
 */
export function inTransaction<T>(store: Store, work: () => T): T {
  return store.sqlite.transaction(work)();
}
