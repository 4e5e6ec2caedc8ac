import type { AgentStatus } from '../../core/agent/agent-state';
import type { CallStage } from './call-stage';

/** How long the ending of a call nobody answered stays in view (answered calls: until their wrap-up is over). */
export const unansweredEndingShownMs = 15_000;

/**
 * When the ending of the last call goes from view by the clock alone: an
 * unanswered call's, a few seconds after it ended; null when no clock is
 * needed (no ending, or an answered call's, which goes with the agent's
 * state). A clock kept ticking for nothing re-renders the call bar every
 * second of the shift.
 */
export function endingShownUntil(call: CallStage): number | null {
  return call.status === 'ended' && call.answeredAt === null ? call.endedAt + unansweredEndingShownMs : null;
}

/**
 * Whether the last call's ending is still shown: an answered call's until the
 * agent is back to work (its wrap-up over), an unanswered one's for a few
 * seconds — long enough to read "Busy (486)". Offline is no moving on: a call
 * lost with the connection keeps saying so until the phone is back and the
 * agent chooses.
 */
export function endingInView(call: CallStage, agent: AgentStatus['status'], now: number): boolean {
  if (call.status !== 'ended') return false;
  if (call.answeredAt !== null) return agent !== 'ready' && agent !== 'not-ready';
  return now <= (endingShownUntil(call) ?? 0);
}
