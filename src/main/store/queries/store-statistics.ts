import type { Store } from '../connection';

export interface StoreStatistics {
  schemaVersion: number;
  /** `ok`, or SQLite's first complaints (PRAGMA integrity_check). */
  integrity: string[];
  rowCounts: Record<string, number>;
  pageSize: number;
  pageCount: number;
}

/** What a support engineer needs to know about the database without a single row of it. */
export function storeStatistics(store: Store): StoreStatistics {
  const { sqlite } = store;
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const rowCounts: Record<string, number> = {};
  for (const table of tables) {
    // Table names come from sqlite_master, quoted as identifiers.
    rowCounts[table] = sqlite.prepare(`SELECT count(*) FROM "${table.replace(/"/g, '""')}"`).pluck().get() as number;
  }
  return {
    schemaVersion: sqlite.pragma('user_version', { simple: true }) as number,
    integrity: (sqlite.pragma('integrity_check(20)') as { integrity_check: string }[]).map((row) => row.integrity_check),
    rowCounts,
    pageSize: sqlite.pragma('page_size', { simple: true }) as number,
    pageCount: sqlite.pragma('page_count', { simple: true }) as number,
  };
}
