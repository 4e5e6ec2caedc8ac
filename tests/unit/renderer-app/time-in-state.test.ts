import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AgentStateMachine } from '../../../src/renderer/src/core/agent/agent-state';
import { msUntilNextSecond, secondsInState } from '../../../src/renderer/src/core/agent/time-in-state';
import type { PhoneState } from '../../../src/renderer/src/core/phone/phone-state';
import { formatDuration } from '../../../src/renderer/src/ui/format';

const idle: PhoneState = { registration: { status: 'registered', since: 0 }, call: { status: 'idle' }, background: [], conference: false, notice: null, monitored: null, monitoring: null };

describe('time in the current state', () => {
  it('reads as m:ss, then h:mm:ss past the hour', () => {
    expect(formatDuration(secondsInState(0, 0))).toBe('0:00');
    expect(formatDuration(secondsInState(0, 754_999))).toBe('12:34');
    expect(formatDuration(secondsInState(0, 3_729_000))).toBe('1:02:09');
  });

  it('never counts backwards when the clock steps back under it', () => {
    expect(secondsInState(10_000, 9_000)).toBe(0);
  });

  it('turns over on the state\'s own second boundaries, however late the page looks', () => {
    expect(msUntilNextSecond(1_000, 1_000)).toBe(1000);
    expect(msUntilNextSecond(1_000, 1_250)).toBe(750);
    expect(msUntilNextSecond(1_000, 61_999)).toBe(1);
    // A state stamped just ahead of this clock: wait until it begins.
    expect(msUntilNextSecond(5_000, 4_600)).toBe(400);
  });
});

describe('the agent state knows since when', () => {
  beforeEach(() => vi.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => vi.useRealTimers());

  it('offline since the page started; each new state starts its own count, a repeated one keeps it', () => {
    const agent = new AgentStateMachine();
    expect(agent.getState()).toEqual({ status: 'offline', since: 1_000_000 });

    vi.advanceTimersByTime(5_000);
    agent.onPhone(idle);
    expect(agent.getState()).toMatchObject({ status: 'not-ready', since: 1_005_000 });

    vi.advanceTimersByTime(60_000);
    agent.setReady();
    expect(agent.getState()).toMatchObject({ status: 'ready', since: 1_065_000 });
    vi.advanceTimersByTime(30_000);
    agent.onPhone(idle);
    expect(agent.getState()).toMatchObject({ status: 'ready', since: 1_065_000 });

    agent.onPhone({ ...idle, registration: { status: 'connecting' } });
    expect(agent.getState()).toEqual({ status: 'offline', since: 1_095_000 });
  });
});
