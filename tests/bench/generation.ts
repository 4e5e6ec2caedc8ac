import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore, type Sqlite } from '../../src/main/store/database';
import { generateDemoData } from '../../src/main/store/demo/generate';
import { printTarget, seconds } from './measure';

/** Tables in the order rows can be written (parents first), with the column that points at a customer or call. */
const tables = [
  { name: 'customers', parent: null },
  { name: 'customer_tags', parent: { column: 'customer_id', table: 'customers' } },
  { name: 'customer_phones', parent: { column: 'customer_id', table: 'customers' } },
  { name: 'interactions', parent: { column: 'customer_id', table: 'customers' } },
  { name: 'interaction_root_causes', parent: { column: 'interaction_id', table: 'interactions' } },
  { name: 'notes', parent: { column: 'customer_id', table: 'customers' } },
  { name: 'promises', parent: { column: 'customer_id', table: 'customers' } },
] as const;

/**
 * Prime, so that (parent, sampled row) pairs never repeat (Chinese remainder
 * theorem): a customer does not get the same phone number twice.
 */
const sampleSize = 9_973;
const transactionRows = 50_000;

function countRows(sqlite: Sqlite): Record<string, number> {
  return Object.fromEntries(
    tables.map(({ name }) => [name, sqlite.prepare<[], number>(`SELECT count(*) FROM ${name}`).pluck().get() ?? 0]),
  );
}

/**
 * The baseline: a plain better-sqlite3 loop that inserts as many rows into
 * each table as the generator wrote, cycling through rows sampled from the
 * generated database (so the data looks alike), with no generation logic.
 */
function plainInsertLoop(source: Sqlite, target: Sqlite, counts: Record<string, number>): number {
  let written = 0;
  for (const { name, parent } of tables) {
    const sample = source.prepare(`SELECT * FROM ${name} LIMIT ${sampleSize}`).raw().all() as unknown[][];
    const columns = source.prepare(`SELECT * FROM ${name} LIMIT 1`).columns().map((column) => column.name);
    const keyIndex = columns.indexOf('id');
    const parentIndex = parent ? columns.indexOf(parent.column) : -1;
    const parentCount = parent ? (counts[parent.table] ?? 1) : 1;
    const insert = target.prepare(`INSERT INTO ${name} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
    const total = counts[name] ?? 0;
    const writeRange = target.transaction((from: number, to: number) => {
      for (let i = from; i < to; i++) {
        const row = [...(sample[i % sample.length] ?? [])];
        if (keyIndex >= 0) row[keyIndex] = i + 1;
        if (parentIndex >= 0) row[parentIndex] = 1 + (i % parentCount);
        // Composite keys (tags, root causes) stay unique: one row per parent, cycling values.
        if (name === 'customer_tags') row[columns.indexOf('tag')] = `tag-${Math.floor(i / parentCount)}`;
        if (name === 'interaction_root_causes') row[columns.indexOf('code')] = sample[Math.floor(i / parentCount) % sample.length]?.[columns.indexOf('code')];
        insert.run(row);
      }
    });
    for (let from = 0; from < total; from += transactionRows) writeRange(from, Math.min(total, from + transactionRows));
    written += total;
  }
  return written;
}

function copyCodeLists(source: Sqlite, target: Sqlite): void {
  for (const table of ['disposition_codes', 'root_cause_codes']) {
    const rows = source.prepare(`SELECT * FROM ${table}`).raw().all() as unknown[][];
    const insert = target.prepare(`INSERT INTO ${table} VALUES (${rows[0]?.map(() => '?').join(', ')})`);
    for (const row of rows) insert.run(row);
  }
}

/** Tables with the same columns and nothing else: no keys, indexes, constraints, triggers or search. */
function createBareTables(source: Sqlite, target: Sqlite): void {
  for (const { name } of tables) {
    const columns = source.prepare(`SELECT * FROM ${name} LIMIT 1`).columns().map((column) => column.name);
    target.exec(`CREATE TABLE ${name} (${columns.join(', ')})`);
  }
}

export function benchGeneration(dir: string, customers: number): { file: string; met: boolean } {
  console.log(`\nDemo generation: ${customers.toLocaleString('en')} customers, ~${(5 * customers).toLocaleString('en')} calls`);
  const file = join(dir, 'demo.sqlite');
  const demo = openStore(file);
  const generated = seconds(() => generateDemoData(demo.sqlite, { customers, interactionsPerCustomer: 5, seed: 1 }));
  const counts = countRows(demo.sqlite);
  const rows = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const generatorRate = rows / generated.seconds;
  console.log(`  rows written: ${JSON.stringify(counts)}`);
  console.log(`  generator: ${rows.toLocaleString('en')} rows in ${generated.seconds.toFixed(1)} s = ${Math.round(generatorRate).toLocaleString('en')} rows/s`);

  const sameSchema = openStore(join(dir, 'plain-same-schema.sqlite'));
  copyCodeLists(demo.sqlite, sameSchema.sqlite);
  const plain = seconds(() => plainInsertLoop(demo.sqlite, sameSchema.sqlite, counts));
  sameSchema.close();
  const plainRate = plain.value / plain.seconds;
  console.log(`  baseline, plain insert loop into the same schema (indexes, search triggers): ${Math.round(plainRate).toLocaleString('en')} rows/s (${plain.seconds.toFixed(1)} s)`);

  const bare = new Database(join(dir, 'plain-bare.sqlite'));
  bare.pragma('journal_mode = WAL');
  bare.pragma('synchronous = NORMAL');
  createBareTables(demo.sqlite, bare);
  const bareRun = seconds(() => plainInsertLoop(demo.sqlite, bare, counts));
  bare.close();
  const bareRate = bareRun.value / bareRun.seconds;
  console.log(`  context, the same loop into bare tables (no keys, indexes or search): ${Math.round(bareRate).toLocaleString('en')} rows/s (${bareRun.seconds.toFixed(1)} s)`);

  const ratio = generatorRate / plainRate;
  console.log(`  ratio to baseline: ${ratio.toFixed(2)}× (to bare tables: ${(generatorRate / bareRate).toFixed(2)}×)`);
  demo.close();
  return { file, met: printTarget('generation ≥ 0.5× the plain insert loop', ratio >= 0.5) };
}
