import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { startAppCore, type AppCore } from '../../../src/main/app-core';
import { createFileSecretStore } from '../../../src/main/services/secrets/file-secret-store';
import type { SyncStatus } from '../../../src/shared/domain/sync-status';
import { customerItem } from '../../sync/items';
import { startReferenceServer, type ReferenceServer } from '../../sync/reference-server';
import { statusWaiter } from '../../sync/status-waiter';
import { useTempDir } from '../support/temp-store';

const tempDir = useTempDir();
let core: AppCore | null = null;
let server: ReferenceServer | null = null;
afterEach(async () => {
  core?.close();
  await server?.close();
});

it('through the contract: not connected at first; once the CRM is saved, its customers arrive and the status says synced; the token stays out of settings', async () => {
  server = await startReferenceServer({ token: 'tenant-token' });
  server.publish(customerItem(1), customerItem(2));
  const dataDir = tempDir();
  core = startAppCore({ dataDir, shell: 'web', version: 'test', demoData: false, createSecretStore: createFileSecretStore });
  const waiter = statusWaiter();
  core.onEvent((event, payload) => {
    if (event === 'sync.status-changed') waiter.onStatus(payload as SyncStatus);
  });

  expect(await core.dispatch('sync.status', {})).toEqual({ ok: true, value: { connection: 'not-configured', lastSyncAt: null, pending: 0, problem: null, problemKind: null } });
  expect(await core.dispatch('sync.connection.save', { url: 'ftp://crm' })).toEqual({ ok: false, error: { code: 'crm_address_refused', problem: 'scheme' } });

  const synced = waiter.next((status) => status.connection === 'synced');
  expect(await core.dispatch('sync.connection.save', { url: server.url, token: 'tenant-token' })).toEqual({ ok: true, value: { url: server.url, hasToken: true } });
  expect((await synced).lastSyncAt).not.toBeNull();
  expect(await core.dispatch('app.info', {})).toMatchObject({ ok: true, value: { customerCount: 2 } });

  const settingsDump = JSON.stringify(core.store.sqlite.prepare('SELECT * FROM settings').all());
  expect(settingsDump).not.toContain('tenant-token');
  expect(readFileSync(join(dataDir, 'secrets.json'), 'utf8')).toContain('tenant-token');
});

it('the status says why the CRM failed in a way the console can put in plain words: a refused token, then a CRM out of reach', async () => {
  server = await startReferenceServer({ token: 'tenant-token' });
  core = startAppCore({ dataDir: tempDir(), shell: 'web', version: 'test', demoData: false, createSecretStore: createFileSecretStore });

  await core.dispatch('sync.connection.save', { url: server.url, token: 'wrong-token' });
  expect(await core.dispatch('sync.now', {})).toMatchObject({ ok: true, value: { connection: 'offline', problemKind: 'unauthorized' } });

  const { url } = server;
  await server.close();
  server = null;
  await core.dispatch('sync.connection.save', { url, token: 'tenant-token' });
  expect(await core.dispatch('sync.now', {})).toMatchObject({ ok: true, value: { connection: 'offline', problemKind: 'unreachable' } });
});
