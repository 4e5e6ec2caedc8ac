import { useCallback, useEffect, useState } from 'react';
import type { ContractError } from '@shared/contract/error';
import type { TimelineCursor, TimelineEntry } from '@shared/domain/customer';
import { useContract } from '../../app/contract-context';

const pageSize = 30;

export interface TimelineState {
  entries: TimelineEntry[];
  hasMore: boolean;
  loading: boolean;
  error: ContractError | null;
  loadMore(): void;
}

/** A customer's history, newest first, one page at a time. */
export function useTimeline(customerId: number): TimelineState {
  const contract = useContract();
  const [entries, setEntries] = useState<TimelineEntry[]>([]);
  const [next, setNext] = useState<TimelineCursor | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ContractError | null>(null);
  const [shownFor, setShownFor] = useState(customerId);

  const load = useCallback(
    async (before: TimelineCursor | null, isCurrent: () => boolean) => {
      setLoading(true);
      const result = await contract.call('customers.timeline', { customerId, before, limit: pageSize });
      if (!isCurrent()) return;
      setLoading(false);
      if (!result.ok) {
        setError(result.error);
        return;
      }
      setError(null);
      setEntries((previous) => (before === null ? result.value.entries : previous.concat(result.value.entries)));
      setNext(result.value.next);
    },
    [contract, customerId],
  );

  if (shownFor !== customerId) {
    // Another customer: forget the previous one's history at once, not after the first page arrives.
    setShownFor(customerId);
    setEntries([]);
    setNext(null);
  }

  useEffect(() => {
    let current = true;
    void load(null, () => current);
    return () => {
      current = false;
    };
  }, [load]);

  const loadMore = useCallback(() => {
    if (next) void load(next, () => true);
  }, [load, next]);

  return { entries, hasMore: next !== null, loading, error, loadMore };
}
