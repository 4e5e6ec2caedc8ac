import { parseArgs } from 'node:util';
import { openStore } from '../database';
import { markDemoDatabase } from '../demo-marker';
import { generateDemoData } from './generate';

/** `npm run demo-db -- --file demo.sqlite --customers 100000 [--interactions-per-customer 5] [--seed 1]` */
export function main(args: string[]): number {
  const { values } = parseArgs({
    args,
    options: {
      file: { type: 'string' },
      customers: { type: 'string', default: '5000' },
      'interactions-per-customer': { type: 'string', default: '5' },
      seed: { type: 'string', default: '1' },
    },
  });
  const customers = Number(values.customers);
  const interactionsPerCustomer = Number(values['interactions-per-customer']);
  const seed = Number(values.seed);
  if (!values.file) return usage('--file is required');
  if (!Number.isInteger(customers) || customers < 1) return usage(`--customers must be a positive whole number, got "${values.customers}"`);
  if (!(interactionsPerCustomer >= 0)) return usage(`--interactions-per-customer must be a number ≥ 0, got "${values['interactions-per-customer']}"`);
  if (!Number.isInteger(seed)) return usage(`--seed must be a whole number, got "${values.seed}"`);

  const store = openStore(values.file);
  const started = performance.now();
  try {
    const summary = generateDemoData(store.sqlite, {
      customers,
      interactionsPerCustomer,
      seed,
      // A progress line rewritten in place only makes sense on a terminal, not in a log file.
      onProgress: process.stdout.isTTY ? (done, total) => process.stdout.write(`\r${done} / ${total} customers`) : undefined,
    });
    markDemoDatabase(store.sqlite, Date.now());
    const seconds = (performance.now() - started) / 1000;
    const rows = Object.values(summary).reduce((sum, count) => sum + count, 0);
    console.log(`${process.stdout.isTTY ? '\n' : ''}Wrote ${values.file}: ${JSON.stringify(summary)} in ${seconds.toFixed(1)} s (${Math.round(rows / seconds)} rows/s)`);
  } finally {
    store.close();
  }
  return 0;
}

function usage(problem: string): number {
  console.error(`${problem}\nusage: npm run demo-db -- --file <path> [--customers N] [--interactions-per-customer N] [--seed N]`);
  return 2;
}
