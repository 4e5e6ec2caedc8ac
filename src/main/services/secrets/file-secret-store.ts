import { chmodSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { SecretStore } from './secret-store';

const fileSchema = z.record(z.string(), z.string());

/**
 * The browser shell's honest fallback: no OS keychain is reachable from a
 * plain Node host, so secrets sit in `secrets.json` in the data folder,
 * readable by this OS user only (0600), NOT encrypted. README says so.
 */
export function createFileSecretStore(dataDir: string): SecretStore {
  const file = join(dataDir, 'secrets.json');
  const read = (): Record<string, string> => {
    try {
      const parsed = fileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  };
  return {
    kind: 'file (not encrypted)',
    get: (name) => read()[name] ?? null,
    set: (name, value) => {
      const temporary = `${file}.tmp`;
      writeFileSync(temporary, JSON.stringify({ ...read(), [name]: value }), { mode: 0o600 });
      chmodSync(temporary, 0o600);
      renameSync(temporary, file);
    },
  };
}
