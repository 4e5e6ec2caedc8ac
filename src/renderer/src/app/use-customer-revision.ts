import { useEffect, useState } from 'react';
import { useContract } from './contract-context';

/**
 * Counts the changes main announces for one customer (or for any, with null):
 * a query keyed by it reloads when a wrap-up or a promise changed what it shows.
 */
export function useCustomerRevision(customerId: number | null): number {
  const contract = useContract();
  const [revision, setRevision] = useState(0);
  useEffect(
    () =>
      contract.on('customers.changed', (change) => {
        if (customerId === null || change.customerId === customerId) setRevision((count) => count + 1);
      }),
    [contract, customerId],
  );
  return revision;
}
