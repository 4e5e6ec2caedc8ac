import type { AgentStatus, NotReadyReason } from '../agent/agent-state';

export const presenceStates = ['ready', 'not-ready', 'in-call', 'wrap-up', 'offline'] as const;
export type PresenceState = (typeof presenceStates)[number];

/**
 * What a console tells the SIP server about its agent (and a supervisor's
 * console reads back): the state, since when (the agent's page clock, epoch
 * ms) and the not-ready reason. Never anything about a customer.
 */
export interface AgentPresence {
  state: PresenceState;
  since: number;
  reason: NotReadyReason | null;
}

/** The agent state machine's status as it is published. */
export function presenceOf(status: AgentStatus): AgentPresence {
  switch (status.status) {
    case 'on-call':
      return { state: 'in-call', since: status.since, reason: null };
    case 'not-ready':
      return { state: 'not-ready', since: status.since, reason: status.reason };
    default:
      return { state: status.status, since: status.since, reason: null };
  }
}

export function samePresence(a: AgentPresence, b: AgentPresence): boolean {
  return a.state === b.state && a.since === b.since && a.reason === b.reason;
}
