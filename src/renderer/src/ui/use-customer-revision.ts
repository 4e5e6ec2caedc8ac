import { useCallback } from 'react';
import type { EventPayload } from '@shared/contract/events';
import { useEventRevision } from './use-event-revision';

/** Goes up when main says this customer (or, with null, any customer) changed: a wrap-up saved, a promise kept. */
export function useCustomerRevision(customerId: number | null): number {
  const matches = useCallback((change: EventPayload<'customers.changed'>) => customerId === null || change.customerId === customerId, [customerId]);
  return useEventRevision('customers.changed', matches);
}
