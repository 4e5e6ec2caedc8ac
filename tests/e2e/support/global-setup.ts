import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

const startTimeoutMs = 60_000;

/**
 * Starts the built browser shell once for the run, on a fresh data folder
 * (so it generates its demo contact center), and stops it by PID afterwards.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'parley-e2e-'));
  const hostScript = resolve(import.meta.dirname, '../../../out/main/web-host.js');
  const host = spawn(process.execPath, [hostScript, '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });

  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`The browser shell did not start within ${startTimeoutMs} ms`)), startTimeoutMs);
    host.once('exit', (code) => reject(new Error(`The browser shell exited with code ${code} (run npm run build first)`)));
    createInterface({ input: host.stdout }).on('line', (line) => {
      const match = /open (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
  });
  process.env.PARLEY_E2E_URL = url;
  process.env.PARLEY_E2E_DATA_DIR = dataDir;

  return async () => {
    if (host.pid !== undefined && host.exitCode === null) {
      const exited = new Promise((done) => host.once('exit', done));
      process.kill(host.pid, 'SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
}
