import { useState } from 'react';
import type { PendingWrapUp } from '@shared/domain/wrap-up';
import { useContract } from '../../app/contract-context';
import { useContractQuery } from '../../app/use-contract-query';

/** Calls whose note was being written when the console last stopped: they wait to be finished. */
export function usePendingWrapUps(): { pending: PendingWrapUp[]; refresh(): void } {
  const contract = useContract();
  const [revision, setRevision] = useState(0);
  const query = useContractQuery(`pending-wrap-ups:${revision}`, () => contract.call('wrap-up.pending', {}), { keepPrevious: true });
  return {
    pending: query.status === 'ready' ? query.value.pending : [],
    refresh: () => setRevision((count) => count + 1),
  };
}
