import type { CallContext } from '../../core/calls/call-contexts';
import { useNowUntil } from '../../ui/use-now-until';
import type { CallStage } from './call-stage';
import { endingInView, endingShownUntil } from './ending-in-view';
import { useAgentStatus, useCallContext, useShownCallStage } from './phone-context';

/**
 * The last call's ending, for as long as it matters (see endingInView). Then
 * the call bar is back to the phone's state, and the next call starts from a
 * clean slate.
 */
export function useUntilMovedOn(call: CallStage): CallStage {
  const agent = useAgentStatus();
  const now = useNowUntil(endingShownUntil(call));
  if (call.status !== 'ended') return call;
  return endingInView(call, agent.status, now) ? call : { status: 'idle' };
}

/** The context of the call the phone shows, until the agent has moved on from it (then none: the next call starts fresh). */
export function useCallContextUntilMovedOn(): CallContext | null {
  const call = useUntilMovedOn(useShownCallStage());
  return useCallContext(call.status === 'idle' ? '' : call.sipCallId);
}
