import { existsSync, renameSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { StoreRecovery } from '@shared/domain/store-recovery';
import type { OpenStoreOptions, Store } from './database';

/** SQLite's result codes for a damaged file (and a file that is not a database at all). */
export function isCorruption(error: unknown): error is Error {
  return error instanceof Database.SqliteError && /^SQLITE_(CORRUPT|NOTADB)/.test(error.code);
}

type SalvagedRow = Record<string, unknown>;

/** Reads what it can; a table the damage reaches gives nothing, and the others are still read. */
function salvage(file: string, options: OpenStoreOptions): { outbox: SalvagedRow[]; settings: SalvagedRow[] } {
  const found = { outbox: [] as SalvagedRow[], settings: [] as SalvagedRow[] };
  let damaged: Database.Database;
  try {
    damaged = new Database(file, { readonly: true, fileMustExist: true, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  } catch {
    return found;
  }
  const read = (sql: string): SalvagedRow[] => {
    try {
      return damaged.prepare<[], SalvagedRow>(sql).all();
    } catch {
      return [];
    }
  };
  found.outbox = read('SELECT idempotency_key, entity, operation, payload, created_at FROM sync_outbox WHERE acked_at IS NULL');
  found.settings = read('SELECT key, value, updated_at FROM settings');
  damaged.close();
  return found;
}

/**
 * The database file is damaged. The cache can always be rebuilt from the CRM,
 * but what the agent did that the CRM has not acknowledged exists only here:
 * the file is moved aside (never deleted), unsent outbox entries and settings
 * are copied out as far as the damage allows, and a new file is started whose
 * empty sync cursor makes the next sync pull everything again.
 */
export function recoverCorruptStore(file: string, reason: string, open: () => Store, options: OpenStoreOptions, now = Date.now()): { store: Store; recovery: StoreRecovery } {
  const found = salvage(file, options);
  const keptAt = `${file}.damaged-${new Date(now).toISOString().replace(/[:.]/g, '-')}`;
  for (const suffix of ['', '-wal', '-shm']) if (existsSync(file + suffix)) renameSync(file + suffix, keptAt + suffix);

  const store = open();
  const insertOutbox = store.sqlite.prepare(
    `INSERT OR IGNORE INTO sync_outbox (idempotency_key, entity, operation, payload, created_at, next_attempt_at)
     SELECT @idempotency_key, @entity, @operation, @payload, @created_at, @created_at WHERE json_valid(@payload)`,
  );
  const insertSetting = store.sqlite.prepare('INSERT OR IGNORE INTO settings (key, value, updated_at) SELECT @key, @value, @updated_at WHERE json_valid(@value)');
  const counts = store.sqlite.transaction(() => ({
    outboxRecovered: found.outbox.reduce((total, row) => total + insertOutbox.run(row).changes, 0),
    settingsRecovered: found.settings.reduce((total, row) => total + insertSetting.run(row).changes, 0),
  }))();
  return { store, recovery: { reason, keptAt, ...counts } };
}
