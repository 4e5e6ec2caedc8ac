import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { SecretStore } from './secret-store';
import { writePrivateFile } from './write-private-file';

const fileSchema = z.record(z.string(), z.string());
export const secretsFileName = 'secrets.json';

/**
 * The browser shell's honest fallback: no OS keychain is reachable from a
 * plain Node host, so secrets sit in `secrets.json` in the data folder,
 * readable by this OS user only (0600), NOT encrypted. README says so.
 */
export function createFileSecretStore(dataDir: string): SecretStore {
  const file = join(dataDir, secretsFileName);
  const read = (): Record<string, string> => {
    try {
      const parsed = fileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      return parsed.success ? parsed.data : {};
    } catch {
      return {};
    }
  };
  const write = (secrets: Record<string, string>) => writePrivateFile(file, JSON.stringify(secrets));
  return {
    kind: 'file (not encrypted)',
    has: (name) => Object.hasOwn(read(), name),
    get: (name) => read()[name] ?? null,
    set: (name, value) => write({ ...read(), [name]: value }),
    delete: (name) => {
      const secrets = read();
      if (Object.hasOwn(secrets, name)) write(Object.fromEntries(Object.entries(secrets).filter(([kept]) => kept !== name)));
    },
  };
}
