import type { ConsoleActivity } from '@shared/updates/console-activity';
import type { PhoneState } from '../phone/phone-state';
import type { AgentStatus } from './agent-state';

/**
 * What main needs to know to never restart for an update under a call:
 * any call ringing in, any call being dialled, up or ending (focused or in
 * the background), wrap-up, and since when the agent is in their state.
 */
export function consoleActivity(phone: PhoneState, agent: AgentStatus): ConsoleActivity {
  const calls = [phone.call, ...phone.background];
  const live = calls.filter((call) => call.status !== 'idle' && call.status !== 'ended');
  let call: ConsoleActivity['call'] = 'none';
  if (live.some((c) => c.status === 'incoming')) call = 'ringing';
  else if (live.length > 0) call = 'in-call';
  else if (agent.status === 'wrap-up') call = 'wrap-up';
  return { call, agent: agent.status, agentSince: agent.since };
}
