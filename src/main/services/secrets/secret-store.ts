import { Failure } from '@shared/contract/error';

/**
 * Where secrets (the SIP password, CRM credentials) are kept: the OS keychain
 * through Electron's safeStorage, or the browser shell's file fallback.
 * Secrets never go into the settings table in clear or into logs.
 */
export interface SecretStore {
  /** Short, for the UI and diagnostics: e.g. "OS keychain" or "file (not encrypted)". */
  readonly kind: string;
  /** Whether one is stored, without decrypting it (a form says "stored" even when the keychain changed). */
  has(name: string): boolean;
  /** Throws secretUnreadable() when the stored secret cannot be decrypted. */
  get(name: string): string | null;
  /** Throws keychainMissing() rather than keep the secret unprotected. */
  set(name: string, value: string): void;
  /** Forgets a secret (nothing happens if none is stored). */
  delete(name: string): void;
}

/** Thrown from a store, answered by the dispatcher as the error value it carries: the agent or IT can act on it. */
export function keychainMissing(why: string): Failure {
  return new Failure({ code: 'keychain_missing', message: `No OS keychain to keep the secret (${why}): it was not stored` });
}

export function secretUnreadable(name: string): Failure {
  return new Failure({ code: 'secret_unreadable', message: `The stored ${name} could not be decrypted: enter it again` });
}
