import { createReadStream, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse';
import { importBatchSize, importFile } from '../../src/main/services/import/import-file';
import { type Sqlite } from '../../src/main/store/connection';
import { openStore } from '../../src/main/store/database';

/** Peak resident memory of this process in MB: the kernel's high-water mark, read once the work is done. */
function peakRssMb(): number {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
  // resourceUsage's maxRSS is in kB too, where /proc is missing.
  return Number(kb ?? process.resourceUsage().maxRSS) / 1024;
}

/**
 * What an importer needs at the least to write the same customers: csv-parse's
 * stream and two prepared inserts in transactions of the same size — no checks,
 * no number parsing, no report.
 */
async function plainImport(sqlite: Sqlite, file: string, batchSize: number): Promise<number> {
  const insertCustomer = sqlite
    .prepare<unknown[], number>(
      `INSERT INTO customers (external_id, first_name, last_name, display_name, company, email, tier, preferred_language, preferred_tone, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, NULL, 'friendly', ?, ?) RETURNING id`,
    )
    .pluck();
  const insertPhone = sqlite.prepare('INSERT INTO customer_phones (customer_id, e164, label) VALUES (?, ?, ?)');
  const insertTag = sqlite.prepare('INSERT INTO customer_tags (customer_id, tag) VALUES (?, ?)');
  const store = sqlite.transaction((records: Record<string, string>[]) => {
    for (const row of records) {
      const updatedAt = Number(row.updatedAt);
      const id = insertCustomer.get(row.id, row.firstName, row.lastName, `${row.firstName} ${row.lastName}`, row.company, row.email, row.tier, updatedAt, updatedAt) as number;
      const [number, label] = (row.phones ?? '').split(' ');
      insertPhone.run(id, number, label);
      for (const tag of (row.tags ?? '').split(';')) insertTag.run(id, tag);
    }
  });
  let rows = 0;
  let batch: Record<string, string>[] = [];
  for await (const record of createReadStream(file).pipe(parse({ columns: true, bom: true }))) {
    batch.push(record as Record<string, string>);
    if (batch.length < batchSize) continue;
    store(batch);
    rows += batch.length;
    batch = [];
  }
  store(batch);
  return rows + batch.length;
}

/**
 * One import in a process of its own, so that its peak memory is its own:
 * `--mode importer|plain --file customers.csv --db parley.sqlite`. Prints one
 * JSON line: rows, seconds, peakRssMb.
 */
export async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { mode: { type: 'string' }, db: { type: 'string' }, file: { type: 'string' } } });
  const file = values.file ?? '';
  const store = openStore(values.db ?? '');
  const started = performance.now();
  let rows: number;
  if (values.mode === 'plain') rows = await plainImport(store.sqlite, file, importBatchSize);
  else {
    const report = await importFile(store.sqlite, file, { defaultCountry: 'GB' });
    if (report.rejected.length > 0) throw new Error(`${report.rejected.length} rows refused, first ${JSON.stringify(report.rejected[0])}`);
    rows = report.imported;
  }
  const seconds = (performance.now() - started) / 1000;
  store.close();
  console.log(JSON.stringify({ rows, seconds, peakRssMb: peakRssMb() }));
  return 0;
}
