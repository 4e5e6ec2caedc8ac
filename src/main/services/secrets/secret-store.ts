import { fail, type Failure } from '@shared/contract/error';
import { mainLog } from '../logging/main-log';

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

/**
 * Thrown from a store, answered by the dispatcher as the error kind it
 * carries: the agent or IT can act on it. Why the keychain is missing goes to
 * the log for IT (it names the backend, never a secret).
 */
export function keychainMissing(why: string): Failure<{ code: 'keychain_missing' }> {
  mainLog.error(`No OS keychain to keep a secret (${why}): it was not stored`);
  return fail({ code: 'keychain_missing' });
}

export function secretUnreadable(name: string): Failure<{ code: 'secret_unreadable'; secret: string }> {
  return fail({ code: 'secret_unreadable', secret: name });
}
