import { useState } from 'react';
import type { ContractError } from '@shared/contract/error';
import type { TimelineEntry, TimelinePage } from '@shared/domain/customer';
import { useContract } from '../../ui/contract-context';
import { useContractQuery } from '../../ui/use-contract-query';
import { useEventRevision } from '../../ui/use-event-revision';

const pageSize = 20;

export interface TimelineState {
  /** Newest first, every page loaded so far. */
  entries: TimelineEntry[];
  /** Until the first page has arrived. */
  loading: boolean;
  loadingOlder: boolean;
  hasOlder: boolean;
  error: ContractError | null;
  loadOlder(): void;
}

/**
 * One customer's history, a page at a time, each next page asked for by the
 * cursor the last one ended with. Its state belongs to that one customer: the
 * card is remounted for another.
 */
export function useTimeline(customerId: number): TimelineState {
  const contract = useContract();
  // A script run saved on a call shows up at once (a call of this customer's or not: the page is cheap to ask again).
  const scriptRuns = useEventRevision('scripts.run.changed', () => true);
  const firstPage = useContractQuery(
    `timeline:${customerId}:${scriptRuns}`,
    () => contract.call('customers.timeline', { customerId, before: null, limit: pageSize }),
    { keepPrevious: true },
  );
  const [olderPages, setOlderPages] = useState<TimelinePage[]>([]);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [olderError, setOlderError] = useState<ContractError | null>(null);

  const pages = firstPage.status === 'ready' ? [firstPage.value, ...olderPages] : [];
  const before = pages.at(-1)?.next ?? null;

  const loadOlder = () => {
    if (!before || loadingOlder) return;
    setLoadingOlder(true);
    setOlderError(null);
    void contract.call('customers.timeline', { customerId, before, limit: pageSize }).then((result) => {
      setLoadingOlder(false);
      if (result.ok) setOlderPages((loaded) => [...loaded, result.value]);
      else setOlderError(result.error);
    });
  };

  return {
    entries: pages.flatMap((page) => page.entries),
    loading: firstPage.status === 'loading',
    loadingOlder,
    hasOlder: before !== null,
    error: firstPage.status === 'failed' ? firstPage.error : olderError,
    loadOlder,
  };
}
