import { useEffect, useRef, useState } from 'react';
import type { CustomerHit } from '@shared/domain/customer';
import { useContract } from '../../ui/contract-context';
import { useContractQuery, type QueryState } from '../../ui/use-contract-query';
import { isTooShortNumber } from './too-short-number';

/**
 * While the agent types, a search goes out once typing has settled this
 * long: fast enough to feel instant. The first change after a pause (a
 * pasted number, the first letter of a name) goes out at once.
 */
const debounceMs = 100;
const resultLimit = 20;

export interface CustomerSearchState {
  results: QueryState<CustomerHit[]>;
  /** The results answer exactly what is typed now, not an earlier query kept on screen while this one runs. */
  current: boolean;
}

/** Customers matching what the agent types; the latest query's answer always wins. */
export function useCustomerSearch(query: string): CustomerSearchState {
  const contract = useContract();
  const typed = query.trim();
  const [settled, setSettled] = useState(typed);
  const lastChangeAt = useRef<number | null>(null);
  useEffect(() => {
    const previous = lastChangeAt.current;
    // The first run is the box appearing, not the agent typing.
    const now = previous === null ? -Infinity : performance.now();
    lastChangeAt.current = now;
    if (previous === null) return;
    if (now - previous >= debounceMs) {
      setSettled(typed);
      return;
    }
    const timer = setTimeout(() => setSettled(typed), debounceMs);
    return () => clearTimeout(timer);
  }, [typed]);

  const results = useContractQuery(
    settled === '' || isTooShortNumber(settled) ? null : settled,
    async () => {
      const answer = await contract.call('customers.search', { query: settled, limit: resultLimit });
      return answer.ok ? { ok: true, value: answer.value.hits } : answer;
    },
    { keepPrevious: true },
  );
  return { results, current: results.status === 'ready' && !results.stale && settled === typed };
}
