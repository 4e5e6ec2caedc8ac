import type { Store } from '../../store/connection';
import { deleteSetting, readSetting, writeSetting } from '../../store/queries/settings';
import { keychainMissing, secretUnreadable, type SecretStore } from './secret-store';

/** The part of Electron's safeStorage we use: passed in, so this logic runs (and is tested) in plain Node. */
export interface Keychain {
  isEncryptionAvailable(): boolean;
  /** Linux only in Electron: which secret service backs the encryption. */
  getSelectedStorageBackend(): string;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/**
 * Why the keychain cannot protect a secret, or null when it can. On Linux
 * Chromium falls back to `basic_text` (a key hard-coded in Chromium: anyone
 * with the file can decrypt it) when no secret service answers, and still
 * reports encryption as available; `unknown` means it has not found one.
 */
export function keychainProblem(keychain: Keychain, platform: NodeJS.Platform): string | null {
  if (!keychain.isEncryptionAvailable()) return 'encryption is not available';
  if (platform !== 'linux') return null;
  const backend = keychain.getSelectedStorageBackend();
  return backend === 'basic_text' || backend === 'unknown' ? `the secret service backend is "${backend}"` : null;
}

/**
 * Secrets encrypted with the OS keychain (Keychain, DPAPI, libsecret/kwallet)
 * and kept, encrypted, in the settings table. Refuses to store anything when
 * no real keychain is there rather than write it in clear or under a known key.
 */
export function createKeychainSecretStore(keychain: Keychain, store: Store, platform: NodeJS.Platform = process.platform): SecretStore {
  const key = (name: string) => `secret.${name}`;
  const read = (name: string) => readSetting(store, key(name));
  return {
    kind: 'OS keychain',
    has: (name) => read(name) !== undefined,
    get: (name) => {
      const stored = read(name);
      if (stored === undefined) return null;
      try {
        if (typeof stored !== 'string') throw new TypeError('not an encrypted secret');
        return keychain.decryptString(Buffer.from(stored, 'base64'));
      } catch {
        // Another user's or machine's keychain, a reset login keyring: the secret is gone, not the app broken.
        throw secretUnreadable(name);
      }
    },
    set: (name, value) => {
      const problem = keychainProblem(keychain, platform);
      if (problem) throw keychainMissing(problem);
      const encrypted = keychain.encryptString(value).toString('base64');
      writeSetting(store, key(name), encrypted, Date.now());
    },
    delete: (name) => {
      deleteSetting(store, key(name));
    },
  };
}
