import type { CallContext } from '../../core/calls/call-contexts';
import type { CallState } from '../../core/phone/phone-state';
import { useNow } from '../../ui/use-now';
import { useAgentStatus, useCallContext, usePhoneState } from './phone-context';

/** How long the ending of a call nobody answered stays in view (answered calls: until their wrap-up is over). */
export const unansweredEndingShownMs = 15_000;

/**
 * The last call's ending, for as long as it matters: an answered call's
 * until its wrap-up is over, an unanswered one's for a few seconds (long
 * enough to read "Busy (486)"). Then the call bar is back to the phone's
 * state, and the next call starts from a clean slate.
 */
export function useUntilMovedOn(call: CallState): CallState {
  const agent = useAgentStatus();
  const now = useNow(1_000);
  if (call.status !== 'ended') return call;
  // Offline is no moving on: a call lost with the connection keeps saying so until the phone is back and the agent chooses.
  const backToWork = agent.status === 'ready' || agent.status === 'not-ready';
  const movedOn = call.answeredAt !== null ? backToWork : now - call.endedAt > unansweredEndingShownMs;
  return movedOn ? { status: 'idle' } : call;
}

/** The context of the call the phone shows, until the agent has moved on from it (then none: the next call starts fresh). */
export function useCallContextUntilMovedOn(): CallContext | null {
  const call = useUntilMovedOn(usePhoneState().call);
  return useCallContext(call.status === 'idle' ? '' : call.sipCallId);
}
