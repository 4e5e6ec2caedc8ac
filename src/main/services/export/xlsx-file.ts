import ExcelJS from 'exceljs';
import type { Language } from '@shared/domain/language';
import type { ExportTable } from '@shared/domain/table-export';
import { isDay, type ColumnKind } from './cell-format';
import { formulaNeutralised } from './formula-neutralised';

/** Excel formats numbers with the reader's own separators; dates by the pattern their language writes. */
const dateFormats: Record<Language, string> = { en: 'dd/mm/yyyy', ru: 'dd.mm.yyyy', uk: 'dd.mm.yyyy' };
const numberFormats: Record<ColumnKind, string | undefined> = { text: undefined, number: '#,##0', decimal: '#,##0.0', percent: '0.0%', date: undefined };

/** Sheet names must be unique and free of `[]:*?/\`. */
function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
  let name = base;
  for (let copy = 2; taken.has(name); copy++) name = `${base.slice(0, 27)} (${copy})`;
  taken.add(name);
  return name;
}

/**
 * One sheet per table, the heading row bold and frozen. Values stay values
 * (numbers as numbers, days as dates) so the sheet can be summed and
 * charted; text is written as text, and neutralised as in the CSV for the
 * day it is saved as one.
 */
export async function xlsxFile(tables: readonly ExportTable[], language: Language): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Parley';
  const taken = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((column) => ({
      header: formulaNeutralised(column.heading),
      width: Math.min(40, Math.max(12, column.heading.length + 2)),
      style: { numFmt: column.kind === 'date' ? dateFormats[language] : numberFormats[column.kind] },
    }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) {
      sheet.addRow(
        table.columns.map((column, index) => {
          const value = row[index] ?? null;
          if (typeof value !== 'string') return value;
          return isDay(value, column.kind) ? new Date(`${value}T00:00:00Z`) : formulaNeutralised(value);
        }),
      );
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
