import type { CustomerProfile } from '@shared/domain/customer';
import { firstNameInAddress, formalAddress } from '@shared/domain/formal-address';
import type { Language } from '@shared/domain/language';
import type { PromiseFields } from '@shared/domain/wrap-up';
import type { PlaceholderValues } from '@shared/scripts/placeholders';

/** A due time as the agent reads it out: «12 марта в 15:00», «12 березня о 15:00», never the short written date. */
function spokenDateTime(at: number, language: Language): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' }).format(at);
}

/**
 * The values a script's phrases are filled with on this call. The promise is
 * the latest one made on this call (the closing sums up what was promised),
 * else the customer's soonest open one (what a callback is about). Whatever
 * is unknown stays out and shows as a gap.
 */
export function callPlaceholders(
  customer: CustomerProfile | null,
  agentName: string | null,
  remote: string,
  language: Language,
  promisesMade: readonly PromiseFields[] = [],
): PlaceholderValues {
  const promise = promisesMade.at(-1) ?? customer?.openPromises[0];
  return {
    'customer.firstName': customer?.firstName,
    'customer.firstNameVocative': customer ? firstNameInAddress(customer.firstName, language) : undefined,
    'customer.formalAddress': (customer && formalAddress(customer, language)) ?? undefined,
    'customer.lastName': customer?.lastName,
    'customer.company': customer?.company ?? undefined,
    'agent.name': agentName ?? undefined,
    'call.number': remote,
    'promise.what': promise?.description,
    'promise.owner': promise?.ownerName,
    'promise.due': promise ? spokenDateTime(promise.dueAt, language) : undefined,
  };
}
