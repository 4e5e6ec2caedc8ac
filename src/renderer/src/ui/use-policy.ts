import { useCallback, useEffect, useState } from 'react';
import { lockOf, noPolicy, type EffectivePolicy } from '@shared/policy/effective-policy';
import type { PolicyTarget } from '@shared/policy/policy-target';
import { useConnected, useContract } from './contract-context';

export interface PolicyState {
  policy: EffectivePolicy;
  /** The policy key locking a setting, or null when the agent may change it. */
  lockOf(target: PolicyTarget): string | null;
}

/**
 * IT's policy as main applies it: read at every (re)connection and again when
 * main re-reads it. Until the answer arrives nothing shows as locked; main
 * refuses a locked change anyway (`setting_locked`).
 */
export function usePolicy(): PolicyState {
  const contract = useContract();
  const connected = useConnected();
  const [policy, setPolicy] = useState<EffectivePolicy>(noPolicy);

  useEffect(() => contract.on('policy.changed', setPolicy), [contract]);

  useEffect(() => {
    if (!connected) return;
    let current = true;
    void contract.call('policy.get', {}).then((result) => {
      if (current && result.ok) setPolicy(result.value);
    });
    return () => {
      current = false;
    };
  }, [contract, connected]);

  const lock = useCallback((target: PolicyTarget) => lockOf(policy, target), [policy]);
  return { policy, lockOf: lock };
}
