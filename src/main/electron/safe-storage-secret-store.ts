import { safeStorage } from 'electron';
import type { SecretStore } from '../services/secrets/secret-store';
import type { Store } from '../store/database';

/**
 * Secrets encrypted with the OS keychain (Keychain, DPAPI, libsecret) and
 * kept, encrypted, in the settings table. Refuses to store anything when
 * no keychain is available rather than writing it in clear.
 */
export function createSafeStorageSecretStore(_dataDir: string, store: Store): SecretStore {
  const key = (name: string) => `secret.${name}`;
  return {
    kind: 'OS keychain',
    get: (name) => {
      const row = store.sqlite.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?').get(key(name));
      if (!row) return null;
      return safeStorage.decryptString(Buffer.from(JSON.parse(row.value) as string, 'base64'));
    },
    set: (name, value) => {
      if (!safeStorage.isEncryptionAvailable()) throw new Error('The OS keychain is not available: the secret was not stored');
      const encrypted = safeStorage.encryptString(value).toString('base64');
      store.sqlite
        .prepare('INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES (?, ?, ?)')
        .run(key(name), JSON.stringify(encrypted), Date.now());
    },
  };
}
