import { existsSync, renameSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { StoreRecovery } from '@shared/domain/store-recovery';
import type { Store } from './connection';
import type { OpenStoreOptions } from './database';

/** SQLite's result codes for a damaged file (and a file that is not a database at all). */
export function isCorruption(error: unknown): error is Error {
  return error instanceof Database.SqliteError && /^SQLITE_(CORRUPT|NOTADB)/.test(error.code);
}

type SalvagedRow = Record<string, unknown>;

interface Salvaged {
  outbox: SalvagedRow[];
  settings: SalvagedRow[];
  /** Wrap-up drafts, each with its call (drafts point at a call, and the cache that held it is rebuilt). */
  calls: SalvagedRow[];
  drafts: SalvagedRow[];
  /** Script and evaluation form versions saved here that the CRM has not acknowledged: nowhere else yet. */
  scripts: SalvagedRow[];
  scorecardForms: SalvagedRow[];
}

/** Reads what it can; a table the damage reaches gives nothing, and the others are still read. */
function salvage(file: string, options: OpenStoreOptions): Salvaged {
  const found: Salvaged = { outbox: [], settings: [], calls: [], drafts: [], scripts: [], scorecardForms: [] };
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
  found.drafts = read('SELECT interaction_id, body, wrap_up, updated_at FROM note_drafts WHERE interaction_id IS NOT NULL');
  found.calls = read(
    `SELECT id, external_id, direction, from_number, to_number, sip_call_id, started_at, answered_at, ended_at, agent, outcome, customer_wanted, we_offered
     FROM interactions WHERE id IN (SELECT interaction_id FROM note_drafts)`,
  );
  found.scripts = read(
    `SELECT slug, version, title, body, created_at, created_by FROM scripts s
     WHERE EXISTS (SELECT 1 FROM sync_outbox o WHERE o.acked_at IS NULL AND o.entity = 'script'
                   AND json_extract(o.payload, '$.slug') = s.slug AND json_extract(o.payload, '$.version') = s.version)`,
  );
  found.scorecardForms = read(
    `SELECT slug, version, title, questions, created_at, created_by FROM scorecard_forms f
     WHERE EXISTS (SELECT 1 FROM sync_outbox o WHERE o.acked_at IS NULL AND o.entity = 'scorecard_form'
                   AND json_extract(o.payload, '$.slug') = f.slug AND json_extract(o.payload, '$.version') = f.version)`,
  );
  damaged.close();
  return found;
}

/**
 * The database file is damaged. The cache can always be rebuilt from the CRM,
 * but what the agent did that the CRM has not acknowledged exists only here:
 * the file is moved aside (never deleted), unsent outbox entries, settings,
 * unfinished wrap-up drafts (with their calls, under the same ids the page's
 * draft journal uses) and script and form versions not yet acknowledged are copied out
 * as far as the damage allows, and a new file is started whose empty sync
 * cursor makes the next sync pull everything again. A salvaged call is not
 * linked to its customer (the customers are refilled later) and carries no
 * codes (the code lists are too): its draft still holds what was chosen.
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
  const insertCall = store.sqlite.prepare(
    `INSERT OR IGNORE INTO interactions (id, external_id, direction, from_number, to_number, sip_call_id, started_at, answered_at, ended_at, agent, outcome, customer_wanted, we_offered)
     VALUES (@id, @external_id, @direction, @from_number, @to_number, @sip_call_id, @started_at, @answered_at, @ended_at, @agent, @outcome, @customer_wanted, @we_offered)`,
  );
  const insertDraft = store.sqlite.prepare(
    `INSERT OR IGNORE INTO note_drafts (interaction_id, body, wrap_up, updated_at)
     SELECT @interaction_id, @body, @wrap_up, @updated_at WHERE EXISTS (SELECT 1 FROM interactions WHERE id = @interaction_id)`,
  );
  const insertScript = store.sqlite.prepare(
    `INSERT OR IGNORE INTO scripts (slug, version, title, body, created_at, created_by)
     SELECT @slug, @version, @title, @body, @created_at, @created_by WHERE json_valid(@body)`,
  );
  const insertScorecardForm = store.sqlite.prepare(
    `INSERT OR IGNORE INTO scorecard_forms (slug, version, title, questions, created_at, created_by)
     SELECT @slug, @version, @title, @questions, @created_at, @created_by WHERE json_valid(@title) AND json_valid(@questions)`,
  );
  // A row the damage garbled breaks a constraint: it is left behind (still in the kept file), the rest is copied.
  const copy = (rows: SalvagedRow[], insert: Database.Statement) =>
    rows.reduce((total, row) => {
      try {
        return total + insert.run(row).changes;
      } catch (error) {
        if (error instanceof Database.SqliteError && error.code.startsWith('SQLITE_CONSTRAINT')) return total;
        throw error;
      }
    }, 0);
  const counts = store.sqlite.transaction(() => {
    copy(found.calls, insertCall);
    return {
      outboxRecovered: copy(found.outbox, insertOutbox),
      settingsRecovered: copy(found.settings, insertSetting),
      draftsRecovered: copy(found.drafts, insertDraft),
      scriptsRecovered: copy(found.scripts, insertScript),
      scorecardFormsRecovered: copy(found.scorecardForms, insertScorecardForm),
    };
  })();
  return { store, recovery: { reason, keptAt, ...counts } };
}
