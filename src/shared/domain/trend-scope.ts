import { watchedTeams, type Roster } from './roster';
import type { TrendFilters } from './trends';

/**
 * Whose calls a person's trends may count: an agent their own only, a
 * supervisor the agents of the teams they lead, an admin everyone (calls of
 * people the roster does not know included). Enforced in main, where the
 * queries are built; the view only offers what this allows.
 */
export type TrendAudience =
  | { kind: 'own'; agent: string }
  | { kind: 'teams'; teams: readonly string[] }
  | { kind: 'everyone'; teams: readonly string[] };

export type TrendRefusal = { reason: 'not-in-roster' } | { reason: 'team-not-watched'; team: string } | { reason: 'agent-not-watched'; agent: string };

export function trendAudience(roster: Roster): TrendAudience | null {
  const { me, agents } = roster;
  if (me === null || !me.active) return null;
  if (me.role === 'agent') return { kind: 'own', agent: me.displayName };
  const teams = [...watchedTeams(me, agents)].sort();
  return me.role === 'admin' ? { kind: 'everyone', teams } : { kind: 'teams', teams };
}

/** The agents (by the name calls store) a query may count; null when it is not narrowed to agents at all. */
export type AgentRestriction = readonly string[] | null;

/**
 * The agents a filtered query counts, or why it is refused: a team or an
 * agent outside the audience is refused, never silently dropped, so that a
 * figure never looks complete when it is not.
 */
export function restrictAgents(roster: Roster, filters: TrendFilters): { agents: AgentRestriction } | { refused: TrendRefusal } {
  const audience = trendAudience(roster);
  if (audience === null) return { refused: { reason: 'not-in-roster' } };
  const teamOf = new Map(roster.agents.map((agent) => [agent.displayName, agent.team]));
  const visibleTeams = audience.kind === 'own' ? [] : audience.teams;
  const outsideTeam = filters.teams.find((team) => !visibleTeams.includes(team));
  if (outsideTeam !== undefined) return { refused: { reason: 'team-not-watched', team: outsideTeam } };

  const sees = (agent: string) =>
    audience.kind === 'own' ? agent === audience.agent : audience.kind === 'everyone' || visibleTeams.includes(teamOf.get(agent) ?? '');
  const outsideAgent = filters.agents.find((agent) => !sees(agent));
  if (outsideAgent !== undefined) return { refused: { reason: 'agent-not-watched', agent: outsideAgent } };

  let allowed: string[] | null =
    audience.kind === 'own' ? [audience.agent] : audience.kind === 'teams' ? roster.agents.filter((agent) => visibleTeams.includes(agent.team)).map((agent) => agent.displayName) : null;
  if (filters.teams.length > 0) {
    const inTeams = roster.agents.filter((agent) => filters.teams.includes(agent.team)).map((agent) => agent.displayName);
    allowed = allowed === null ? inTeams : allowed.filter((agent) => inTeams.includes(agent));
  }
  if (filters.agents.length > 0) allowed = allowed === null ? [...filters.agents] : allowed.filter((agent) => filters.agents.includes(agent));
  return { agents: allowed === null ? null : [...new Set(allowed)].sort() };
}
