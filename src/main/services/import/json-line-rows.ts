import { maxScriptTextLength } from '@shared/contract/limits';
import { byteLines } from './byte-lines';
import type { ImportRow } from './import-row';
import { strictUtf8 } from './strict-utf8';

/**
 * The longest line kept: an item as large as the largest script the editor
 * saves (its text in UTF-8, at most 4 bytes a character). Anything longer is
 * reported and skipped without being held in memory.
 */
export const maxJsonLineBytes = 4 * maxScriptTextLength;

const byteOrderMark = /^\uFEFF/;

/** Line-delimited JSON (`.jsonl`, `.ndjson`): one item a line, read as a stream. Blank lines are skipped. */
export async function* jsonLineRows(chunks: AsyncIterable<Buffer>): AsyncGenerator<ImportRow> {
  for await (const { line, bytes } of byteLines(chunks, maxJsonLineBytes)) {
    const at = `line ${line}`;
    if (bytes === null) {
      yield { at, item: undefined, problems: [`longer than ${maxJsonLineBytes} bytes, skipped`] };
      continue;
    }
    const text = strictUtf8(bytes);
    if (text === null) {
      yield { at, item: undefined, problems: ['not valid UTF-8'] };
      continue;
    }
    if (text.trim() === '') continue;
    try {
      yield { at, item: JSON.parse(line === 1 ? text.replace(byteOrderMark, '') : text), problems: [] };
    } catch {
      // The parser's message quotes the line, and lines are customer data.
      yield { at, item: undefined, problems: ['not readable as JSON'] };
    }
  }
}
