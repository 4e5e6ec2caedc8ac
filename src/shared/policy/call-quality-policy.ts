import { defaultPoorCallThresholds, type PoorCallThresholds } from '../domain/call-quality';
import { policyValue, type EffectivePolicy } from './effective-policy';
import type { PolicyKeyName } from './policy-keys';

/** What "poor" means at this site: each `callQuality.*` key IT set replaces its industry default. */
export function poorCallThresholdsOf(policy: EffectivePolicy): PoorCallThresholds {
  const number = (key: PolicyKeyName, fallback: number) => {
    const value = policyValue(policy, key);
    return typeof value === 'number' ? value : fallback;
  };
  return {
    roundTripMs: number('callQuality.maxRoundTripMs', defaultPoorCallThresholds.roundTripMs),
    jitterMs: number('callQuality.maxJitterMs', defaultPoorCallThresholds.jitterMs),
    lossPercent: number('callQuality.maxLossPercent', defaultPoorCallThresholds.lossPercent),
    mos: number('callQuality.minMos', defaultPoorCallThresholds.mos),
  };
}
