import { useEffect, useState } from 'react';
import type { EventName, EventPayload } from '@shared/contract/events';
import { useContract } from './contract-context';

/** A number that goes up each time main pushes a matching event: part of a query key, it makes the query ask again. */
export function useEventRevision<E extends EventName>(event: E, matches: (payload: EventPayload<E>) => boolean): number {
  const contract = useContract();
  const [revision, setRevision] = useState(0);
  // Re-subscribing when `matches` changes is a Set add and delete: cheaper than keeping the closure in a ref.
  useEffect(
    () =>
      contract.on(event, (payload) => {
        if (matches(payload)) setRevision((current) => current + 1);
      }),
    [contract, event, matches],
  );
  return revision;
}
