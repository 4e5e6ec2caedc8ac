import type { SupervisionMode } from '@shared/domain/supervision';

/** Who watches whom in a monitoring session: the roster ids the grant named. */
export interface MonitoringParties {
  supervisorId: string;
  agentId: string;
}

/**
 * A monitoring session's start, mode change or end, as either console
 * records it (the feature passes it to `supervision.session.record`). Both
 * sides name the session by the monitoring call's SIP Call-ID, and the call
 * monitored by the customer call's.
 */
export interface MonitoringEvent extends MonitoringParties {
  sessionId: string;
  side: 'agent' | 'supervisor';
  event: 'started' | 'mode-changed' | 'ended';
  mode: SupervisionMode;
  callId: string;
  reason?: string;
  at: number;
}

/**
 * The customer call's Call-ID, in the agent console's 200 OK: the
 * supervisor's record names the same call as the agent's.
 */
export const monitoredCallHeader = 'X-Parley-Monitored-Call';
