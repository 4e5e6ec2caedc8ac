import { noPolicy, lockOf, type EffectivePolicy } from '@shared/policy/effective-policy';
import { policySettings } from '@shared/policy/policy-settings';
import { settingTarget } from '@shared/policy/policy-target';
import { defaultSettings, settingsSchema, type Settings, type SettingsPatch } from '@shared/domain/settings';
import type { Store } from '../../store/connection';
import { readAllSettings, writeSettings } from '../../store/queries/settings';

/**
 * The agent's settings. Each field is read on its own, so one unreadable
 * value falls back to its default without losing the others. Policy comes
 * in twice: its recommended values replace the defaults, its locked values
 * replace whatever is stored.
 */
export function readSettings(store: Store, policy: EffectivePolicy = noPolicy): Settings {
  const stored = readAllSettings(store);
  const settings: Record<string, unknown> = { ...defaultSettings, ...policySettings(policy, 'recommended') };
  for (const key of Object.keys(defaultSettings) as (keyof Settings)[]) {
    const field = settingsSchema.shape[key].safeParse(stored.get(key));
    if (field.success) settings[key] = field.data;
  }
  return settingsSchema.parse({ ...settings, ...policySettings(policy, 'mandatory') });
}

/** A setting the policy locks, and the key that locks it. */
export interface LockedSetting {
  setting: keyof Settings;
  policyKey: string;
}

/**
 * The first locked setting the patch would change, if any. A locked setting
 * sent with the value it already has is no change: a form sends every field.
 */
export function lockedChange(store: Store, patch: SettingsPatch, policy: EffectivePolicy): LockedSetting | null {
  const current = readSettings(store, policy);
  for (const [setting, value] of Object.entries(patch) as [keyof Settings, unknown][]) {
    const policyKey = lockOf(policy, settingTarget(setting));
    if (value !== undefined && policyKey !== null && JSON.stringify(value) !== JSON.stringify(current[setting])) return { setting, policyKey };
  }
  return null;
}

/**
 * Saves the patch's unlocked settings (the caller refuses a change to a locked
 * one first, see `lockedChange`). Locked ones are not written: the stored value
 * stays the agent's own for when the lock is lifted.
 */
export function updateSettings(store: Store, patch: SettingsPatch, policy: EffectivePolicy = noPolicy, now = Date.now()): Settings {
  writeSettings(
    store,
    Object.entries(patch).filter(([setting, value]) => value !== undefined && lockOf(policy, settingTarget(setting as keyof Settings)) === null),
    now,
  );
  return readSettings(store, policy);
}
