import { rosterSipAddress, type Roster, type RosterFileReport } from '@shared/domain/roster';
import type { Store } from '../../store/connection';
import { listRosterAgents } from '../../store/queries/roster';
import { readPhoneAccount } from '../phone/phone-account-store';

/** The roster with this console's user picked out by the phone account's SIP address. */
export function getRoster(store: Store, file: RosterFileReport | null = null): Roster {
  const agents = listRosterAgents(store);
  const account = readPhoneAccount(store);
  const address = account ? rosterSipAddress(`${account.username}@${account.domain}`) : null;
  const me = address === null ? null : (agents.find((agent) => agent.sipAddress === address) ?? null);
  return { me, agents, file };
}
