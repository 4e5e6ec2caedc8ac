import { existsSync, renameSync, rmSync } from 'node:fs';
import { parse, join } from 'node:path';

/** The name of the n-th archive of a log file: main.log → main.1.log (newest) … main.4.log (oldest). */
export function archivedLogName(file: string, n: number): string {
  const { dir, name, ext } = parse(file);
  return join(dir, `${name}.${n}${ext}`);
}

/**
 * Shifts main.log into main.1.log and every older archive one place up,
 * dropping the oldest: at most `keep` archives beside the live file, so the
 * logs stay under (keep + 1) × maxSize on disk.
 */
export function rotateLogFiles(file: string, keep: number): void {
  rmSync(archivedLogName(file, keep), { force: true });
  for (let n = keep - 1; n >= 1; n -= 1) {
    const from = archivedLogName(file, n);
    if (existsSync(from)) renameSync(from, archivedLogName(file, n + 1));
  }
  if (existsSync(file)) renameSync(file, archivedLogName(file, 1));
}
