import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openStore } from '../../src/main/store/database';
import { benchCustomerCard } from './customer-card';
import { benchGeneration } from './generation';
import { benchLookup, benchSearch } from './lookup-and-search';
import { benchTelephony } from './telephony';

/**
 * `npm run bench [-- --customers N] [--soak-calls N] [--only store|telephony]`
 * (telephony needs `npm run build` first): every benchmark prints its figures and
 * its ratio to a baseline measured in the same run. Exit code 1 when a
 * target is missed.
 */
export async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      customers: { type: 'string', default: '1000000' },
      'soak-calls': { type: 'string', default: '300' },
      only: { type: 'string' },
    },
  });
  if (values.only !== undefined && values.only !== 'store' && values.only !== 'telephony') {
    console.error(`--only must be "store" or "telephony", got "${values.only}"`);
    return 2;
  }
  const soakCalls = Number(values['soak-calls']);
  if (!Number.isInteger(soakCalls) || soakCalls < 1) {
    console.error(`--soak-calls must be a whole number ≥ 1, got "${values['soak-calls']}"`);
    return 2;
  }
  const customers = Number(values.customers);
  if (!Number.isInteger(customers) || customers < 1_000) {
    console.error(`--customers must be a whole number ≥ 1000, got "${values.customers}"`);
    return 2;
  }
  console.log(`Parley benchmarks · Node ${process.version} · ${cpus().length} cores · ${new Date().toISOString()}`);
  const storeMet = values.only === 'telephony' ? true : benchStore(customers);
  const telephonyMet = values.only === 'store' ? true : await benchTelephony(soakCalls);
  return storeMet && telephonyMet ? 0 : 1;
}

function benchStore(customers: number): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
  // Said up front: a run that is killed cannot clean up, and leaves gigabytes there.
  console.log(`Store benchmarks work in ${dir} (removed at the end)`);
  try {
    const generation = benchGeneration(dir, customers);
    const store = openStore(generation.file);
    const lookup = benchLookup(store.sqlite);
    const search = benchSearch(store.sqlite);
    const card = benchCustomerCard(store);
    store.close();
    return generation.met && lookup && search && card;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
