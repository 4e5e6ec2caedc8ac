import { useEffect, useState } from 'react';
import type { CustomerHit } from '@shared/domain/customer';
import { useContract } from '../../app/contract-context';
import { useContractQuery, type QueryState } from '../../app/use-contract-query';
import { isTooShortNumber } from './too-short-number';

/** Typing settles for this long before a search goes out: fast enough to feel instant. */
const debounceMs = 100;
const resultLimit = 20;

/** Customers matching what the agent types; the latest query's answer always wins. */
export function useCustomerSearch(query: string): QueryState<CustomerHit[]> {
  const contract = useContract();
  const [settled, setSettled] = useState(query.trim());
  useEffect(() => {
    const timer = setTimeout(() => setSettled(query.trim()), debounceMs);
    return () => clearTimeout(timer);
  }, [query]);

  return useContractQuery(
    settled === '' || isTooShortNumber(settled) ? null : settled,
    async () => {
      const answer = await contract.call('customers.search', { query: settled, limit: resultLimit });
      return answer.ok ? { ok: true, value: answer.value.hits } : answer;
    },
    { keepPrevious: true },
  );
}
