import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebHost } from '../../stack/web-host';

/**
 * Starts the built browser shell once for the run, on a fresh data folder
 * (so it generates its demo contact center), and stops it by PID afterwards.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-e2e-'));
  const host = await startWebHost(dataDir);
  process.env.PARLEY_E2E_URL = host.url;
  process.env.PARLEY_E2E_DATA_DIR = dataDir;

  return async () => {
    await host.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
