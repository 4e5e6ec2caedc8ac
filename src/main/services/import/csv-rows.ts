import type { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import { csvRecordToItem } from './csv-record-to-item';
import type { ImportRow } from './import-row';
import { strictUtf8 } from './strict-utf8';

/**
 * CSV read as a stream, one record at a time. The parser hands over raw bytes
 * (`encoding: null`) and each field is decoded here, strictly: a field that
 * is not UTF-8 refuses its row, naming the line and the column, instead of
 * being stored with U+FFFD in it. A record the parser cannot read (a wrong
 * number of cells) is refused with its line; the rest of the file goes on.
 */
export async function* csvRows(bytes: Readable, importedAt: number): AsyncGenerator<ImportRow> {
  // Records the parser skipped, waiting for their turn: the parser reads ahead of the records handed out.
  const skipped: { line: number; row: ImportRow }[] = [];
  const parser = bytes.pipe(
    parse({
      encoding: null,
      // csv-parse's types assume text; with `encoding: null` the header's cells are bytes too.
      columns: (header) =>
        (header as unknown as Buffer[]).map((name) => {
          const column = strictUtf8(name);
          if (column === null) throw new Error('the header line is not valid UTF-8');
          return column;
        }),
      bom: true,
      info: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error: CsvError | undefined) => {
        const line = Number(error?.lines);
        if (error) skipped.push({ line, row: { at: `line ${line}`, item: undefined, problems: [error.message] } });
        return undefined;
      },
    }),
  );
  bytes.on('error', (error) => parser.destroy(error));
  for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, Buffer>; info: { lines: number } }>) {
    while (skipped[0] !== undefined && skipped[0].line < info.lines) yield (skipped.shift() as (typeof skipped)[0]).row;
    const at = `line ${info.lines}`;
    const fields: Record<string, string> = {};
    const notUtf8: string[] = [];
    for (const [column, value] of Object.entries(record)) {
      const text = strictUtf8(value);
      if (text === null) notUtf8.push(`${column}: not valid UTF-8`);
      else fields[column] = text;
    }
    yield notUtf8.length > 0 ? { at, item: undefined, problems: notUtf8 } : { at, ...csvRecordToItem(fields, importedAt) };
  }
  for (const { row } of skipped) yield row;
}
