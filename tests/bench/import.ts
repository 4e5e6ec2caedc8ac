import { join } from 'node:path';
import { writeCustomersCsv } from '../sync/customers-csv';
import { runImportChild, type ImportRun } from '../sync/run-import-child';
import { printTarget } from './measure';

const sizes = [100_000, 500_000];

const rate = (run: ImportRun) => Math.round(run.rows / run.seconds).toLocaleString('en');
const describeRun = (run: ImportRun) => `${rate(run)} rows/s (${run.seconds.toFixed(1)} s), peak RSS ${run.peakRssMb.toFixed(0)} MB`;

/**
 * `npm run import` on generated customer CSVs of 100 k and 500 k rows, each
 * in a child process of its own so that its peak RSS is its own, against a
 * baseline in the same run: csv-parse's stream and plain prepared inserts of
 * the same rows in transactions of the same size (no checks, no number
 * parsing, no report). Both children carry the same TypeScript loader, whose
 * memory is part of both peaks.
 */
export async function benchImport(dir: string): Promise<boolean> {
  const runs: { rows: number; importer: ImportRun; plain: ImportRun }[] = [];
  for (const rows of sizes) {
    const file = join(dir, `customers-${rows}.csv`);
    await writeCustomersCsv(file, rows);
    const importer = await runImportChild('importer', file, join(dir, `imported-${rows}.sqlite`));
    const plain = await runImportChild('plain', file, join(dir, `plain-${rows}.sqlite`));
    runs.push({ rows, importer, plain });
    console.log(`\nImport of ${rows.toLocaleString('en')} customers (CSV, one phone and two tags each)`);
    console.log(`  npm run import: ${describeRun(importer)}`);
    console.log(`  baseline, csv-parse + plain insert loop: ${describeRun(plain)}`);
    console.log(`  ratio to baseline (rows/s): ${(plain.seconds / importer.seconds).toFixed(2)}×`);
  }
  const [small, large] = runs as [(typeof runs)[0], (typeof runs)[0]];
  const growth = large.importer.peakRssMb / small.importer.peakRssMb;
  console.log(`  peak RSS, ${large.rows.toLocaleString('en')} rows vs ${small.rows.toLocaleString('en')}: ${growth.toFixed(2)}× (baseline ${(large.plain.peakRssMb / small.plain.peakRssMb).toFixed(2)}×)`);
  const slowest = Math.min(...runs.map((run) => run.plain.seconds / run.importer.seconds));
  const fast = printTarget('≥ 0.25× the plain insert loop', slowest >= 0.25);
  return printTarget('peak RSS flat: 500 k rows within 1.15× of 100 k', growth <= 1.15) && fast;
}
