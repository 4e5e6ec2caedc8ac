import { join } from 'node:path';
import Database, { type Statement } from 'better-sqlite3';
import { openStore } from '../../src/main/store/database';
import type { Sqlite } from '../../src/main/store/connection';
import { generateDemoData } from '../../src/main/store/demo/generate';
import { printTarget, seconds } from './measure';

const generatedTables = [
  'customers',
  'customer_tags',
  'customer_phones',
  'interactions',
  'interaction_root_causes',
  'notes',
  'promises',
] as const;
type RowCounts = Record<(typeof generatedTables)[number], number>;

/** The triggers that keep the FTS5 search tables in step with new rows. */
const searchTriggers = ['customers_indexed', 'phones_indexed', 'notes_indexed'];

/** Rows sampled per table: the baseline writes real-looking rows (same text lengths, same search terms). */
const sampleSize = 9_973;
/** As the generator commits: the baseline pays for as many transactions. */
const customersPerTransaction = 5_000;

function countRows(sqlite: Sqlite): RowCounts {
  const count = (table: string) => sqlite.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck().get() ?? 0;
  return Object.fromEntries(generatedTables.map((table) => [table, count(table)])) as RowCounts;
}

/** Writes sampled rows of one table again and again, with the columns that make a row new replaced. */
class SampledRows {
  private written = 0;
  private readonly rows: unknown[][];
  private readonly insert: Statement;
  private readonly replaced: number[];

  constructor(source: Sqlite, target: Sqlite, table: string, replacedColumns: readonly string[]) {
    const select = source.prepare(`SELECT * FROM ${table} LIMIT ${sampleSize}`).raw();
    const columns = select.columns().map((column) => column.name);
    this.rows = select.all() as unknown[][];
    this.insert = target.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
    this.replaced = replacedColumns.map((name) => columns.indexOf(name));
  }

  write(...values: unknown[]): void {
    const row = [...(this.rows[this.written++ % this.rows.length] ?? [])];
    this.replaced.forEach((column, index) => {
      row[column] = values[index];
    });
    this.insert.run(row);
  }
}

/** How many of `total` children the `index`-th of `parents` gets, spread evenly. */
function share(index: number, total: number, parents: number): number {
  return Math.floor(((index + 1) * total) / parents) - Math.floor((index * total) / parents);
}

/**
 * The baseline: a plain better-sqlite3 loop with no generation logic. It
 * writes as many rows into each table as the generator did, in the same
 * order (a customer, then their tags, numbers, calls, notes and promises) and
 * in as many transactions, cycling through rows sampled from the generated
 * database.
 */
function plainInsertLoop(source: Sqlite, target: Sqlite, counts: RowCounts): number {
  const customers = new SampledRows(source, target, 'customers', ['id']);
  const tags = new SampledRows(source, target, 'customer_tags', ['customer_id', 'tag']);
  const phones = new SampledRows(source, target, 'customer_phones', ['id', 'customer_id']);
  // Each call gets its own SIP Call-ID, as real calls do: sampled ones would
  // repeat thousands of times and slow the Call-ID index down with duplicates.
  const calls = new SampledRows(source, target, 'interactions', ['id', 'customer_id', 'sip_call_id']);
  const rootCauses = new SampledRows(source, target, 'interaction_root_causes', ['interaction_id', 'code']);
  const notes = new SampledRows(source, target, 'notes', ['id', 'customer_id', 'interaction_id']);
  const promises = new SampledRows(source, target, 'promises', ['id', 'customer_id', 'interaction_id']);
  const rootCauseCodes = source.prepare<[], string>('SELECT code FROM root_cause_codes ORDER BY code').pluck().all();
  const written = { phones: 0, calls: 0, notes: 0, promises: 0 };

  const writeCustomers = target.transaction((from: number, to: number) => {
    for (let index = from; index < to; index++) {
      const customerId = index + 1;
      const childrenOf = (table: keyof RowCounts) => share(index, counts[table], counts.customers);
      customers.write(customerId);
      for (let n = 0, count = childrenOf('customer_tags'); n < count; n++) tags.write(customerId, `tag-${n}`);
      for (let n = childrenOf('customer_phones'); n > 0; n--) phones.write(++written.phones, customerId);
      let lastCall: number | null = null;
      for (let n = childrenOf('interactions'); n > 0; n--) {
        lastCall = ++written.calls;
        calls.write(lastCall, customerId, `bench-${lastCall}@parley.invalid`);
        const causes = share(lastCall - 1, counts.interaction_root_causes, counts.interactions);
        for (let cause = 0; cause < causes; cause++) rootCauses.write(lastCall, rootCauseCodes[cause % rootCauseCodes.length]);
      }
      for (let n = childrenOf('notes'); n > 0; n--) notes.write(++written.notes, customerId, lastCall);
      for (let n = childrenOf('promises'); n > 0; n--) promises.write(++written.promises, customerId, lastCall);
    }
  });
  for (let from = 0; from < counts.customers; from += customersPerTransaction) {
    writeCustomers(from, Math.min(counts.customers, from + customersPerTransaction));
  }
  return Object.values(countRows(target)).reduce((sum, count) => sum + count, 0);
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
  for (const table of generatedTables) {
    const columns = source.prepare(`SELECT * FROM ${table} LIMIT 1`).columns().map((column) => column.name);
    target.exec(`CREATE TABLE ${table} (${columns.join(', ')})`);
  }
}

