import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { startAppCore, type AppCore } from '../../../src/main/app-core';
import { createFileSecretStore } from '../../../src/main/services/secrets/file-secret-store';
import type { ReferenceServer } from '../../sync/reference-server';

export const crmToken = 'tenant-token';

/**
 * Consoles that live for a whole test file (starting one costs seconds on a
 * busy machine), each on its own data folder, closed and removed after it.
 * A console is `username@example.com`, connected to the CRM and caught up.
 */
export function useConsolesForTheFile(): (username: string, crm: ReferenceServer) => Promise<AppCore> {
  const consoles: AppCore[] = [];
  const dataDirs: string[] = [];
  afterAll(() => {
    for (const core of consoles.splice(0)) core.close();
    for (const dir of dataDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return async (username, crm) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'parley-supervision-'));
    dataDirs.push(dataDir);
    const core = startAppCore({ dataDir, shell: 'web', version: 'test', demoData: false, createSecretStore: createFileSecretStore, echoLogsToConsole: false });
    consoles.push(core);
    await core.dispatch('phone.account.save', { server: 'wss://example.com/ws', username, domain: 'example.com', displayName: username });
    await core.dispatch('sync.connection.save', { url: crm.url, token: crmToken });
    expect(await core.dispatch('sync.now', {})).toMatchObject({ ok: true, value: { connection: 'synced' } });
    return core;
  };
}
