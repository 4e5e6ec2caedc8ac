import type { SupervisionMode } from '@shared/domain/supervision';
import type { MonitoringEnding } from './monitoring-signals';

/** What the agent sees: who is in the call, and how. */
export interface MonitoredView {
  mode: SupervisionMode;
  supervisorName: string;
}

/** What the supervisor sees of a monitoring call: connecting, live in a mode, or over and why. */
export interface MonitoringView {
  id: string;
  agentId: string;
  agentName: string;
  mode: SupervisionMode;
  status: 'connecting' | 'live' | 'ended';
  /** A mode switch sent and not yet answered. */
  switchingTo: SupervisionMode | null;
  /** The last switch the agent's console refused (above the grant's ceiling). */
  refusedMode: SupervisionMode | null;
  ending: MonitoringEnding | null;
  startedAt: number;
  liveAt: number | null;
}
