import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../support/temp-store';

const root = join(import.meta.dirname, '../../..');
const tempDir = useTempDir();
const customers = 12_000;

/** `npm run demo-db` in a child process; `killAfterLines` progress lines (committed batches) in, it is SIGKILLed by PID. */
function demoDb(file: string, killAfterLines?: number): Promise<{ signal: NodeJS.Signals | null; output: string }> {
  const child = spawn(process.execPath, [join(root, 'scripts/run-ts.mjs'), join(root, 'src/main/store/demo/cli.ts'), '--file', file, '--customers', String(customers)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
    const batches = output.split('\n').filter((line) => line.endsWith(' customers')).length;
    if (killAfterLines !== undefined && batches >= killAfterLines && child.exitCode === null) process.kill(child.pid ?? -1, 'SIGKILL');
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  return new Promise((resolve) => child.on('exit', (_code, signal) => resolve({ signal, output })));
}

function count(file: string, table: string): number {
  const database = new Database(file, { readonly: true });
  try {
    return database.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck().get() ?? 0;
  } finally {
    database.close();
  }
}

describe('npm run demo-db', () => {
  // Three runs of 12,000 customers, each keeping the trend rollups too: minutes on a loaded build machine.
  it('killed half-way and run again, finishes the run: exactly the customers asked for, every phone number once', { timeout: 240_000 }, async () => {
    const file = join(tempDir(), 'demo.sqlite');
    const killed = await demoDb(file, 1);
    expect(killed.signal).toBe('SIGKILL');
    const committed = count(file, 'customers');
    expect(committed).toBeGreaterThan(0);
    expect(committed).toBeLessThan(customers);

    const again = await demoDb(file);
    expect(again.output).toContain(`Finishing the run that was stopped at ${committed} of ${customers} customers`);
    expect(count(file, 'customers')).toBe(customers);
    const database = new Database(file, { readonly: true });
    try {
      expect(database.prepare('SELECT count(*) - count(DISTINCT e164) FROM customer_phones').pluck().get()).toBe(0);
    } finally {
      database.close();
    }

    // A finished run is not finished again: the next run is a new one.
    expect((await demoDb(file)).output).not.toContain('Finishing');
  });
});
