import { lockOf, type EffectivePolicy } from '@shared/policy/effective-policy';
import type { PolicyKeyName } from '@shared/policy/policy-keys';
import type { PolicyTarget } from '@shared/policy/policy-target';

/**
 * The first locked field a save would change (the phone account's server and
 * domain, the CRM's address), as the contract's `setting_locked` refusal.
 * Saving the locked value itself is no change.
 */
export function lockedFieldChange(
  policy: EffectivePolicy,
  fields: readonly [PolicyTarget, string][],
): { code: 'setting_locked'; setting: PolicyTarget; policyKey: string } | null {
  for (const [target, value] of fields) {
    const key = lockOf(policy, target);
    if (key !== null && policy.mandatory[key as PolicyKeyName] !== value) return { code: 'setting_locked', setting: target, policyKey: key };
  }
  return null;
}
