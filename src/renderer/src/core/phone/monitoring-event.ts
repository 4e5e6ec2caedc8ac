import type { SupervisionEndReason, SupervisionSessionEvent } from '@shared/domain/supervision';
import type { MonitoringEndReason } from './monitoring-signals';

/** Who watches whom in a monitoring session: the roster ids the grant named. */
export interface MonitoringParties {
  supervisorId: string;
  agentId: string;
}

/**
 * A monitoring session's start, mode change or end, as either console
 * records it (`supervision.session.record`; the feature adds the
 * interaction it knows). Both sides name the session by the UUID the
 * supervisor's console made, and the call monitored by the customer
 * call's SIP Call-ID.
 */
export type MonitoringEvent = Omit<SupervisionSessionEvent, 'interactionId'>;

/** The session's UUID, in the monitoring INVITE: the agent's record names the same session as the supervisor's. */
export const monitoringSessionHeader = 'X-Parley-Supervision-Session';

/** The customer call's Call-ID, in the agent console's 200 OK: the supervisor's record names the same call as the agent's. */
export const monitoredCallHeader = 'X-Parley-Monitored-Call';

const recordedReasons: Record<MonitoringEndReason, SupervisionEndReason> = {
  stopped: 'supervisor-stopped',
  'customer-call-ended': 'call-ended',
  transferred: 'call-transferred',
  'conference-started': 'agent-stopped',
  'agent-left': 'connection-lost',
  'ended-by-agent': 'agent-stopped',
  'agent-not-in-call': 'agent-refused',
  'already-monitored': 'agent-refused',
  'mode-above-grant': 'agent-refused',
  'grant-refused': 'grant-refused',
  'no-answer': 'setup-failed',
  'not-found': 'setup-failed',
  'not-registered': 'setup-failed',
  'media-failed': 'setup-failed',
  failed: 'setup-failed',
};

/** How the session's record says why it ended (coarser than what the supervisor is shown). */
export function recordedEndReason(reason: MonitoringEndReason): SupervisionEndReason {
  return recordedReasons[reason];
}
