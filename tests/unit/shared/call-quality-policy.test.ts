import { describe, expect, it } from 'vitest';
import { defaultPoorCallThresholds } from '@shared/domain/call-quality';
import { poorCallThresholdsOf } from '@shared/policy/call-quality-policy';
import { mergePolicy, noPolicy } from '@shared/policy/effective-policy';
import { validatePolicy } from '@shared/policy/validate-policy';

describe('what a poor call is at this site', () => {
  it('is the industry’s thresholds without a policy', () => {
    expect(poorCallThresholdsOf(noPolicy)).toEqual(defaultPoorCallThresholds);
  });

  it('takes each callQuality key IT sets, a registry’s decimal text included, and keeps the defaults for the rest', () => {
    const policy = mergePolicy([
      validatePolicy({ 'callQuality.minMos': '3.9', recommended: { 'callQuality.maxJitterMs': 50 } }, 'HKLM\\Software\\Policies\\Parley'),
    ]);
    expect(poorCallThresholdsOf(policy)).toEqual({ ...defaultPoorCallThresholds, mos: 3.9, jitterMs: 50 });
  });

  it('ignores a value out of range (the policy lists it as a problem) and keeps the default', () => {
    const policy = mergePolicy([validatePolicy({ 'callQuality.maxLossPercent': 80 }, '/etc/parley/policy.json')]);
    expect(policy.problems.map((problem) => problem.path)).toEqual(['callQuality.maxLossPercent']);
    expect(poorCallThresholdsOf(policy).lossPercent).toBe(defaultPoorCallThresholds.lossPercent);
  });
});
