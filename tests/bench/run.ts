import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '../../src/main/store/database';
import { benchGeneration } from './generation';
import { benchLookup, benchSearch } from './lookup-and-search';

/**
 * `npm run bench [-- --customers N]`: every benchmark prints its figures and
 * its ratio to a baseline measured in the same run. Exit code 1 when a
 * target is missed.
 */
export function main(args: string[]): number {
  const { values } = parseArgs({ args, options: { customers: { type: 'string', default: '1000000' } } });
  const customers = Number(values.customers);
  if (!Number.isInteger(customers) || customers < 1_000) {
    console.error(`--customers must be a whole number ≥ 1000, got "${values.customers}"`);
    return 2;
  }
  console.log(`Parley benchmarks · Node ${process.version} · ${cpus().length} cores · ${new Date().toISOString()}`);
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  try {
    const generation = benchGeneration(dir, customers);
    const store = openStore(generation.file);
    const lookup = benchLookup(store.sqlite);
    const search = benchSearch(store.sqlite);
    store.close();
    return generation.met && lookup && search ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
