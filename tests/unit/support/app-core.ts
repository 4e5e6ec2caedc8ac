import { afterEach } from 'vitest';
import { startAppCore, type AppCore } from '../../../src/main/app-core';
import { createFileSecretStore } from '../../../src/main/services/secrets/file-secret-store';
import { useTempDir } from './temp-store';

/** Starts the browser shell's services on a fresh data folder (real SQLite, file secrets); closed after each test. */
export function useAppCore(): () => AppCore {
  const tempDir = useTempDir();
  const cores: AppCore[] = [];
  afterEach(() => {
    for (const core of cores.splice(0)) core.close();
  });
  return () => {
    const core = startAppCore({ dataDir: tempDir(), shell: 'web', version: 'test', demoData: false, createSecretStore: createFileSecretStore });
    cores.push(core);
    return core;
  };
}
