import { closeSync, openSync, writeSync } from 'node:fs';
import Database from 'better-sqlite3';

/** Overwrites one page of the file with garbage, as a failing disk or a half-copied file would. */
export function damagePage(file: string, page: number, pageSize: number): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (page - 1) * pageSize);
  closeSync(fd);
}

/**
 * Damages the pages of the customers table and its indexes in a closed
 * database file: the cache is unreadable, the outbox and settings are not.
 */
export function damageCustomerPages(file: string): void {
  const sqlite = new Database(file);
  const pages = sqlite.prepare("SELECT rootpage FROM sqlite_master WHERE tbl_name = 'customers' AND rootpage > 0").pluck().all() as number[];
  const pageSize = sqlite.pragma('page_size', { simple: true }) as number;
  // Everything in the main file first: damage written under a WAL would be overwritten by its checkpoint.
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  sqlite.close();
  for (const page of pages) damagePage(file, page, pageSize);
}
