import { useState } from 'react';
import type { PendingWrapUp } from '@shared/domain/wrap-up';
import { useContract } from '../../ui/contract-context';
import { useContractQuery } from '../../ui/use-contract-query';
import { useDraftJournalReplay } from './replay-draft-journal';

/**
 * Calls whose wrap-up was being written when the console last stopped: they
 * wait to be finished. Asked again after each replay of the page's draft
 * journal, which may bring main a call it had no draft for.
 */
export function usePendingWrapUps(): { pending: PendingWrapUp[]; refresh(): void } {
  const contract = useContract();
  const [revision, setRevision] = useState(0);
  const replays = useDraftJournalReplay();
  const query = useContractQuery(`pending-wrap-ups:${revision}:${replays}`, () => contract.call('wrap-up.pending', {}), { keepPrevious: true });
  return {
    pending: query.status === 'ready' ? query.value.pending : [],
    refresh: () => setRevision((count) => count + 1),
  };
}
