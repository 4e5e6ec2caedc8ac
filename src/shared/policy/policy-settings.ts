import { settingsSchema, type Settings } from '../domain/settings';
import type { EffectivePolicy } from './effective-policy';
import { policyKeyNames, policyKeySpec } from './policy-keys';
import { settingOfTarget } from './policy-target';

/**
 * The settings a policy gives values to: the locked ones (`mandatory`), or the
 * defaults it recommends. A value the setting itself would refuse is left out
 * (the key schemas are at least as strict, so this is a guard, not a path).
 */
export function policySettings(policy: EffectivePolicy, level: 'mandatory' | 'recommended'): Partial<Settings> {
  const values: Record<string, unknown> = {};
  for (const key of policyKeyNames) {
    const value = policy[level][key];
    const target = policyKeySpec(key).sets;
    const setting = target ? settingOfTarget(target) : null;
    if (value === undefined || !setting) continue;
    const parsed = settingsSchema.shape[setting].safeParse(value);
    if (parsed.success) values[setting] = parsed.data;
  }
  return values as Partial<Settings>;
}
