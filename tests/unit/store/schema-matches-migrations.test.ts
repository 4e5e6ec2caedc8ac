import { join } from 'node:path';
import { is } from 'drizzle-orm';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { expect, it } from 'vitest';
import { openStore } from '../../../src/main/store/database';
import * as schema from '../../../src/main/store/schema';
import { useTempDir } from '../support/temp-store';

interface Column {
  type: string;
  notNull: boolean;
  primaryKey: boolean;
}

type Tables = Record<string, Record<string, Column>>;

function drizzleTables(): Tables {
  const tables: Tables = {};
  for (const value of Object.values(schema)) {
    if (!is(value, SQLiteTable)) continue;
    const config = getTableConfig(value);
    const compositeKey = new Set(config.primaryKeys.flatMap((key) => key.columns.map((column) => column.name)));
    tables[config.name] = Object.fromEntries(
      config.columns.map((column) => [
        column.name,
        { type: column.getSQLType().toUpperCase(), notNull: column.notNull, primaryKey: column.primary || compositeKey.has(column.name) },
      ]),
    );
  }
  return tables;
}

/** Every ordinary table of a freshly migrated file: full-text indexes (virtual tables and their shadows) are the triggers' business, not drizzle's. */
function migratedTables(file: string): Tables {
  const store = openStore(file);
  try {
    const all = store.sqlite.prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all();
    const virtual = all.filter((table) => table.sql.startsWith('CREATE VIRTUAL TABLE')).map((table) => table.name);
    const names = all.map((table) => table.name).filter((name) => !virtual.some((index) => name === index || name.startsWith(`${index}_`)));
    const tables: Tables = {};
    for (const name of names) {
      const columns = store.sqlite.prepare<[string], { name: string; type: string; notnull: number; pk: number }>('SELECT * FROM pragma_table_info(?)').all(name);
      // An INTEGER PRIMARY KEY is the rowid: SQLite never stores NULL there, though table_info reports notnull 0.
      tables[name] = Object.fromEntries(
        columns.map((column) => [column.name, { type: column.type, notNull: column.notnull === 1 || (column.pk > 0 && column.type === 'INTEGER'), primaryKey: column.pk > 0 }]),
      );
    }
    return tables;
  } finally {
    store.close();
  }
}

const tempDir = useTempDir();

it('the drizzle schema describes exactly the tables and columns the SQL migrations create, both ways', () => {
  const migrated = migratedTables(join(tempDir(), 'parley.sqlite'));
  const described = drizzleTables();
  expect(Object.keys(described).sort()).toEqual(Object.keys(migrated).sort());
  for (const [table, columns] of Object.entries(migrated)) {
    expect(described[table], `columns of ${table}`).toEqual(columns);
  }
});
