/**
 * Where secrets (the SIP password, CRM credentials) are kept: the OS keychain
 * through Electron's safeStorage, or the browser shell's file fallback.
 * Secrets never go into the settings table in clear or into logs.
 */
export interface SecretStore {
  /** Short, for the UI and diagnostics: e.g. "OS keychain" or "file (not encrypted)". */
  readonly kind: string;
  get(name: string): string | null;
  set(name: string, value: string): void;
}
