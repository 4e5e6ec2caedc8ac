import type { CustomerProfile } from '@shared/domain/customer';
import type { Language } from '@shared/domain/language';
import type { PromiseFields } from '@shared/domain/wrap-up';
import type { PlaceholderValues } from '@shared/scripts/placeholders';
import { formatDateTime } from '../../ui/format';

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
    'customer.lastName': customer?.lastName,
    'customer.company': customer?.company ?? undefined,
    'agent.name': agentName ?? undefined,
    'call.number': remote,
    'promise.what': promise?.description,
    'promise.due': promise ? formatDateTime(promise.dueAt, language) : undefined,
  };
}
