import type { CustomerProfile } from '@shared/domain/customer';
import type { Store } from '../../store/connection';
import { customerCallSummary, customerPhonesOf, customerTagsOf, findCustomer, openPromisesOf } from '../../store/queries/customers';

/** The customer card: who they are, how to reach them, what we promised, how often they called. */
export function getCustomerProfile(store: Store, id: number): CustomerProfile | null {
  const customer = findCustomer(store, id);
  if (!customer) return null;
  return {
    ...customer,
    tags: customerTagsOf(store, id),
    phones: customerPhonesOf(store, id),
    openPromises: openPromisesOf(store, id),
    ...customerCallSummary(store, id),
  };
}
