import { useCallback } from 'react';
import type { CustomerHit } from '@shared/domain/customer';
import { useContract } from '../../ui/contract-context';

/**
 * Enter pressed before the list caught up with the typing: ask for the best
 * match of exactly what was typed (the list's first row once it arrives) and
 * open it, unless the agent has typed on since. A failure needs no notice of
 * its own: the list's search for the same text shows it.
 */
export function useOpenBestMatch(): (query: string, typedNow: () => string, open: (hit: CustomerHit) => void) => void {
  const contract = useContract();
  return useCallback(
    (query, typedNow, open) => {
      void contract.call('customers.search', { query, limit: 1 }).then((answer) => {
        const best = answer.ok ? answer.value.hits[0] : undefined;
        if (best && typedNow() === query) open(best);
      });
    },
    [contract],
  );
}
