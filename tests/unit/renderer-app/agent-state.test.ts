import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AgentStateMachine } from '../../../src/renderer/src/core/agent/agent-state';
import type { CallState, PhoneState } from '../../../src/renderer/src/core/phone/phone-state';

const registered: PhoneState['registration'] = { status: 'registered', since: 0 };
const remote = { user: 'customer', displayName: null };
const phone = (call: CallState, registration: PhoneState['registration'] = registered): PhoneState => ({ registration, call, background: [], conference: false, notice: null, monitored: null, monitoring: null });
const established: CallState = { status: 'established', id: 'call-1', sipCallId: 'call-1@test', direction: 'inbound', remote, startedAt: 0, answeredAt: 1, media: null, muted: false, hold: 'off', remoteHold: false, transfer: null, reconnectingUntil: null };
const endedAnswered: CallState = { status: 'ended', id: 'call-1', sipCallId: 'call-1@test', direction: 'inbound', remote, startedAt: 0, answeredAt: 1, endedAt: 2, ending: { reason: 'remote-hangup', code: null } };
const endedMissed: CallState = { status: 'ended', id: 'call-1', sipCallId: 'call-1@test', direction: 'inbound', remote, startedAt: 0, answeredAt: null, endedAt: 2, ending: { reason: 'caller-cancelled', code: 487 } };

describe('the agent state', () => {
  let agent: AgentStateMachine;
  beforeEach(() => {
    vi.useFakeTimers();
    agent = new AgentStateMachine();
  });
  afterEach(() => vi.useRealTimers());

  it('is offline until the phone registers, then not ready (start of shift): no calls are taken by surprise', () => {
    expect(agent.getState().status).toBe('offline');
    agent.onPhone(phone({ status: 'idle' }));
    expect(agent.getState()).toMatchObject({ status: 'not-ready', reason: 'shift-start' });
    expect(agent.acceptsCalls()).toBe(false);
  });

  it('takes calls only when ready', () => {
    agent.onPhone(phone({ status: 'idle' }));
    agent.setReady();
    expect(agent.acceptsCalls()).toBe(true);
    agent.setNotReady('lunch');
    expect(agent.getState()).toMatchObject({ status: 'not-ready', reason: 'lunch' });
    expect(agent.acceptsCalls()).toBe(false);
  });

  it('goes on call, then wraps up for the configured time, then back to ready', () => {
    agent.setWrapUpLimit(45);
    agent.onPhone(phone({ status: 'idle' }));
    agent.setReady();
    agent.onPhone(phone(established));
    expect(agent.getState().status).toBe('on-call');
    agent.onPhone(phone(endedAnswered));
    expect(agent.getState()).toMatchObject({ status: 'wrap-up', limitSeconds: 45 });
    expect(agent.acceptsCalls()).toBe(false);
    vi.advanceTimersByTime(44_000);
    expect(agent.getState().status).toBe('wrap-up');
    vi.advanceTimersByTime(1_000);
    expect(agent.getState().status).toBe('ready');
  });

  it('holds the agent in wrap-up, past its limit, until the call has a disposition when policy says so', () => {
    agent.setWrapUpLimit(30);
    agent.setDispositionRequired(true);
    agent.onPhone(phone({ status: 'idle' }));
    agent.setReady();
    agent.onPhone(phone(established));
    agent.onPhone(phone(endedAnswered));
    expect(agent.getState()).toMatchObject({ status: 'wrap-up', awaitingDisposition: true });
    agent.finishWrapUp();
    agent.setNotReady('break');
    vi.advanceTimersByTime(60_000);
    expect(agent.getState()).toMatchObject({ status: 'wrap-up', awaitingDisposition: true });
    agent.dispositionRecorded();
    expect(agent.getState()).toMatchObject({ status: 'not-ready', reason: 'break' });
  });

  it('lets the agent finish as soon as the disposition is in, within the limit', () => {
    agent.setDispositionRequired(true);
    agent.onPhone(phone({ status: 'idle' }));
    agent.setReady();
    agent.onPhone(phone(established));
    agent.onPhone(phone(endedAnswered));
    agent.dispositionRecorded();
    expect(agent.getState()).toMatchObject({ status: 'wrap-up', awaitingDisposition: false });
    agent.finishWrapUp();
    expect(agent.getState().status).toBe('ready');
  });

  it('skips wrap-up when the call was never answered, and a choice made during a call applies after it', () => {
    agent.onPhone(phone({ status: 'idle' }));
    agent.setReady();
    agent.onPhone(phone({ status: 'dialing', id: 'call-2', sipCallId: 'call-2@test', direction: 'outbound', remote, startedAt: 0 }));
    agent.setNotReady('break');
    expect(agent.getState().status).toBe('on-call');
    agent.onPhone(phone(endedMissed));
    expect(agent.getState()).toMatchObject({ status: 'not-ready', reason: 'break' });
  });

  it('goes offline when the registration is lost, and comes back to what the agent chose', () => {
    agent.onPhone(phone({ status: 'idle' }));
    agent.setReady();
    agent.onPhone(phone({ status: 'idle' }, { status: 'failed', reason: 'unreachable', code: null, retryAt: null }));
    expect(agent.getState().status).toBe('offline');
    expect(agent.acceptsCalls()).toBe(false);
    agent.onPhone(phone({ status: 'idle' }));
    expect(agent.getState().status).toBe('ready');
  });
});
