import { useCallback, useRef, useState } from 'react';
import type { RequestInput } from '@shared/contract/methods';
import type { ContractError } from '@shared/contract/error';
import { useContract } from '../../ui/contract-context';

/**
 * Saves the call's script run after every move. Saves go one after another,
 * so an older state can never land after a newer one; the last error is kept
 * for the pane to show (the walk itself stays on screen, nothing is lost).
 */
export function useRunSaver(): { save(run: RequestInput<'scripts.run.save'>): void; error: ContractError | null } {
  const contract = useContract();
  const queue = useRef<Promise<void>>(Promise.resolve());
  const [error, setError] = useState<ContractError | null>(null);
  const save = useCallback(
    (run: RequestInput<'scripts.run.save'>) => {
      queue.current = queue.current.then(async () => {
        const result = await contract.call('scripts.run.save', run);
        setError(result.ok ? null : result.error);
      });
    },
    [contract],
  );
  return { save, error };
}
