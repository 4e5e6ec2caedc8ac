import { createReadStream, statSync } from 'node:fs';
import { extname } from 'node:path';
import type { Sqlite } from '../../store/connection';
import type { z } from 'zod';
import { applyChange } from '../sync/apply-change';
import type { WireItem } from '../sync/wire';
import { recordOutcome } from '../sync/sync-journal';
import { csvRows } from './csv-rows';
import { importItemSchema } from './import-item-schema';
import { ImportFileError, type ImportRow } from './import-row';
import { jsonArrayRows } from './json-array-rows';
import { jsonLineRows } from './json-line-rows';
import type { ImportProblem } from './import-problem';
import { UnknownFields } from './unknown-fields';

export { ImportFileError } from './import-row';

export type { ImportProblem } from './import-problem';

export interface ImportReport {
  file: string;
  rows: number;
  imported: number;
  /** Already held as they are (the same file imported again). */
  unchanged: number;
  rejected: ImportProblem[];
  /** Imported, with something left out or replaced (an invalid phone, an unknown value…). */
  adjusted: ImportProblem[];
  /** Fields no item of their kind has, each named once, where it first appears. */
  ignored: ImportProblem[];
}

export interface ImportOptions {
  defaultCountry: string;
  now?: number;
  /** Rows stored per transaction. */
  batchSize?: number;
  /** After each batch is committed, with the number of rows read so far. */
  onBatch?: (rows: number) => void;
  /** The items the file may hold (a roster file: people only); every kind by default. */
  itemSchema?: z.ZodType<WireItem>;
}

/** Rows stored per transaction unless told otherwise: large enough that commits cost little, small enough that a kill loses little. */
export const importBatchSize = 1000;

const formats: Record<string, string> = { '.csv': 'CSV', '.jsonl': 'JSON lines', '.ndjson': 'JSON lines', '.json': 'JSON' };

/** The file's rows; a file that stops being readable part-way is said to be so, with what was imported before it. */
async function* readRows(file: string, size: number, now: number, imported: () => number): AsyncGenerator<ImportRow> {
  const extension = extname(file).toLowerCase();
  try {
    if (extension === '.json') yield* jsonArrayRows(file, size);
    else if (extension === '.csv') yield* csvRows(createReadStream(file), now);
    else yield* jsonLineRows(createReadStream(file));
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    const reason = error instanceof Error ? error.message : 'read error';
    throw new ImportFileError(
      file,
      `not readable as ${formats[extension] ?? extension} (${reason}); the ${imported()} rows before its batch were imported, and importing the file again once it is fixed doubles nothing`,
    );
  }
}

/**
 * Imports customers and their history from a file of items in the sync
 * contract's shapes (docs/SYNC.md) — CSV, JSON lines, or a JSON array — for
 * sites without a CRM connector. The file is streamed (a JSON array is
 * bounded instead: json-array-rows.ts), so memory stays flat whatever its
 * size. Every row is checked by the rules a CRM's changes meet and by the
 * console's own length limits; rows are stored in transactions of
 * `batchSize`: a killed import keeps the batches it committed and loses the
 * one in flight whole, and importing the file again finishes it without
 * storing anything twice. Every refused or adjusted row is in the report with
 * its line and reasons.
 */
export async function importFile(sqlite: Sqlite, file: string, options: ImportOptions): Promise<ImportReport> {
  const now = options.now ?? Date.now();
  if (formats[extname(file).toLowerCase()] === undefined) throw new ImportFileError(file, 'must be a .csv, .jsonl, .ndjson or .json file');
  let size: number;
  try {
    size = statSync(file).size;
  } catch (error) {
    throw new ImportFileError(file, `cannot be read (${error instanceof Error ? error.message : 'read error'})`);
  }

  const report: ImportReport = { file, rows: 0, imported: 0, unchanged: 0, rejected: [], adjusted: [], ignored: [] };
  const unknownFields = new UnknownFields(report.ignored);
  const storeRow = (row: ImportRow) => {
    if (row.problems.length > 0) {
      report.rejected.push({ at: row.at, reasons: row.problems });
      return;
    }
    unknownFields.note(row.at, row.item);
    const outcome = applyChange(sqlite, row.item, options.defaultCountry, options.itemSchema ?? importItemSchema);
    recordOutcome(sqlite, outcome, 'import', now);
    if (outcome.status === 'rejected') report.rejected.push({ at: row.at, reasons: outcome.reasons });
    else {
      report[outcome.status === 'applied' ? 'imported' : 'unchanged'] += 1;
      if (outcome.reasons.length > 0) report.adjusted.push({ at: row.at, reasons: outcome.reasons });
    }
  };

  // Each row is stored as soon as it is read, inside a transaction that stays open across reads: rows never wait
  // in memory for their batch (those that did lived long enough for the garbage collector to keep them by
  // the hundred megabytes). Nothing else writes on the importer's connection meanwhile.
  const batchSize = options.batchSize ?? importBatchSize;
  let inBatch = 0;
  try {
    for await (const row of readRows(file, size, now, () => report.rows)) {
      if (inBatch === 0) sqlite.exec('BEGIN');
      storeRow(row);
      inBatch += 1;
      if (inBatch < batchSize) continue;
      sqlite.exec('COMMIT');
      report.rows += inBatch;
      inBatch = 0;
      options.onBatch?.(report.rows);
    }
    if (inBatch > 0) sqlite.exec('COMMIT');
    report.rows += inBatch;
  } catch (error) {
    if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
    throw error;
  }
  return report;
}
