import { afterEach } from 'vitest';
import { startAppCore, type AppCore, type AppCoreOptions } from '../../../src/main/app-core';
import { createFileSecretStore } from '../../../src/main/services/secrets/file-secret-store';
import { useTempDir } from './temp-store';

/** Starts the browser shell's services on a fresh data folder (real SQLite, file secrets); closed after each test. */
export function useAppCore(): (options?: Partial<AppCoreOptions>) => AppCore {
  const tempDir = useTempDir();
  const cores: AppCore[] = [];
  afterEach(() => {
    for (const core of cores.splice(0)) core.close();
  });
  return (options = {}) => {
    const core = startAppCore({ dataDir: tempDir(), shell: 'web', version: 'test', demoData: false, createSecretStore: createFileSecretStore, ...options });
    cores.push(core);
    return core;
  };
}
