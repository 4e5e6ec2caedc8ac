import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

const startTimeoutMs = 60_000;

export interface WebHostProcess {
  /** The page's address, with this run's token. */
  url: string;
  pid: number;
  /** Asks the host to stop (SIGTERM) and waits until it has. */
  stop(): Promise<void>;
  /** Kills it the hard way (SIGKILL by PID), as a crash or `kill -9` would, and waits until it is gone. */
  kill(): Promise<void>;
}

/** Starts the built browser shell on a data folder and resolves once it says where to open the page. */
export async function startWebHost(dataDir: string, extraArgs: readonly string[] = []): Promise<WebHostProcess> {
  const hostScript = resolve(import.meta.dirname, '../../out/main/web-host.js');
  const host = spawn(process.execPath, [hostScript, '--port', '0', '--data-dir', dataDir, ...extraArgs], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((done) => host.once('exit', () => done()));

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
  const pid = host.pid;
  if (pid === undefined) throw new Error('The browser shell has no PID');

  const signal = async (name: NodeJS.Signals) => {
    if (host.exitCode === null && host.signalCode === null) process.kill(pid, name);
    await exited;
  };
  return { url, pid, stop: () => signal('SIGTERM'), kill: () => signal('SIGKILL') };
}
