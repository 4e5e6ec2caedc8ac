import { useCallback, useMemo } from 'react';
import type { Roster } from '@shared/domain/roster';
import type { SyncStatus } from '@shared/domain/sync-status';
import { useContract } from './contract-context';
import { useContractQuery, type QueryState } from './use-contract-query';
import { useEventRevision } from './use-event-revision';

const anyChange = () => true;

/**
 * Which sync statuses may bring a new roster: the end of a round (its
 * "syncing" gives way to how it went — a round cut short may have applied
 * part of the feed). The status also changes with every entry the outbox
 * takes or sends — each call's wrap-up, each note — and with those alone
 * the roster cannot change; re-reading it then would render the whole
 * console (App holds it) at the end of every call. Until a first status
 * arrives a round may be under way, so the first that is not "syncing"
 * counts as an end.
 */
export function roundsThatEnded(): (status: SyncStatus) => boolean {
  let syncing = true;
  return ({ connection }) => {
    const ended = syncing && connection !== 'syncing';
    syncing = connection === 'syncing';
    return ended;
  };
}

/**
 * The CRM's roster and who this console's user is in it. Read again after
 * each sync round (the roster comes from the CRM's feed) and
 * when the phone account changes (it says who "me" is), and when the roster
 * file IT's policy names was read again.
 */
export function useRoster(): QueryState<Roster> {
  const contract = useContract();
  const afterSync = useEventRevision('sync.status-changed', useMemo(() => roundsThatEnded(), []));
  const afterAccount = useEventRevision('phone.account.changed', anyChange);
  const afterFile = useEventRevision('roster.changed', anyChange);
  const run = useCallback(() => contract.call('roster.get', {}), [contract]);
  return useContractQuery(`roster:${afterSync}:${afterAccount}:${afterFile}`, run, { keepPrevious: true });
}
