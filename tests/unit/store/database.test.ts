import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore, SchemaTooNewError } from '../../../src/main/store/database';
import { latestSchemaVersion, migrations } from '../../../src/main/store/migrations';
import { useTempDir } from '../support/temp-store';

describe('opening the store', () => {
  const tempDir = useTempDir();

  it('creates a fresh database at the latest schema, in WAL mode with foreign keys on', () => {
    const store = openStore(join(tempDir(), 'parley.sqlite'));
    expect(store.sqlite.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(store.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    const tables = store.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining([
        'customers', 'customer_phones', 'customer_tags', 'interactions', 'interaction_root_causes', 'notes',
        'note_drafts', 'promises', 'disposition_codes', 'root_cause_codes', 'scripts', 'script_runs',
        'sync_outbox', 'sync_cursors', 'audit_log', 'settings', 'customer_search', 'note_search', 'phone_search',
      ]),
    );
    store.close();
  });

  it('keeps data across restarts and does not re-run applied migrations', () => {
    const file = join(tempDir(), 'parley.sqlite');
    const first = openStore(file);
    first.sqlite.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('language', '\"ru\"', 1)").run();
    first.close();
    const second = openStore(file);
    expect(second.sqlite.prepare("SELECT value FROM settings WHERE key = 'language'").pluck().get()).toBe('"ru"');
    second.close();
  });

  it('refuses a database written by a newer Parley and leaves the file byte-for-byte untouched', () => {
    const file = join(tempDir(), 'parley.sqlite');
    const newer = new Database(file);
    newer.exec('CREATE TABLE future_things (id INTEGER PRIMARY KEY)');
    newer.pragma(`user_version = ${latestSchemaVersion + 1}`);
    newer.close();
    const before = readFileSync(file);

    expect(() => openStore(file)).toThrow(SchemaTooNewError);
    expect(() => openStore(file)).toThrow(new RegExp(`schema version ${latestSchemaVersion + 1}.*knows only up to ${latestSchemaVersion}.*left untouched`, 's'));
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('rejects a phone number that is not E.164 and a dangling customer reference', () => {
    const store = openStore(join(tempDir(), 'parley.sqlite'));
    const insertPhone = store.sqlite.prepare('INSERT INTO customer_phones (customer_id, e164) VALUES (?, ?)');
    expect(() => insertPhone.run(999, '+79161234567')).toThrow(/FOREIGN KEY/);
    store.sqlite
      .prepare("INSERT INTO customers (id, first_name, last_name, display_name, created_at, updated_at) VALUES (1, 'A', 'B', 'A B', 1, 1)")
      .run();
    expect(() => insertPhone.run(1, '8 916 123-45-67')).toThrow(/CHECK/);
    store.close();
  });

  it('upgrades a version 1 file: calls keep their notes, drafts and promises, and a call can now be live', () => {
    const file = join(tempDir(), 'parley.sqlite');
    const v1 = new Database(file);
    v1.exec(migrations[0]?.sql ?? '');
    v1.pragma('user_version = 1');
    v1.exec(`
      INSERT INTO customers (id, first_name, last_name, display_name, created_at, updated_at) VALUES (1, 'Олена', 'Коваль', 'Олена Коваль', 1, 1);
      INSERT INTO interactions (id, customer_id, direction, from_number, to_number, started_at, ended_at, outcome) VALUES (7, 1, 'inbound', '+380441234567', 'anna', 10, 20, 'answered');
      INSERT INTO notes (customer_id, interaction_id, author, body, created_at) VALUES (1, 7, 'anna', 'Просила перезвонить', 30);
      INSERT INTO note_drafts (interaction_id, body, updated_at) VALUES (7, 'черновик', 31);
      INSERT INTO promises (customer_id, interaction_id, description, owner_type, owner_name, due_at, status_changed_at, created_at)
        VALUES (1, 7, 'Перезвонить', 'me', 'anna', 40, 30, 30);`);
    v1.close();

    const store = openStore(file);
    expect(store.sqlite.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(store.sqlite.prepare('SELECT interaction_id FROM notes').pluck().get()).toBe(7);
    expect(store.sqlite.prepare('SELECT body FROM note_drafts WHERE interaction_id = 7').pluck().get()).toBe('черновик');
    expect(store.sqlite.prepare('SELECT interaction_id FROM promises').pluck().get()).toBe(7);
    store.sqlite.prepare("INSERT INTO interactions (direction, from_number, to_number, started_at) VALUES ('outbound', 'anna', '+380441234567', 50)").run();
    expect(() => store.sqlite.prepare("INSERT INTO interactions (direction, from_number, to_number, started_at, ended_at) VALUES ('outbound', 'a', 'b', 1, 2)").run()).toThrow(/CHECK/);
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    store.close();
  });

  it('numbers its migrations without gaps, starting at 1', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(migrations.map((_, index) => index + 1));
  });
});
