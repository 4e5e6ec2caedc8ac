import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = join(import.meta.dirname, '../..');

export interface ImportRun {
  rows: number;
  seconds: number;
  peakRssMb: number;
}

/** Imports `file` into `db` in a child process of its own (import-child.ts) and returns what it measured. */
export async function runImportChild(mode: 'importer' | 'plain', file: string, db: string): Promise<ImportRun> {
  const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'scripts/run-ts.mjs'), join(root, 'tests/sync/import-child.ts'), '--mode', mode, '--file', file, '--db', db], {
    cwd: root,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as ImportRun;
}
