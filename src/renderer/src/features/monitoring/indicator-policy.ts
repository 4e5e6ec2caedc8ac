import type { EffectivePolicy } from '@shared/policy/effective-policy';

const key = 'monitoring.showIndicator';

/** The agent sees the supervisor's indicator unless IT's policy (locked or as a default) says false. */
export function indicatorShown(policy: EffectivePolicy): boolean {
  return (policy.mandatory[key] ?? policy.recommended[key] ?? true) !== false;
}
