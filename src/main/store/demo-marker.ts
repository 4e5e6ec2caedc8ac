import type { Sqlite } from './database';

const demoKey = 'demo.generatedAt';

/** Remembers that this database holds generated demo data, so the UI can say so. */
export function markDemoDatabase(sqlite: Sqlite, at: number): void {
  sqlite
    .prepare('INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES (?, ?, ?)')
    .run(demoKey, JSON.stringify(at), at);
}

export function isDemoDatabase(sqlite: Sqlite): boolean {
  return sqlite.prepare('SELECT 1 FROM settings WHERE key = ?').get(demoKey) !== undefined;
}
