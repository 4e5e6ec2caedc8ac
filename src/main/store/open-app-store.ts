import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openStore, type OpenStoreOptions } from './database';
import type { Store } from './connection';
import type { StoreRecovery } from '@shared/domain/store-recovery';
import { isCorruption, recoverCorruptStore } from './recover-corrupt-store';
import { generateDemoData } from './demo/generate';
import { markDemoDatabase } from './demo-marker';

export const databaseFileName = 'parley.sqlite';

/** How big the demo contact center is on first start: enough to feel real, quick to make. */
export const firstStartDemoCustomers = 5_000;

export interface AppStoreOptions extends OpenStoreOptions {
  /** Fill an empty database with the demo contact center (the default until a CRM is connected). */
  demoData: boolean;
}

/**
 * Opens the console's database in its data folder, creating it (and its demo
 * data) on first start. A damaged file is set aside and replaced (see
 * recover-corrupt-store); `recovery` then says what happened.
 */
export function openAppStore(dataDir: string, options: AppStoreOptions): { store: Store; recovery: StoreRecovery | null } {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, databaseFileName);
  let opened: { store: Store; recovery: StoreRecovery | null } | null = null;
  let isEmpty = false;
  try {
    opened = { store: openStore(file, options), recovery: null };
    // Also the first read of the schema and of the customers table: damage there shows now, not mid-call.
    isEmpty = opened.store.sqlite.prepare('SELECT NOT EXISTS (SELECT 1 FROM customers)').pluck().get() === 1;
  } catch (error) {
    if (!isCorruption(error)) throw error;
    opened?.store.close();
    opened = recoverCorruptStore(file, error.message, () => openStore(file, options), options);
    isEmpty = true;
  }
  const { store, recovery } = opened;
  // A recovered site's cache comes back from its CRM: demo customers must not be mixed into it.
  if (options.demoData && isEmpty && recovery === null) {
    store.sqlite.transaction(() => {
      generateDemoData(store.sqlite, { customers: firstStartDemoCustomers });
      markDemoDatabase(store, Date.now());
    })();
  }
  return opened;
}
