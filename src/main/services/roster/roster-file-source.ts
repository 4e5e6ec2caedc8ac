import type { RosterFileReport } from '@shared/domain/roster';
import { policyValue, type EffectivePolicy } from '@shared/policy/effective-policy';
import type { Store } from '../../store/connection';
import type { AppLogger } from '../logging/app-logger';
import { readRosterFile } from './roster-file';

export interface RosterFileSource {
  /** Reads the file the policy names now (at start, and whenever the policy is re-read); nothing when it names none. */
  reload(policy: EffectivePolicy): Promise<void>;
  /** How the last read went; null when the policy names no roster file. */
  report(): RosterFileReport | null;
}

/** The roster file as a running console follows it: read again with each policy, its outcome logged and kept for `roster.get`. */
export function createRosterFileSource(store: Store, logger: AppLogger, onRead: () => void, owner: number | null): RosterFileSource {
  let last: RosterFileReport | null = null;
  return {
    reload: async (policy) => {
      const path = policyValue(policy, 'roster.file');
      if (typeof path !== 'string') {
        last = null;
        return;
      }
      last = await readRosterFile(store.sqlite, path, { owner });
      if (last.error) logger.warn(`Roster file ${path} not used: ${last.error}`);
      else logger.info(`Roster file ${path}: ${last.people} people, ${last.problems.length} entries refused or adjusted`);
      onRead();
    },
    report: () => last,
  };
}
