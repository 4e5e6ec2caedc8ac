import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../../src/main/services/import/import-file';
import { createHttpConnector } from '../../../src/main/services/sync/http-connector';
import { pendingOutboxCount as pendingCount } from '../../../src/main/store/queries/outbox';
import { pullChanges } from '../../../src/main/services/sync/pull-changes';
import { pushOutbox } from '../../../src/main/services/sync/push-outbox';
import { openStore } from '../../../src/main/store/database';
import { customerItem, noteItem } from '../../sync/items';
import { insertCustomer, writeNote } from '../../sync/local-writes';
import type { ReferenceServerOptions } from '../../sync/reference-server';
import { useReferenceServers } from '../support/reference-servers';
import { useTempDir } from '../support/temp-store';

const root = join(import.meta.dirname, '../../..');
const tempDir = useTempDir();
const referenceServer = useReferenceServers();

async function crm(options: ReferenceServerOptions) {
  const server = await referenceServer(options);
  return server;
}

/** Runs the sync or import in a child process and SIGKILLs it by PID when `killWhen` fires; resolves with how it ended. */
function runChild(args: string[], killWhen: (kill: () => void, line: string) => void): Promise<{ signal: NodeJS.Signals | null; output: string }> {
  const child = spawn(process.execPath, [join(root, 'scripts/run-ts.mjs'), join(root, 'tests/sync/sync-child.ts'), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const kill = () => process.kill(child.pid ?? -1, 'SIGKILL');
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
    for (const line of chunk.split('\n')) if (line) killWhen(kill, line);
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  return new Promise((resolve) => child.on('exit', (_code, signal) => resolve({ signal, output })));
}

let killAtRequest: (() => void) | null = null;
const killOnRequest = (kind: 'pull' | 'push', at: number) => ({ kind: requestKind, n }: { kind: 'pull' | 'push'; n: number }) => {
  if (requestKind === kind && n === at) killAtRequest?.();
};

describe('kill -9 in the middle of a sync or an import', () => {
  it('a pull killed mid-way resumes from its last stored page: every customer once', { timeout: 60_000 }, async () => {
    const server = await crm({ onRequest: killOnRequest('pull', 6) });
    server.publish(...Array.from({ length: 1_000 }, (_, n) => customerItem(n)), ...Array.from({ length: 500 }, (_, n) => noteItem(`n${n}`, `crm-c${n}`)));
    const db = join(tempDir(), 'parley.sqlite');
    openStore(db).close();

    const ended = await runChild(['--mode', 'pull', '--db', db, '--url', server.url], (kill, line) => {
      if (line === 'started') killAtRequest = kill;
    });
    expect(ended.signal, ended.output).toBe('SIGKILL');

    const store = openStore(db);
    // Five pages of 100 were stored before the kill, and not one item more.
    expect(store.sqlite.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(500);
    await pullChanges(store, createHttpConnector({ baseUrl: server.url, token: null }), { pageSize: 100, defaultCountry: 'GB' });
    expect(store.sqlite.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(1_000);
    expect(store.sqlite.prepare('SELECT count(*) FROM customer_phones').pluck().get()).toBe(1_000);
    expect(store.sqlite.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(500);
    store.close();
  });

  it('a push killed while the CRM stores a batch resends it on the next start: every note stored once', { timeout: 60_000 }, async () => {
    // The third batch is stored by the CRM but its answer never comes: the console dies waiting for it.
    const server = await crm({ onRequest: killOnRequest('push', 3), faults: ({ kind, n }) => (kind === 'push' && n === 3 ? 'hang-after' : null) });
    const db = join(tempDir(), 'parley.sqlite');
    const seeding = openStore(db);
    const customerId = insertCustomer(seeding.sqlite, 'crm-c1');
    for (let n = 0; n < 500; n += 1) writeNote(seeding, customerId, `note ${n}`);
    seeding.close();

    const ended = await runChild(['--mode', 'push', '--db', db, '--url', server.url], (kill, line) => {
      if (line === 'started') killAtRequest = kill;
    });
    expect(ended.signal, ended.output).toBe('SIGKILL');
    expect(server.storedTimes.size).toBe(300);

    const store = openStore(db);
    expect(pendingCount(store)).toBe(300);
    await pushOutbox(store, createHttpConnector({ baseUrl: server.url, token: null }), { batchSize: 100, backoff: { baseMs: 1, maxMs: 1 } });
    expect(pendingCount(store)).toBe(0);
    expect(server.storedTimes.size).toBe(500);
    expect([...server.storedTimes.values()].every((times) => times === 1)).toBe(true);
    store.close();
  });

  it('an import killed mid-way keeps whole batches only; importing again finishes it and stores every row once', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const csv = join(dir, 'customers.csv');
    const rows = Array.from({ length: 6_000 }, (_, n) => `customer,imp-${n},Ida,Import ${n},+4474${String(n).padStart(8, '0')}`);
    writeFileSync(csv, ['kind,id,firstName,lastName,phones', ...rows].join('\n'));
    const db = join(dir, 'parley.sqlite');
    openStore(db).close();

    const ended = await runChild(['--mode', 'import', '--db', db, '--file', csv], (kill, line) => {
      if (line.startsWith('committed ')) kill();
    });
    expect(ended.signal, ended.output).toBe('SIGKILL');

    const store = openStore(db);
    const kept = store.sqlite.prepare('SELECT count(*) FROM customers').pluck().get() as number;
    // Batches of 1,000 rows: at least the first was committed, the one in flight was rolled back whole, with its phones.
    expect(kept).toBeGreaterThanOrEqual(1_000);
    expect(kept).toBeLessThan(6_000);
    expect(kept % 1_000).toBe(0);
    expect(store.sqlite.prepare('SELECT count(*) FROM customer_phones').pluck().get()).toBe(kept);
    await importFile(store.sqlite, csv, { defaultCountry: 'GB' });
    expect(store.sqlite.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(6_000);
    expect(store.sqlite.prepare('SELECT count(*) FROM customer_phones').pluck().get()).toBe(6_000);
    store.close();
  });
});
