import type { RosterAgent } from '@shared/domain/roster';
import type { AgentStats } from '@shared/domain/board';
import { alertsFor, type AlertableAgent, type BoardAlertKind, type BoardAlertRules } from '@shared/domain/board-alerts';
import type { AgentWatch } from '../../core/presence/agent-watch';

/** One agent on the board: who, what the SIP server says of them, their day, the alerts that hold. */
export interface BoardRow {
  agent: RosterAgent;
  watch: AgentWatch;
  stats: AgentStats | null;
  /** The state the board sorts, filters and alerts on ('waiting' until the first NOTIFY). */
  state: AlertableAgent['state'] | 'waiting';
  stateSince: number | null;
  alerts: BoardAlertKind[];
}

export const boardSorts = ['name', 'team', 'state', 'time-in-state'] as const;
export type BoardSort = (typeof boardSorts)[number];

/** Filter values: a state, agents with an alert, or everyone. */
export const boardStateFilters = ['all', 'alerting', 'ready', 'not-ready', 'in-call', 'wrap-up', 'offline', 'unknown'] as const;
export type BoardStateFilter = (typeof boardStateFilters)[number];

export interface BoardView {
  team: string | null;
  state: BoardStateFilter;
  sort: BoardSort;
}

/** States in the order a supervisor scans them: who needs attention first. */
const stateOrder: Record<BoardRow['state'], number> = { 'in-call': 0, 'wrap-up': 1, 'not-ready': 2, ready: 3, offline: 4, unknown: 5, waiting: 6 };

/**
 * The agent's state: what their console published, except that a call the
 * SIP server reports connected (dialog events) makes them "in call" at once —
 * the server says so at the 200 OK, the console only once its media is up.
 */
function stateOf(watch: AgentWatch): Pick<BoardRow, 'state' | 'stateSince'> {
  const published = watch.presence.status === 'known' ? watch.presence.presence : null;
  if (watch.call?.stage === 'connected') {
    return { state: 'in-call', stateSince: published?.state === 'in-call' ? published.since : watch.call.since };
  }
  if (watch.presence.status === 'waiting') return { state: 'waiting', stateSince: null };
  if (published === null) return { state: 'unknown', stateSince: null };
  return { state: published.state, stateSince: published.since };
}

export function boardRows(
  agents: readonly RosterAgent[],
  watches: ReadonlyMap<string, AgentWatch>,
  stats: ReadonlyMap<string, AgentStats>,
  rules: BoardAlertRules,
  now: number,
): BoardRow[] {
  return agents.flatMap((agent) => {
    const watch = watches.get(agent.id);
    if (!watch) return [];
    const { state, stateSince } = stateOf(watch);
    const connectedSince = watch.call?.stage === 'connected' ? watch.call.since : null;
    const alerts = state === 'waiting' || stateSince === null ? [] : alertsFor({ state, stateSince, callSince: connectedSince }, rules, now);
    return [{ agent, watch, stats: stats.get(agent.displayName) ?? null, state, stateSince, alerts }];
  });
}

function matches(row: BoardRow, view: BoardView): boolean {
  if (view.team !== null && row.agent.team !== view.team) return false;
  if (view.state === 'all') return true;
  if (view.state === 'alerting') return row.alerts.length > 0;
  if (view.state === 'unknown') return row.state === 'unknown' || row.state === 'waiting';
  return row.state === view.state;
}

/** The rows the supervisor asked to see, in the order asked (ties by name, so rows never jump between renders). */
export function shownRows(rows: readonly BoardRow[], view: BoardView, now: number): BoardRow[] {
  const byName = (a: BoardRow, b: BoardRow) => a.agent.displayName.localeCompare(b.agent.displayName) || a.agent.id.localeCompare(b.agent.id);
  const timeIn = (row: BoardRow) => (row.stateSince === null ? -1 : now - row.stateSince);
  const compare: Record<BoardSort, (a: BoardRow, b: BoardRow) => number> = {
    name: byName,
    team: (a, b) => a.agent.team.localeCompare(b.agent.team) || byName(a, b),
    state: (a, b) => stateOrder[a.state] - stateOrder[b.state] || byName(a, b),
    'time-in-state': (a, b) => timeIn(b) - timeIn(a) || byName(a, b),
  };
  return rows.filter((row) => matches(row, view)).sort(compare[view.sort]);
}
