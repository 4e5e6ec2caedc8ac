import { defaultSettings, settingsSchema, type Settings, type SettingsPatch } from '@shared/domain/settings';
import type { Sqlite } from '../../store/database';
import { preparedPerDatabase } from '../../store/prepared';

const statements = preparedPerDatabase((sqlite) => ({
  all: sqlite.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings'),
  put: sqlite.prepare<[string, string, number]>(
    `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ),
}));

/**
 * The agent's settings. Each field is read on its own, so one unreadable
 * value falls back to its default without losing the others.
 */
export function readSettings(sqlite: Sqlite): Settings {
  const stored = new Map(statements(sqlite).all.all().map((row) => [row.key, row.value]));
  const settings: Record<string, unknown> = { ...defaultSettings };
  for (const key of Object.keys(defaultSettings) as (keyof Settings)[]) {
    const raw = stored.get(key);
    if (raw === undefined) continue;
    const field = settingsSchema.shape[key].safeParse(JSON.parse(raw));
    if (field.success) settings[key] = field.data;
  }
  return settingsSchema.parse(settings);
}

export function updateSettings(sqlite: Sqlite, patch: SettingsPatch, now = Date.now()): Settings {
  const put = statements(sqlite).put;
  sqlite.transaction(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) put.run(key, JSON.stringify(value), now);
    }
  })();
  return readSettings(sqlite);
}
