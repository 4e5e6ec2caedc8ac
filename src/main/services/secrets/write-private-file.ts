import { closeSync, fchmodSync, fsyncSync, openSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes a file only this OS user may read (0600), all or nothing and
 * durably: a crash or power cut leaves the old secret or the new one, never
 * an empty file that would silently log the agent out.
 */
export function writePrivateFile(file: string, content: string | Uint8Array): void {
  const temporary = `${file}.tmp`;
  const handle = openSync(temporary, 'w', 0o600);
  try {
    // The mode given to open is filtered by the umask, and a leftover temporary file keeps its old mode.
    fchmodSync(handle, 0o600);
    writeFileSync(handle, content);
    fsyncSync(handle);
  } finally {
    closeSync(handle);
  }
  renameSync(temporary, file);
  // The rename is on disk only once its folder is; Windows cannot open a folder to sync it.
  if (process.platform === 'win32') return;
  const folder = openSync(dirname(file), 'r');
  try {
    fsyncSync(folder);
  } finally {
    closeSync(folder);
  }
}
