import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect } from 'vitest';
import { startAppCore, type AppCore } from '../../../src/main/app-core';
import { createFileSecretStore } from '../../../src/main/services/secrets/file-secret-store';
import type { ReferenceServer } from '../../sync/reference-server';

export const crmToken = 'tenant-token';

const person = (id: string, sipAddress: string, displayName: string, team: string, role: string, leadsTeams: string[] = []) => ({
  kind: 'agent',
  id,
  sipAddress,
  displayName,
  team,
  leadsTeams,
  role,
  active: true,
  updatedAt: 10,
});

/** Olena supervises Support and Billing, Ivan Billing only; Anna answers for Support, Petro for Billing. */
export const supervisionRoster = [
  person('person-olena', 'sip:olena@example.com', 'Olena Shevchenko', 'Support', 'supervisor', ['Support', 'Billing']),
  person('person-ivan', 'ivan@example.com', 'Ivan Melnyk', 'Billing', 'supervisor', ['Billing']),
  person('person-anna', '1001@example.com', 'Anna Kovalenko', 'Support', 'agent'),
  person('person-petro', '1002@example.com', 'Petro Bondarenko', 'Billing', 'agent'),
] as const;

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
