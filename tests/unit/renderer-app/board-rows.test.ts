import { describe, expect, it } from 'vitest';
import type { RosterAgent } from '@shared/domain/roster';
import { defaultBoardAlertRules } from '@shared/domain/board-alerts';
import { initialAgentWatch, type AgentWatch } from '../../../src/renderer/src/core/presence/agent-watch';
import { boardRows, shownRows } from '../../../src/renderer/src/features/board/board-rows';

const minute = 60_000;
const now = 1_764_170_000_000;

function person(id: string, displayName: string, team: string): RosterAgent {
  return { id, sipAddress: `${id}@sip.example.com`, displayName, team, leadsTeams: [], role: 'agent', active: true };
}

const known = (state: 'ready' | 'not-ready' | 'in-call' | 'wrap-up' | 'offline', since: number): AgentWatch => ({
  ...initialAgentWatch,
  presence: { status: 'known', presence: { state, since, reason: state === 'not-ready' ? 'break' : null } },
});

const agents = [person('a', 'Anna', 'Desk A'), person('b', 'Boris', 'Desk B'), person('c', 'Chrystia', 'Desk A'), person('d', 'Dmytro', 'Desk B')];
const watches = new Map<string, AgentWatch>([
  ['a', known('ready', now - 2 * minute)],
  ['b', known('not-ready', now - 20 * minute)],
  ['c', { ...known('ready', now - minute), call: { id: 'x', stage: 'connected', direction: 'inbound', remoteUser: '+380671234567', remoteName: null, since: now - 30_000 } }],
  ['d', { ...initialAgentWatch, presence: { status: 'unknown', problem: { reason: 'no-presence-support', code: 489 } } }],
]);
const rows = boardRows(agents, watches, new Map(), defaultBoardAlertRules, now);
const names = (shown: ReturnType<typeof shownRows>) => shown.map((row) => row.agent.displayName);

describe('the board’s rows', () => {
  it('a call the SIP server reports connected makes the agent "in call" from its start, whatever the console last published', () => {
    expect(rows.find((row) => row.agent.id === 'c')).toMatchObject({ state: 'in-call', stateSince: now - 30_000 });
  });

  it('an agent not ready for longer than the limit has an alert', () => {
    expect(rows.find((row) => row.agent.id === 'b')?.alerts).toEqual(['long-not-ready']);
  });

  it('sorts by state (who needs attention first), by name, or by time in state', () => {
    expect(names(shownRows(rows, { team: null, state: 'all', sort: 'state' }, now))).toEqual(['Chrystia', 'Boris', 'Anna', 'Dmytro']);
    expect(names(shownRows(rows, { team: null, state: 'all', sort: 'name' }, now))).toEqual(['Anna', 'Boris', 'Chrystia', 'Dmytro']);
    expect(names(shownRows(rows, { team: null, state: 'all', sort: 'time-in-state' }, now))).toEqual(['Boris', 'Anna', 'Chrystia', 'Dmytro']);
  });

  it('filters by team and by state; "unknown" finds the agents the server cannot tell about', () => {
    expect(names(shownRows(rows, { team: 'Desk A', state: 'all', sort: 'name' }, now))).toEqual(['Anna', 'Chrystia']);
    expect(names(shownRows(rows, { team: null, state: 'in-call', sort: 'name' }, now))).toEqual(['Chrystia']);
    expect(names(shownRows(rows, { team: null, state: 'alerting', sort: 'name' }, now))).toEqual(['Boris']);
    expect(names(shownRows(rows, { team: 'Desk B', state: 'unknown', sort: 'name' }, now))).toEqual(['Dmytro']);
  });
});
