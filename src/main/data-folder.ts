import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { secretsFileName } from './services/secrets/file-secret-store';
import { databaseFileName } from './store/open-app-store';

/** Customer data and secrets: readable by this OS user only (SQLite gives its -wal and -shm files the database's mode). */
const privateFiles = [databaseFileName, `${databaseFileName}-wal`, `${databaseFileName}-shm`, secretsFileName];

/**
 * Makes the data folder this OS user's alone (0700) and creates the database
 * file 0600 before SQLite does (it would follow the umask, often 0644).
 * Files left readable by an older version are tightened too.
 */
export function prepareDataFolder(dataDir: string): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  chmodSync(dataDir, 0o700);
  const database = join(dataDir, databaseFileName);
  if (!existsSync(database)) closeSync(openSync(database, 'a', 0o600));
  restrictDataFiles(dataDir);
}

/** Again after opening: a database recovered from damage is a new file, made by SQLite. */
export function restrictDataFiles(dataDir: string): void {
  for (const name of privateFiles) {
    const file = join(dataDir, name);
    if (existsSync(file)) chmodSync(file, 0o600);
  }
}
