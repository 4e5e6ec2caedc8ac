import type { MyCalls } from '@shared/domain/my-calls';
import type { Store } from '../../store/connection';
import { dayOf, recentCallsOf } from '../../store/queries/my-calls';
import { callAgentName, readPhoneAccount } from '../phone/phone-account-store';

/**
 * The agent's own panel: the calls stored under this console's agent (see
 * `callAgentName`) and the agent's day in numbers. Without a phone account
 * there is nobody to count for.
 */
export function myCalls(store: Store, query: { day: { from: number; to: number }; limit: number }): MyCalls {
  const account = readPhoneAccount(store);
  const agent = account ? callAgentName(store, account.username) : null;
  if (agent === null) return { agent, calls: [], today: { handled: 0, missed: 0, averageHandleSeconds: null, wrapUpSeconds: 0 } };
  return { agent, calls: recentCallsOf(store, agent, query.limit), today: dayOf(store, agent, query.day) };
}
