import { localDay, type MyCalls } from '@shared/domain/my-calls';
import { useContract } from '../../ui/contract-context';
import { useContractQuery, type QueryState } from '../../ui/use-contract-query';
import { useCustomerRevision } from '../../ui/use-customer-revision';
import { useEventRevision } from '../../ui/use-event-revision';
import { useNow } from '../../ui/use-now';

const always = () => true;
/** A shift's calls and some of the day before: the panel is a glance, the customer card holds the full history. */
const shownCalls = 50;

/**
 * The agent's calls and today's numbers, asked again whenever a call's ending
 * is stored, a wrap-up or a customer link changes a call, the phone account
 * changes, or the local day turns over.
 */
export function useMyCalls(): QueryState<MyCalls> {
  const contract = useContract();
  const recorded = useEventRevision('calls.recorded', always);
  const account = useEventRevision('phone.account.changed', always);
  const customers = useCustomerRevision(null);
  const day = localDay(useNow());
  return useContractQuery(
    `${day.from}:${recorded}:${account}:${customers}`,
    () => contract.call('calls.recent', { day, limit: shownCalls }),
    { keepPrevious: true },
  );
}
