import { asc } from 'drizzle-orm';
import type { RosterAgent } from '@shared/domain/roster';
import type { Sqlite, Store } from '../connection';
import { preparedPerDatabase } from '../prepared';
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

const statements = preparedPerDatabase((sqlite: Sqlite) => ({
  retire: sqlite.prepare<{ at: number }>('UPDATE agents SET active = 0, updated_at = @at WHERE active = 1 AND updated_at < @at'),
}));

/** Makes inactive everyone last stored before `at` (people a newer roster no longer lists), as of `at`. */
export function retireAgentsNotSeenSince(sqlite: Sqlite, at: number): void {
  statements(sqlite).retire.run({ at });
}
