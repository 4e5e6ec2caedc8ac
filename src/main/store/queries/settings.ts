import { eq, sql } from 'drizzle-orm';
import type { Store } from '../connection';
import { settings } from '../schema';

/** Every stored setting, by key, as the JSON value it was saved with. */
export function readAllSettings(store: Store): Map<string, unknown> {
  return new Map(store.orm.select({ key: settings.key, value: settings.value }).from(settings).all().map((row) => [row.key, row.value]));
}

/** The stored value, or undefined when the key was never saved. */
export function readSetting(store: Store, key: string): unknown {
  return store.orm.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get()?.value;
}

export function hasSetting(store: Store, key: string): boolean {
  return store.orm.select({ key: settings.key }).from(settings).where(eq(settings.key, key)).get() !== undefined;
}

/** Saves each value under its key, replacing what was there. */
export function writeSettings(store: Store, values: Iterable<[key: string, value: unknown]>, now: number): void {
  const rows = [...values].map(([key, value]) => ({
    key,
    // A JSON null ("the system default device") is a value, not a missing one: drizzle would write SQL NULL.
    value: value === null ? sql`'null'` : value,
    updatedAt: now,
  }));
  if (rows.length === 0) return;
  store.orm
    .insert(settings)
    .values(rows)
    .onConflictDoUpdate({ target: settings.key, set: { value: sql`excluded.value`, updatedAt: sql`excluded.updated_at` } })
    .run();
}

export function writeSetting(store: Store, key: string, value: unknown, now: number): void {
  writeSettings(store, [[key, value]], now);
}

export function deleteSetting(store: Store, key: string): void {
  store.orm.delete(settings).where(eq(settings.key, key)).run();
}
