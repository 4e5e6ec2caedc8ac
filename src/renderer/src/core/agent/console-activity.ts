import type { ConsoleActivity } from '@shared/updates/console-activity';
import type { PhoneState } from '../phone/phone-state';
import type { AgentStatus } from './agent-state';

/** What the phone alone says of the console's activity. */
export type CallActivity = Exclude<ConsoleActivity['call'], 'wrap-up'>;

/** Any call ringing in; else any call being dialled, up or ending (focused or in the background). */
export function callActivity({ call, background }: Pick<PhoneState, 'call' | 'background'>): CallActivity {
  const live = [call, ...background].filter((each) => each.status !== 'idle' && each.status !== 'ended');
  if (live.some((each) => each.status === 'incoming')) return 'ringing';
  return live.length > 0 ? 'in-call' : 'none';
}

/**
 * What main needs to know to never restart for an update under a call:
 * the calls' activity, wrap-up, and since when the agent is in their state.
 */
export function consoleActivity(calls: CallActivity, agent: AgentStatus): ConsoleActivity {
  const call = calls === 'none' && agent.status === 'wrap-up' ? 'wrap-up' : calls;
  return { call, agent: agent.status, agentSince: agent.since };
}
