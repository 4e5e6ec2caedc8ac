import { parseArgs } from 'node:util';
import { openStore } from '../database';
import { markDemoDatabase } from '../demo-marker';
import { endDemoRun, recordDemoRun, unfinishedDemoRun } from './demo-run';
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
    // A run killed half-way is finished, not started again on top of what it committed.
    const killed = unfinishedDemoRun(store.sqlite);
    const run = killed ?? { customers, done: 0, seed };
    if (killed) console.log(`Finishing the run that was stopped at ${killed.done} of ${killed.customers} customers`);
    const summary = generateDemoData(store.sqlite, {
      customers: run.customers - run.done,
      interactionsPerCustomer,
      // Another seed for the rest, or it would write the first batches' customers again.
      seed: run.seed + run.done,
      // On a terminal the progress line is rewritten in place; a log gets one line per committed batch.
      onProgress: (done) => process.stdout.write(`${process.stdout.isTTY ? '\r' : ''}${run.done + done} / ${run.customers} customers${process.stdout.isTTY ? '' : '\n'}`),
      inBatch: (done) => recordDemoRun(store.sqlite, { ...run, done: run.done + done }),
    });
    store.sqlite.transaction(() => {
      endDemoRun(store.sqlite);
      markDemoDatabase(store, Date.now());
    })();
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
