import type { NewCustomer } from '@shared/domain/new-customer';
import { toE164 } from '@shared/domain/phone-number';
import type { Store } from '../../store/connection';
import { insertCustomer } from '../../store/queries/customers';

/**
 * A caller nobody knew, created from the call with the number they rang
 * from. The number must read as a phone number: a SIP user name cannot be
 * called back, so it is refused rather than stored as a phone.
 */
export function createCustomer(store: Store, customer: NewCustomer, defaultCountry: string, now = Date.now()): { customerId: number } | 'bad-number' {
  const e164 = toE164(customer.phone, defaultCountry);
  if (e164 === null) return 'bad-number';
  const { firstName, lastName } = customer;
  const customerId = insertCustomer(
    store,
    { firstName, lastName, displayName: `${firstName} ${lastName}`, tier: 'standard', preferredTone: 'friendly', createdAt: now, updatedAt: now },
    e164,
  );
  return { customerId };
}
