import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Sqlite } from '../../store/connection';
import { applyChange } from '../sync/apply-change';
import { recordOutcome } from '../sync/sync-journal';
import { csvRecordToItem } from './csv-record-to-item';

export interface ImportProblem {
  /** Where in the file: "line 12" (CSV) or "item 3" (JSON, counted from 1). */
  at: string;
  reasons: string[];
}

export interface ImportReport {
  file: string;
  rows: number;
  imported: number;
  /** Already held as they are (the same file imported again). */
  unchanged: number;
  rejected: ImportProblem[];
  /** Imported, with something left out or replaced (an invalid phone, an unknown value…). */
  adjusted: ImportProblem[];
}

export class ImportFileError extends Error {
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'ImportFileError';
  }
}

interface Row {
  at: string;
  item: unknown;
  problems: string[];
}

function csvRows(text: string, file: string, importedAt: number, rejected: ImportProblem[]): Row[] {
  try {
    const records = parse(text, {
      columns: true,
      bom: true,
      info: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        if (error) rejected.push({ at: `line ${error.lines}`, reasons: [error.message] });
      },
    }) as { record: Record<string, string>; info: { lines: number } }[];
    return records.map(({ record, info }) => ({ at: `line ${info.lines}`, ...csvRecordToItem(record, importedAt) }));
  } catch (error) {
    throw new ImportFileError(file, `not readable as CSV (${error instanceof Error ? error.message : 'parse error'})`);
  }
}

function jsonRows(text: string, file: string): Row[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ImportFileError(file, `not readable as JSON (${error instanceof Error ? error.message : 'parse error'})`);
  }
  const items = Array.isArray(parsed) ? parsed : typeof parsed === 'object' && parsed !== null && 'items' in parsed ? parsed.items : null;
  if (!Array.isArray(items)) throw new ImportFileError(file, 'JSON must be an array of items or { "items": [...] }');
  return items.map((item, index) => ({ at: `item ${index + 1}`, item, problems: [] }));
}

/**
 * Imports customers and their history from a CSV or JSON file of items in
 * the sync contract's shapes (docs/SYNC.md), for sites without a CRM
 * connector. Every row is checked by the rules a CRM's changes meet; good
 * rows are stored in one transaction (a kill leaves the file not imported at
 * all, and importing it again stores nothing twice); every refused or
 * adjusted row is in the report with its line and reasons.
 */
export function importFile(sqlite: Sqlite, file: string, options: { defaultCountry: string; now?: number }): ImportReport {
  const now = options.now ?? Date.now();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ImportFileError(file, `cannot be read (${error instanceof Error ? error.message : 'read error'})`);
  }
  const report: ImportReport = { file, rows: 0, imported: 0, unchanged: 0, rejected: [], adjusted: [] };
  const extension = extname(file).toLowerCase();
  if (extension !== '.csv' && extension !== '.json') throw new ImportFileError(file, 'must be a .csv or .json file');
  const rows = extension === '.csv' ? csvRows(text, file, now, report.rejected) : jsonRows(text, file);
  report.rows = rows.length + report.rejected.length;

  sqlite.transaction(() => {
    for (const row of rows) {
      if (row.problems.length > 0) {
        report.rejected.push({ at: row.at, reasons: row.problems });
        continue;
      }
      const outcome = applyChange(sqlite, row.item, options.defaultCountry);
      recordOutcome(sqlite, outcome, 'import', now);
      if (outcome.status === 'rejected') report.rejected.push({ at: row.at, reasons: outcome.reasons });
      else {
        report[outcome.status === 'applied' ? 'imported' : 'unchanged'] += 1;
        if (outcome.reasons.length > 0) report.adjusted.push({ at: row.at, reasons: outcome.reasons });
      }
    }
  })();
  return report;
}
