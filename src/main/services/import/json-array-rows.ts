import { readFileSync } from 'node:fs';
import { byteLines } from './byte-lines';
import { ImportFileError, type ImportRow } from './import-row';
import { strictUtf8 } from './strict-utf8';

/**
 * A JSON array is parsed whole (the items sit inside one value), so its size
 * bounds the memory an import takes: about ten times the file. Larger files
 * are written one item a line (.jsonl), which is streamed.
 */
export const maxJsonArrayBytes = 16 * 1024 * 1024;

async function invalidUtf8Lines(bytes: Buffer): Promise<number[]> {
  const lines: number[] = [];
  for await (const { line, bytes: lineBytes } of byteLines([bytes], bytes.length)) if (lineBytes !== null && strictUtf8(lineBytes) === null) lines.push(line);
  return lines;
}

/** `[item, …]` or `{ "items": [item, …] }`, of at most `maxJsonArrayBytes`. */
export async function* jsonArrayRows(file: string, size: number): AsyncGenerator<ImportRow> {
  if (size > maxJsonArrayBytes) {
    throw new ImportFileError(file, `a JSON array is read whole, so it may be at most ${maxJsonArrayBytes} bytes (this one is ${size}); write one item a line in a .jsonl file to import more`);
  }
  const bytes = readFileSync(file);
  const text = strictUtf8(bytes);
  if (text === null) {
    throw new ImportFileError(file, `not valid UTF-8 on line ${(await invalidUtf8Lines(bytes)).join(', ')}; nothing imported`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ImportFileError(file, `not readable as JSON (${error instanceof Error ? error.message : 'parse error'})`);
  }
  const items = Array.isArray(parsed) ? parsed : typeof parsed === 'object' && parsed !== null && 'items' in parsed ? parsed.items : null;
  if (!Array.isArray(items)) throw new ImportFileError(file, 'JSON must be an array of items or { "items": [...] }');
  for (const [index, item] of items.entries()) yield { at: `item ${index + 1}`, item, problems: [] };
}
