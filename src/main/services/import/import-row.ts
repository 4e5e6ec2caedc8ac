/** One record read from a file, before it is checked and stored. */
export interface ImportRow {
  /** Where in the file: "line 12", or "item 3" in a JSON array (counted from 1). */
  at: string;
  item: unknown;
  /** What makes the record unreadable before its fields are even checked (bad UTF-8, a broken line). */
  problems: string[];
}

/** The file as a whole cannot be imported (missing, of an unknown kind, not CSV or JSON at all). */
export class ImportFileError extends Error {
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'ImportFileError';
  }
}
