import { describe, expect, it } from 'vitest';
import { Failure } from '@shared/contract/error';
import { createKeychainSecretStore, keychainProblem, type Keychain } from '../../../src/main/services/secrets/keychain-secret-store';
import { useTempStore } from '../support/temp-store';

/** The one fake the project allows: the OS keychain, which cannot run here. Reversible, so a round trip is checked. */
function fakeKeychain(backend: string, { available = true } = {}): Keychain {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (text) => Buffer.from(`enc:${text}`),
    decryptString: (encrypted) => {
      const text = encrypted.toString();
      if (!text.startsWith('enc:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return text.slice(4);
    },
  };
}

const failureCode = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    return error instanceof Failure ? error.error.code : 'not a Failure';
  }
  return 'no failure';
};

describe('secrets in the OS keychain (Electron)', () => {
  const tempStore = useTempStore();

  it.each(['basic_text', 'unknown'])('on Linux, the "%s" backend counts as no keychain: nothing is stored', (backend) => {
    const store = tempStore();
    const secrets = createKeychainSecretStore(fakeKeychain(backend), store, 'linux');
    expect(keychainProblem(fakeKeychain(backend), 'linux')).toContain(backend);
    expect(failureCode(() => secrets.set('phone.password', 'p'))).toBe('keychain_missing');
    expect(secrets.has('phone.password')).toBe(false);
    expect(JSON.stringify(store.sqlite.prepare('SELECT * FROM settings').all())).not.toContain('p"');
  });

  it.each(['gnome_libsecret', 'kwallet5', 'kwallet6'])('on Linux, "%s" keeps the secret encrypted', (backend) => {
    const store = tempStore();
    const secrets = createKeychainSecretStore(fakeKeychain(backend), store, 'linux');
    secrets.set('phone.password', 'sip-secret');
    expect(secrets.get('phone.password')).toBe('sip-secret');
    expect(JSON.stringify(store.sqlite.prepare('SELECT * FROM settings').all())).not.toContain('sip-secret');
  });

  it('without encryption at all, on any system, nothing is stored', () => {
    expect(keychainProblem(fakeKeychain('gnome_libsecret', { available: false }), 'linux')).not.toBeNull();
    expect(keychainProblem(fakeKeychain('unknown', { available: false }), 'darwin')).not.toBeNull();
    // The backend question is Linux's alone (Electron answers it nowhere else).
    expect(keychainProblem(fakeKeychain('unknown'), 'win32')).toBeNull();
  });

  it('a secret that no longer decrypts asks to be entered again, and can be', () => {
    const store = tempStore();
    store.sqlite.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('secret.crm.token', ?, 0)").run(JSON.stringify(Buffer.from('from another keychain').toString('base64')));
    const secrets = createKeychainSecretStore(fakeKeychain('gnome_libsecret'), store, 'linux');
    expect(secrets.has('crm.token')).toBe(true);
    expect(failureCode(() => secrets.get('crm.token'))).toBe('secret_unreadable');
    secrets.set('crm.token', 'new');
    expect(secrets.get('crm.token')).toBe('new');
    secrets.delete('crm.token');
    expect(secrets.get('crm.token')).toBeNull();
  });
});
