import { noPolicy, type EffectivePolicy } from '@shared/policy/effective-policy';

/** The policy in force: read once at start, replaced when the browser shell re-reads its file. */
export interface PolicyHolder {
  current(): EffectivePolicy;
  replace(policy: EffectivePolicy): void;
}

export function createPolicyHolder(initial: EffectivePolicy = noPolicy): PolicyHolder {
  let policy = initial;
  return {
    current: () => policy,
    replace: (next) => {
      policy = next;
    },
  };
}
