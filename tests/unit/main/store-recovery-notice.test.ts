import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { startAppCore, type AppCore } from '../../../src/main/app-core';
import { appInfoSchema } from '../../../src/shared/contract/methods';
import { createFileSecretStore } from '../../../src/main/services/secrets/file-secret-store';
import { openAppStore } from '../../../src/main/store/open-app-store';
import { damageCustomerPages } from '../../sync/damage-database';
import { insertCustomer, writeNote } from '../../sync/local-writes';
import { useTempDir } from '../support/temp-store';

const tempDir = useTempDir();
let core: AppCore | null = null;
afterEach(() => core?.close());

const start = (dataDir: string) => startAppCore({ dataDir, shell: 'web', version: 'test', demoData: false, createSecretStore: createFileSecretStore });

it('a database found damaged at start is told through app.info — where the file was kept and how many unsent changes were saved — until the agent dismisses it', async () => {
  const dataDir = tempDir();
  const { store } = openAppStore(dataDir, { demoData: false });
  const customerId = insertCustomer(store.sqlite, 'crm-c1');
  writeNote(store, customerId, 'unsent 1');
  writeNote(store, customerId, 'unsent 2');
  store.close();
  damageCustomerPages(join(dataDir, 'parley.sqlite'));

  core = start(dataDir);
  const info = await core.dispatch('app.info', {});
  expect(info).toMatchObject({ ok: true, value: { storeRecovery: { outboxRecovered: 2, keptAt: expect.stringContaining('parley.sqlite.damaged-') } } });
  const keptAt = info.ok ? appInfoSchema.parse(info.value).storeRecovery?.keptAt : undefined;
  expect(keptAt !== undefined && existsSync(keptAt)).toBe(true);

  // A reload before the agent looked shows it again; once dismissed, no page does.
  expect(await core.dispatch('app.info', {})).toMatchObject({ ok: true, value: { storeRecovery: { outboxRecovered: 2 } } });
  expect(await core.dispatch('app.store-recovery.dismiss', {})).toEqual({ ok: true, value: {} });
  expect(await core.dispatch('app.info', {})).toMatchObject({ ok: true, value: { storeRecovery: null } });
});

it('a healthy database has nothing to tell', async () => {
  core = start(tempDir());
  expect(await core.dispatch('app.info', {})).toMatchObject({ ok: true, value: { storeRecovery: null } });
});
