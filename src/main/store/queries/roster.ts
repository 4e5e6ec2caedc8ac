import { asc } from 'drizzle-orm';
import type { RosterAgent } from '@shared/domain/roster';
import type { Store } from '../connection';
import { agents } from '../schema';

/** Everyone in the roster, by team then name. */
export function listRosterAgents(store: Store): RosterAgent[] {
  return store.orm
    .select({
      id: agents.externalId,
      sipAddress: agents.sipAddress,
      displayName: agents.displayName,
      team: agents.team,
      leadsTeams: agents.leadsTeams,
      role: agents.role,
      active: agents.active,
    })
    .from(agents)
    .orderBy(asc(agents.team), asc(agents.displayName), asc(agents.externalId))
    .all();
}
