import { safeStorage } from 'electron';
import { createKeychainSecretStore } from '../services/secrets/keychain-secret-store';
import type { SecretStore } from '../services/secrets/secret-store';
import type { Store } from '../store/connection';

/** The OS keychain through Electron's safeStorage (the rules are in createKeychainSecretStore). */
export function createSafeStorageSecretStore(_dataDir: string, store: Store): SecretStore {
  return createKeychainSecretStore(safeStorage, store);
}
