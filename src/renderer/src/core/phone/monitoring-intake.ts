import type { Invitation } from 'sip.js';
import { rosterSipAddress } from '@shared/domain/roster';
import { supervisionGrantHeader, supervisionModeHeader, supervisionModes, type SupervisionMode } from '@shared/domain/supervision';
import { monitoringSessionHeader } from './monitoring-event';
import type { AcceptedSupervisor } from './monitored-call';
import type { MonitoringEnding } from './monitoring-signals';

/** A monitoring INVITE as the agent's console reads it: the grant, the mode asked for, who sent it. */
export interface MonitoringInvite {
  grant: string;
  mode: SupervisionMode | null;
  /** The session's UUID from the supervisor's console; null when it sent none that is one. */
  sessionId: string | null;
  /** The From address, `user@domain`: the grant must name it as the supervisor's. */
  fromSipAddress: string;
}

/** What main's verification of the grant answered. */
export type SupervisorCheck = { ok: true; supervisor: AcceptedSupervisor } | { ok: false; reason: string };

/** The INVITE's grant header makes it a monitoring call, never a customer's: null when it has none. */
export function readMonitoringInvite(invitation: Invitation): MonitoringInvite | null {
  const request = invitation.request;
  const grant = request.getHeader(supervisionGrantHeader)?.trim();
  if (!grant) return null;
  const asked = request.getHeader(supervisionModeHeader)?.trim().toLowerCase();
  const mode = supervisionModes.find((candidate) => candidate === asked) ?? null;
  const from = invitation.remoteIdentity.uri;
  const session = request.getHeader(monitoringSessionHeader)?.trim() ?? '';
  const sessionId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(session) ? session : null;
  return { grant, mode, sessionId, fromSipAddress: rosterSipAddress(`${from.user ?? ''}@${from.host}`) ?? '' };
}

/** Why a monitoring INVITE is refused before its grant is even checked, with the SIP code; null when it may be checked. */
export function refusalBeforeCheck(invite: MonitoringInvite, situation: { monitored: boolean; inCall: boolean }): { code: number; ending: MonitoringEnding } | null {
  if (invite.mode === null || invite.sessionId === null) return { code: 400, ending: { reason: 'failed', detail: invite.mode === null ? 'mode' : 'session' } };
  if (situation.monitored) return { code: 486, ending: { reason: 'already-monitored', detail: null } };
  if (!situation.inCall) return { code: 480, ending: { reason: 'agent-not-in-call', detail: null } };
  return null;
}
