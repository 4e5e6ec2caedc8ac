/**
 * What happened to one incoming item (a CRM change or an imported row). Reasons
 * name the field and the rule, never the value: values are customer data and
 * reasons end up in the audit log and in import reports.
 */
export type ItemStatus = 'applied' | 'skipped' | 'rejected';

export interface ItemOutcome {
  /** skipped: a copy already held (a replayed page, a note seen before) or older than the one held. */
  status: ItemStatus;
  kind: string;
  id: string | null;
  reasons: string[];
}

/** Collects the adjustments made to an item while it is cleaned. */
export class Reasons {
  readonly list: string[] = [];

  add(field: string, reason: string): void {
    this.list.push(`${field}: ${reason}`);
  }

  /** NUL bytes cut text short in too many tools downstream; they are removed and the removal reported. */
  text(value: string, field: string): string {
    if (!value.includes('\u0000')) return value;
    this.add(field, 'NUL bytes removed');
    return value.replaceAll('\u0000', '');
  }

  optionalText(value: string | null | undefined, field: string): string | null {
    return value === null || value === undefined ? null : this.text(value, field);
  }

  /** A value this console does not know (a newer CRM) is stored as the fallback and reported. */
  choice<T extends string>(value: string | null | undefined, allowed: readonly T[], fallback: T, field: string): T;
  choice<T extends string>(value: string | null | undefined, allowed: readonly T[], fallback: null, field: string): T | null;
  choice<T extends string>(value: string | null | undefined, allowed: readonly T[], fallback: T | null, field: string): T | null {
    if (value === null || value === undefined) return fallback;
    const known = allowed.find((option) => option === value);
    if (known !== undefined) return known;
    this.add(field, `unknown value, stored as ${fallback ?? 'empty'}`);
    return fallback;
  }
}
