import Database from 'better-sqlite3';
import { storeOn, type Sqlite, type Store } from './connection';
import { latestSchemaVersion, migrations } from './migrations';
import { registerSearchFunctions } from './search-functions';

export class SchemaTooNewError extends Error {
  constructor(
    readonly file: string,
    readonly fileVersion: number,
    readonly appVersion: number,
  ) {
    super(
      `The database ${file} has schema version ${fileVersion}, but this version of Parley knows only up to ${appVersion}. ` +
        'It was written by a newer Parley; the file was left untouched. Update Parley to open it.',
    );
    this.name = 'SchemaTooNewError';
  }
}

export interface OpenStoreOptions {
  /** Path of the native addon when the host's ABI differs from Node's (Electron). */
  nativeBinding?: string;
}

export function openStore(file: string, options: OpenStoreOptions = {}): Store {
  const sqlite = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    // Read before any write: a too-new file must stay byte-for-byte as it was.
    const fileVersion = sqlite.pragma('user_version', { simple: true }) as number;
    if (fileVersion > latestSchemaVersion) throw new SchemaTooNewError(file, fileVersion, latestSchemaVersion);

    sqlite.pragma('journal_mode = WAL');
    // FULL: every commit is on disk before it returns, so a power cut loses no saved draft or
    // outbox entry (NORMAL in WAL mode survives a killed process, not a lost machine).
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('busy_timeout = 5000');
    // Before migrating: a migration may backfill the search index, which calls them.
    registerSearchFunctions(sqlite);
    migrate(sqlite, fileVersion);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  return storeOn(sqlite);
}

/**
 * Applies the migrations the file lacks, each in its own transaction. Foreign
 * keys are off while they run (SQLite's procedure for rebuilding a table: with
 * them on, dropping the old table would cascade into its children) and every
 * migration must leave them consistent, checked before it commits.
 */
function migrate(sqlite: Sqlite, fromVersion: number): void {
  sqlite.pragma('foreign_keys = OFF');
  try {
    for (const migration of migrations) {
      if (migration.version <= fromVersion) continue;
      sqlite.transaction(() => {
        sqlite.exec(migration.sql);
        const broken = sqlite.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) throw new Error(`Migration ${migration.name} left ${broken.length} rows pointing at nothing`);
        sqlite.pragma(`user_version = ${migration.version}`);
      })();
    }
  } finally {
    sqlite.pragma('foreign_keys = ON');
  }
}
