import { useCallback } from 'react';
import type { Roster } from '@shared/domain/roster';
import { useContract } from './contract-context';
import { useContractQuery, type QueryState } from './use-contract-query';
import { useEventRevision } from './use-event-revision';

const anyRound = () => true;

/**
 * The CRM's roster and who this console's user is in it. Read again after
 * each sync round (the roster comes from the CRM's feed) and when the phone
 * account changes (it says who "me" is), and when the roster file IT's
 * policy names was read again.
 */
export function useRoster(): QueryState<Roster> {
  const contract = useContract();
  const afterSync = useEventRevision('sync.status-changed', anyRound);
  const afterAccount = useEventRevision('phone.account.changed', anyRound);
  const afterFile = useEventRevision('roster.changed', anyRound);
  const run = useCallback(() => contract.call('roster.get', {}), [contract]);
  return useContractQuery(`roster:${afterSync}:${afterAccount}:${afterFile}`, run, { keepPrevious: true });
}
