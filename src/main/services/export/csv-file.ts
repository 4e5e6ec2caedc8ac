import type { Language } from '@shared/domain/language';
import type { ExportTable } from '@shared/domain/table-export';
import { csvSeparator, formattedCell, isDay } from './cell-format';
import { formulaNeutralised } from './formula-neutralised';

function quoted(text: string, separator: string): string {
  return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The tables one after another, each under its title and separated by an
 * empty line; CRLF line ends and a byte-order mark, so that Excel reads the
 * Cyrillic as UTF-8. Every text cell, headings and titles included, is
 * neutralised; numbers and dates are not text anyone typed, and a negative
 * number must stay a number.
 */
export function csvFile(tables: readonly ExportTable[], language: Language): Buffer {
  const separator = csvSeparator(language);
  const line = (cells: readonly string[]) => cells.map((cell) => quoted(cell, separator)).join(separator);
  const cell = (value: string | number | null, kind: ExportTable['columns'][number]['kind']) =>
    typeof value === 'string' && !isDay(value, kind) ? formulaNeutralised(value) : formattedCell(value, kind, language);
  const sections = tables.map((table) =>
    [
      line([formulaNeutralised(table.title)]),
      line(table.columns.map((column) => formulaNeutralised(column.heading))),
      ...table.rows.map((row) => line(table.columns.map((column, index) => cell(row[index] ?? null, column.kind)))),
    ].join('\r\n'),
  );
  return Buffer.from(`\uFEFF${sections.join('\r\n\r\n')}\r\n`, 'utf8');
}
