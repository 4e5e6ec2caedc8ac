import { describe, expect, it } from 'vitest';
import { callActivity, consoleActivity } from '../../../src/renderer/src/core/agent/console-activity';
import type { AgentStatus } from '../../../src/renderer/src/core/agent/agent-state';
import { initialPhoneState, type CallState, type LiveCall, type PhoneState } from '../../../src/renderer/src/core/phone/phone-state';

const since = 1_700_000_000_000;
const phoneWith = (call: CallState, background: LiveCall[] = []): PhoneState => ({ ...initialPhoneState, call, background });
const live = (status: LiveCall['status']) => ({ status }) as LiveCall;
const ready: AgentStatus = { status: 'ready', since };

describe('what the page tells main for updates', () => {
  it.each<[string, PhoneState, AgentStatus, string]>([
    ['idle and ready', phoneWith({ status: 'idle' }), ready, 'none'],
    ['a call ringing in', phoneWith(live('incoming')), ready, 'ringing'],
    ['dialling out', phoneWith(live('dialing')), { status: 'on-call', since }, 'in-call'],
    ['the far end ringing', phoneWith(live('ringing')), { status: 'on-call', since }, 'in-call'],
    ['a call up', phoneWith(live('established')), { status: 'on-call', since }, 'in-call'],
    ['a call ending', phoneWith(live('ending')), { status: 'on-call', since }, 'in-call'],
    ['a call on hold in the background', phoneWith({ status: 'idle' }, [live('established')]), ready, 'in-call'],
    ['a second call ringing in the background', phoneWith(live('established'), [live('incoming')]), { status: 'on-call', since }, 'ringing'],
    ['wrap-up after the call', phoneWith({ status: 'idle' }), { status: 'wrap-up', since, limitSeconds: 60, awaitingDisposition: false }, 'wrap-up'],
  ])('%s → %s', (_story, phone, agent, call) => {
    expect(consoleActivity(callActivity(phone), agent).call).toBe(call);
  });

  it('says since when the agent is in their state, offline included', () => {
    expect(consoleActivity(callActivity(phoneWith({ status: 'idle' })), ready).agentSince).toBe(since);
    expect(consoleActivity(callActivity(phoneWith({ status: 'idle' })), { status: 'offline', since: 5 })).toEqual({ call: 'none', agent: 'offline', agentSince: 5 });
  });
});
