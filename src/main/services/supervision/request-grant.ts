import { watchedTeams, type Roster } from '@shared/domain/roster';
import { modeAllowed, parseGrant, type Grant, type GrantRequest } from '@shared/domain/supervision';
import type { SyncProblemKind } from '@shared/domain/sync-status';
import type { Store } from '../../store/connection';
import { writeAudit } from '../../store/queries/audit';
import { SyncTransportError } from '../sync/connector';
import type { GrantClient } from '../sync/grant-client';

export type GrantOutcome =
  | { granted: true; grant: Grant }
  | { granted: false; refusal: 'not-a-supervisor' }
  | { granted: false; refusal: 'crm-refused'; reason: string }
  | { granted: false; refusal: 'crm-unavailable'; problem: 'not-configured' | Exclude<SyncProblemKind, 'failed'> };

/**
 * A supervisor's console asks the CRM for a grant to monitor one agent. The
 * console's own roster is asked first (the user must be an active supervisor
 * or admin watching the agent's team): it saves a round trip and says the
 * refusal plainly, but the CRM decides, and signs. What the CRM answers is
 * checked to be a grant for exactly what was asked before it is handed on.
 * Every request is audited with its outcome.
 */
export async function requestGrant(store: Store, client: GrantClient | null, request: GrantRequest, roster: Roster, now: () => number = Date.now): Promise<GrantOutcome> {
  const { me, agents } = roster;
  const agent = agents.find((person) => person.id === request.agentId);
  const outcome = await (async (): Promise<GrantOutcome> => {
    if (me === null || agent === undefined || !agent.active || agent.id === me.id || !watchedTeams(me, agents).has(agent.team)) {
      return { granted: false, refusal: 'not-a-supervisor' };
    }
    if (client === null) return { granted: false, refusal: 'crm-unavailable', problem: 'not-configured' };
    try {
      const answer = await client.requestGrant({ supervisorId: me.id, agentId: agent.id, mode: request.mode });
      if (!answer.granted) return { granted: false, refusal: 'crm-refused', reason: answer.reason };
      const payload = parseGrant(answer.grant)?.payload;
      const forWhatWasAsked = payload !== undefined && payload.supervisorId === me.id && payload.agentId === agent.id && modeAllowed(request.mode, payload.maxMode);
      if (!forWhatWasAsked) return { granted: false, refusal: 'crm-unavailable', problem: 'bad-answer' };
      return { granted: true, grant: { grant: answer.grant, expiresAt: payload.expiresAt, agentSipAddress: agent.sipAddress, mode: request.mode } };
    } catch (error) {
      if (error instanceof SyncTransportError) return { granted: false, refusal: 'crm-unavailable', problem: error.kind };
      throw error;
    }
  })();
  const { granted, ...refusal } = outcome.granted ? { granted: true } : outcome;
  writeAudit(store, {
    at: now(),
    actor: me?.id ?? 'unknown',
    action: granted ? 'supervision.grant-issued' : 'supervision.grant-request-refused',
    entity: 'supervision-grant',
    details: { agentId: request.agentId, mode: request.mode, ...refusal },
  });
  return outcome;
}
