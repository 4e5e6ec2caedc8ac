import { useCallback, useEffect, useState } from 'react';
import type { ContractError } from '@shared/contract/error';
import type { TimelineCursor, TimelineEntry } from '@shared/domain/customer';
import { useContract } from '../../app/contract-context';

const pageSize = 30;

interface LoadedPages {
  customerId: number;
  entries: TimelineEntry[];
  next: TimelineCursor | null;
  error: ContractError | null;
}

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
  const [pages, setPages] = useState<LoadedPages | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    let current = true;
    void contract.call('customers.timeline', { customerId, before: null, limit: pageSize }).then((result) => {
      if (!current) return;
      setPages(
        result.ok
          ? { customerId, entries: result.value.entries, next: result.value.next, error: null }
          : { customerId, entries: [], next: null, error: result.error },
      );
    });
    return () => {
      current = false;
    };
  }, [contract, customerId]);

  // Another customer's pages are never shown, even for the moment before the first page arrives.
  const shown = pages?.customerId === customerId ? pages : null;

  const loadMore = useCallback(() => {
    const before = shown?.next;
    if (!before) return;
    setLoadingMore(true);
    void contract.call('customers.timeline', { customerId, before, limit: pageSize }).then((result) => {
      setLoadingMore(false);
      setPages((previous) => {
        if (previous?.customerId !== customerId) return previous;
        return result.ok
          ? { ...previous, entries: previous.entries.concat(result.value.entries), next: result.value.next, error: null }
          : { ...previous, error: result.error };
      });
    });
  }, [contract, customerId, shown?.next]);

  return {
    entries: shown?.entries ?? [],
    hasMore: Boolean(shown?.next),
    loading: shown === null || loadingMore,
    error: shown?.error ?? null,
    loadMore,
  };
}
