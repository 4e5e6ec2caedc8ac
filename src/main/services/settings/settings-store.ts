import { sql } from 'drizzle-orm';
import { defaultSettings, settingsSchema, type Settings, type SettingsPatch } from '@shared/domain/settings';
import type { Orm } from '../../store/database';
import { settings as settingsTable } from '../../store/schema';

/**
 * The agent's settings. Each field is read on its own, so one unreadable
 * value falls back to its default without losing the others.
 */
export function readSettings(orm: Orm): Settings {
  const stored = new Map(orm.select().from(settingsTable).all().map((row) => [row.key, row.value]));
  const settings: Record<string, unknown> = { ...defaultSettings };
  for (const key of Object.keys(defaultSettings) as (keyof Settings)[]) {
    const field = settingsSchema.shape[key].safeParse(stored.get(key));
    if (field.success) settings[key] = field.data;
  }
  return settingsSchema.parse(settings);
}

export function updateSettings(orm: Orm, patch: SettingsPatch, now = Date.now()): Settings {
  const rows = Object.entries(patch)
    .filter(([, value]) => value !== undefined)
    // A JSON null ("the system default device") is a value, not a missing one: drizzle would write SQL NULL.
    .map(([key, value]) => ({ key, value: value === null ? sql`'null'` : value, updatedAt: now }));
  if (rows.length > 0) {
    orm
      .insert(settingsTable)
      .values(rows)
      .onConflictDoUpdate({ target: settingsTable.key, set: { value: sql`excluded.value`, updatedAt: sql`excluded.updated_at` } })
      .run();
  }
  return readSettings(orm);
}
