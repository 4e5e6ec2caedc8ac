import { defaultSettings, settingsSchema, type Settings, type SettingsPatch } from '@shared/domain/settings';
import type { Store } from '../../store/connection';
import { readAllSettings, writeSettings } from '../../store/queries/settings';

/**
 * The agent's settings. Each field is read on its own, so one unreadable
 * value falls back to its default without losing the others.
 */
export function readSettings(store: Store): Settings {
  const stored = readAllSettings(store);
  const settings: Record<string, unknown> = { ...defaultSettings };
  for (const key of Object.keys(defaultSettings) as (keyof Settings)[]) {
    const field = settingsSchema.shape[key].safeParse(stored.get(key));
    if (field.success) settings[key] = field.data;
  }
  return settingsSchema.parse(settings);
}

export function updateSettings(store: Store, patch: SettingsPatch, now = Date.now()): Settings {
  writeSettings(
    store,
    Object.entries(patch).filter(([, value]) => value !== undefined),
    now,
  );
  return readSettings(store);
}
