import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openStore, type OpenStoreOptions, type Store } from './database';
import { generateDemoData } from './demo/generate';
import { markDemoDatabase } from './demo-marker';

export const databaseFileName = 'parley.sqlite';

/** How big the demo contact center is on first start: enough to feel real, quick to make. */
export const firstStartDemoCustomers = 5_000;

export interface AppStoreOptions extends OpenStoreOptions {
  /** Fill an empty database with the demo contact center (the default until a CRM is connected). */
  demoData: boolean;
}

/** Opens the console's database in its data folder, creating it (and its demo data) on first start. */
export function openAppStore(dataDir: string, options: AppStoreOptions): Store {
  mkdirSync(dataDir, { recursive: true });
  const store = openStore(join(dataDir, databaseFileName), options);
  const isEmpty = store.sqlite.prepare('SELECT NOT EXISTS (SELECT 1 FROM customers)').pluck().get() === 1;
  if (options.demoData && isEmpty) {
    store.sqlite.transaction(() => {
      generateDemoData(store.sqlite, { customers: firstStartDemoCustomers });
      markDemoDatabase(store.sqlite, Date.now());
    })();
  }
  return store;
}
