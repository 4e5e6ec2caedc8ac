/**
 * A CSV row (one record per row, columns named as the JSON fields of
 * docs/SYNC.md) turned into the item the sync contract describes, so that an
 * import is validated and stored by exactly the rules a CRM's changes meet.
 * Lists sit in one cell: `phones` as `+44… mobile; +44…`, `tags` and
 * `rootCauses` separated by `;`. Times are epoch milliseconds or ISO 8601.
 */
const timeColumns = new Set(['updatedAt', 'createdAt', 'startedAt', 'answeredAt', 'endedAt', 'dueAt', 'statusChangedAt']);
const listColumns = new Set(['tags', 'rootCauses']);

function cell(column: string, value: string, problems: string[]): unknown {
  if (value === '') return undefined;
  if (timeColumns.has(column)) {
    const time = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
    if (Number.isNaN(time)) problems.push(`${column}: not a time (epoch milliseconds or ISO 8601)`);
    return Number.isNaN(time) ? value : time;
  }
  if (column === 'sortOrder') return Number(value);
  if (column === 'active') return ['1', 'true', 'yes'].includes(value.toLowerCase());
  if (listColumns.has(column)) return value.split(';').map((part) => part.trim()).filter(Boolean);
  if (column === 'phones') {
    return value
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [number = '', ...label] = part.split(/\s+/);
        return { number, label: label.join(' ') || null };
      });
  }
  return value;
}

/** The item, or the problems that make it unreadable before validation even starts. */
export function csvRecordToItem(record: Record<string, string>, importedAt: number): { item: Record<string, unknown>; problems: string[] } {
  const problems: string[] = [];
  const item: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(record)) item[column] = cell(column, value, problems);
  // Files exported by hand rarely carry a change time; the import is that change.
  if (item.kind === 'customer' && item.updatedAt === undefined) item.updatedAt = importedAt;
  if (item.kind === 'interaction' && item.customerId === undefined) item.customerId = null;
  return { item, problems };
}
