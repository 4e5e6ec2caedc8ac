import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const root = join(import.meta.dirname, '../..');

export interface ImportRun {
  rows: number;
  seconds: number;
  peakRssMb: number;
}

/**
 * Imports `file` into `db` in a child process of its own (import-child.ts) and returns what it measured.
 * `maxHeapMb` caps V8's heap: the collector then runs before the heap grows lazily, so peak memory reflects
 * what the import holds rather than when garbage happened to be collected (and a file read whole would not fit).
 */
export async function runImportChild(mode: 'importer' | 'plain', file: string, db: string, maxHeapMb?: number): Promise<ImportRun> {
  const heapCap = maxHeapMb === undefined ? [] : [`--max-old-space-size=${maxHeapMb}`];
  const { stdout } = await promisify(execFile)(process.execPath, [...heapCap, join(root, 'scripts/run-ts.mjs'), join(root, 'tests/sync/import-child.ts'), '--mode', mode, '--file', file, '--db', db], {
    cwd: root,
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '') as ImportRun;
}
