const newline = 0x0a;
const carriageReturn = 0x0d;

export interface ByteLine {
  /** Counted from 1. */
  line: number;
  /** Without its line break; null when the line was longer than allowed (its bytes were not kept). */
  bytes: Buffer | null;
}

/**
 * Splits a stream of bytes into lines without decoding them, so that each
 * line's UTF-8 can be checked on its own and a bad byte reported with its
 * line. Holds one line at a time; a line over `maxBytes` is dropped as it
 * comes, so memory stays bounded whatever the file holds.
 */
export async function* byteLines(chunks: AsyncIterable<Buffer> | Iterable<Buffer>, maxBytes: number): AsyncGenerator<ByteLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  let line = 1;
  const append = (part: Buffer) => {
    if (tooLong || part.length === 0) return;
    if (size + part.length > maxBytes) {
      tooLong = true;
      parts = [];
      return;
    }
    parts.push(part);
    size += part.length;
  };
  const take = (): ByteLine => {
    let bytes = tooLong ? null : Buffer.concat(parts, size);
    if (bytes !== null && bytes.at(-1) === carriageReturn) bytes = bytes.subarray(0, -1);
    const taken = { line, bytes };
    parts = [];
    size = 0;
    tooLong = false;
    line += 1;
    return taken;
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf(newline, start); end !== -1; end = chunk.indexOf(newline, start)) {
      append(chunk.subarray(start, end));
      yield take();
      start = end + 1;
    }
    append(chunk.subarray(start));
  }
  if (size > 0 || tooLong) yield take();
}
