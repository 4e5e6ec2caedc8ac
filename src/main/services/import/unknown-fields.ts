import type { ImportProblem } from './import-problem';
import { importFields } from './import-item-schema';

/**
 * Fields a file carries that no item of their kind has: ignored, and said
 * once for the whole file (the first line that has one), not on every line.
 */
export class UnknownFields {
  private readonly seen = new Set<string>();

  constructor(private readonly found: ImportProblem[]) {}

  note(at: string, item: unknown): void {
    if (typeof item !== 'object' || item === null || !('kind' in item) || typeof item.kind !== 'string') return;
    const { kind } = item;
    const fields = importFields.get(kind);
    if (fields === undefined) return;
    for (const [name, value] of Object.entries(item)) {
      if (value === undefined || fields.has(name) || this.seen.has(`${kind}.${name}`)) continue;
      this.seen.add(`${kind}.${name}`);
      this.found.push({ at, reasons: [`${name}: not a field of a ${kind}, ignored here and on every later ${kind}`] });
    }
  }
}
