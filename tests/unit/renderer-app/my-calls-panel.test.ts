import { describe, expect, it } from 'vitest';
import type { MyCall } from '@shared/domain/my-calls';
import { callBackBlocker } from '../../../src/renderer/src/features/agent-panel/call-back-blocker';
import { newestMissedAt, unseenMissed } from '../../../src/renderer/src/features/agent-panel/unseen-missed';

const call = (startedAt: number, direction: MyCall['direction'], outcome: MyCall['outcome']): MyCall => ({
  interactionId: startedAt,
  direction,
  number: '+380671234567',
  customerId: null,
  customerName: null,
  startedAt,
  answeredAt: null,
  endedAt: startedAt + 1,
  outcome,
  endReason: null,
  sipCode: null,
});

describe('the My calls badge', () => {
  const calls = [call(50, 'inbound', 'missed'), call(40, 'outbound', 'no-answer'), call(30, 'inbound', 'answered'), call(20, 'inbound', 'missed')];

  it('counts the incoming calls nobody answered that came after the newest one seen', () => {
    expect(unseenMissed(calls, 0).map((each) => each.startedAt)).toEqual([50, 20]);
    expect(unseenMissed(calls, 20).map((each) => each.startedAt)).toEqual([50]);
    expect(unseenMissed(calls, 50)).toEqual([]);
  });

  it('moves "seen" up to the newest missed call, never back', () => {
    expect(newestMissedAt(calls, 0)).toBe(50);
    expect(newestMissedAt(calls, 70)).toBe(70);
    expect(newestMissedAt([call(40, 'outbound', 'no-answer')], 10)).toBe(10);
  });
});

describe('Call back', () => {
  const registered = { status: 'registered', since: 0 } as const;
  it('dials only with the phone registered and no call in progress, and says which is in the way', () => {
    expect(callBackBlocker({ registration: registered, call: { status: 'idle' }, background: [] })).toBeNull();
    expect(callBackBlocker({ registration: { status: 'connecting' }, call: { status: 'idle' }, background: [] })).toBe('no-phone');
    const dialing = { status: 'dialing', id: 'c', sipCallId: 'c@t', direction: 'outbound', remote: { user: 'x', displayName: null }, startedAt: 0 } as const;
    expect(callBackBlocker({ registration: registered, call: dialing as never, background: [] })).toBe('in-call');
    expect(callBackBlocker({ registration: registered, call: { status: 'idle' }, background: [dialing as never] })).toBe('in-call');
  });
});
