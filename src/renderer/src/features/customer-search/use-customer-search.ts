import { useEffect, useState } from 'react';
import type { CustomerHit } from '@shared/domain/customer';
import { useContract } from '../../ui/contract-context';
import { useContractQuery, type QueryState } from '../../ui/use-contract-query';
import { isTooShortNumber } from './too-short-number';

/** Typing settles for this long before a search goes out: fast enough to feel instant. */
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
  useEffect(() => {
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
