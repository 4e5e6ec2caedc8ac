import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openStore } from '../../../src/main/store/database';
import type { Store } from '../../../src/main/store/connection';

/** A real SQLite file in a fresh temp folder, removed after the test. */
export function useTempDir(): () => string {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-test-'));
    dirs.push(dir);
    return dir;
  };
}

export function useTempStore(): () => Store {
  const tempDir = useTempDir();
  const stores: Store[] = [];
  afterEach(() => {
    for (const store of stores.splice(0)) store.close();
  });
  return () => {
    const store = openStore(join(tempDir(), 'parley.sqlite'));
    stores.push(store);
    return store;
  };
}
