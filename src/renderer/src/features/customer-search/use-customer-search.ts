import { useCallback, useEffect, useRef, useState } from 'react';
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
  /** What is typed in the box. */
  query: string;
  setQuery: (typed: string) => void;
  results: QueryState<CustomerHit[]>;
  /** The results answer exactly what is typed now, not an earlier query kept on screen while this one runs. */
  current: boolean;
}

/** Customers matching what the agent types; the latest query's answer always wins. */
export function useCustomerSearch(): CustomerSearchState {
  const contract = useContract();
  const [query, setTyped] = useState('');
  const [settled, setSettled] = useState('');
  const lastChangeAt = useRef(-Infinity);
  const settleTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // Decided where the text changes, so that a search going out at once takes one render, not two.
  const setQuery = useCallback((typed: string) => {
    setTyped(typed);
    const now = performance.now();
    const typingOn = now - lastChangeAt.current < debounceMs;
    lastChangeAt.current = now;
    clearTimeout(settleTimer.current);
    if (typingOn) settleTimer.current = setTimeout(() => setSettled(typed.trim()), debounceMs);
    else setSettled(typed.trim());
  }, []);
  useEffect(() => () => clearTimeout(settleTimer.current), []);

  const results = useContractQuery(
    settled === '' || isTooShortNumber(settled) ? null : settled,
    async () => {
      const answer = await contract.call('customers.search', { query: settled, limit: resultLimit });
      return answer.ok ? { ok: true, value: answer.value.hits } : answer;
    },
    { keepPrevious: true },
  );
  return { query, setQuery, results, current: results.status === 'ready' && !results.stale && settled === query.trim() };
}
