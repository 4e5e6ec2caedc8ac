import type { Store } from './connection';
import { hasSetting, writeSetting } from './queries/settings';

const demoKey = 'demo.generatedAt';

/** Remembers that this database holds generated demo data, so the UI can say so. */
export function markDemoDatabase(store: Store, at: number): void {
  writeSetting(store, demoKey, at, at);
}

export function isDemoDatabase(store: Store): boolean {
  return hasSetting(store, demoKey);
}