function rate(rows: number, run: { seconds: number }): string {
  return `${Math.round(rows / run.seconds).toLocaleString('en')} rows/s (${run.seconds.toFixed(1)} s)`;
}

export function benchGeneration(dir: string, customers: number): { file: string; met: boolean } {
  console.log(`\nDemo generation: ${customers.toLocaleString('en')} customers, ~${(5 * customers).toLocaleString('en')} calls`);
  const file = join(dir, 'demo.sqlite');
  const demo = openStore(file);
  const generated = seconds(() => generateDemoData(demo.sqlite, { customers, interactionsPerCustomer: 5, seed: 1 }));
  const counts = countRows(demo.sqlite);
  const rows = Object.values(counts).reduce((sum, count) => sum + count, 0);
  console.log(`  rows written: ${JSON.stringify(counts)}`);
  console.log(`  generateDemoData: ${rows.toLocaleString('en')} rows, ${rate(rows, generated)}`);

  const plainInto = (name: string, prepare: (target: Sqlite) => void) => {
    const target = openStore(join(dir, `${name}.sqlite`));
    copyCodeLists(demo.sqlite, target.sqlite);
    prepare(target.sqlite);
    const run = seconds(() => plainInsertLoop(demo.sqlite, target.sqlite, counts));
    target.close();
    if (run.value !== rows) throw new Error(`The plain loop wrote ${run.value} rows instead of ${rows}`);
    return run;
  };
  const plain = plainInto('plain-same-schema', () => {});
  console.log(`  baseline, plain insert loop, same rows in the same order into the same schema: ${rate(rows, plain)}`);
  const withoutSearch = plainInto('plain-without-search', (target) => {
    for (const trigger of searchTriggers) target.exec(`DROP TRIGGER ${trigger}`);
  });
  console.log(`  context, the same loop without the FTS triggers: ${rate(rows, withoutSearch)}`);
  const bare = new Database(join(dir, 'plain-bare.sqlite'));
  bare.pragma('journal_mode = WAL');
  bare.pragma('synchronous = NORMAL');
  createBareTables(demo.sqlite, bare);
  const bareRun = seconds(() => plainInsertLoop(demo.sqlite, bare, counts));
  bare.close();
  console.log(`  context, the same loop into bare tables (no keys, indexes, triggers or search): ${rate(rows, bareRun)}`);

  const ratio = plain.seconds / generated.seconds;
  const searchShare = 1 - withoutSearch.seconds / plain.seconds;
  console.log(`  ratio to baseline: ${ratio.toFixed(2)}× (to bare tables: ${(bareRun.seconds / generated.seconds).toFixed(2)}×)`);
  console.log(`  FTS triggers' share of the plain loop's time: ${Math.round(searchShare * 100)}%`);
  demo.close();
  return { file, met: printTarget('generation ≥ 0.5× the plain insert loop', ratio >= 0.5) };
}
