import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writePrivateFile } from '../services/secrets/write-private-file';

export const hostTokenFileName = 'web-token';
const tokenPattern = /^[A-Za-z0-9_-]{32,}$/;

/**
 * The browser shell's access token, one per data folder: kept 0600 beside
 * the data so a page left open finds the host again after a restart. A new
 * one is made on first start, on request (`--rotate-token`: every page that
 * had the old one is shut out) or when the file is unreadable.
 */
export function loadHostToken(dataDir: string, { rotate }: { rotate: boolean }): string {
  const file = join(dataDir, hostTokenFileName);
  if (!rotate) {
    try {
      const kept = readFileSync(file, 'utf8').trim();
      if (tokenPattern.test(kept)) return kept;
    } catch {
      // No token yet: made below.
    }
  }
  const token = randomBytes(24).toString('base64url');
  writePrivateFile(file, `${token}\n`);
  return token;
}
