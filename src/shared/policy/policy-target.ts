import { z } from 'zod';
import { settingsSchema } from '../domain/settings';

/**
 * What a policy key can set and lock: one of the agent's settings, a field of
 * the phone account, or the CRM's address. Keys no form shows yet (the update
 * channel, the log level…) set no target: the feature that uses them reads
 * the effective policy's value.
 */
export const policyTargetSchema = z.union([
  z.enum(['phone.server', 'phone.domain', 'crm.url']),
  z.templateLiteral(['settings.', settingsSchema.keyof()]),
]);
export type PolicyTarget = z.infer<typeof policyTargetSchema>;

export type SettingName = z.infer<ReturnType<typeof settingsSchema.keyof>>;

export function settingTarget<const K extends SettingName>(name: K): `settings.${K}` {
  return `settings.${name}`;
}

export function settingOfTarget(target: PolicyTarget): SettingName | null {
  return target.startsWith('settings.') ? (target.slice('settings.'.length) as SettingName) : null;
}
