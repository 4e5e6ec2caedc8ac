import { describe, expect, it } from 'vitest';
import type { MediaHealth } from '../../../../src/shared/domain/media-window';
import { sameCallStage, sameCallStages } from '../../../../src/renderer/src/features/phone/call-stage';
import type { EstablishedCall, LiveCall } from '../../../../src/renderer/src/core/phone/phone-state';

const remote = { user: '+442079460000', displayName: 'Olena Shevchenko' };
const reading = (packetsReceived: number): MediaHealth => ({ state: 'measured', quality: null, silentForMs: 0, packetsSent: packetsReceived, packetsReceived });
/** The call as the phone builds it afresh for each media reading: a new object, the same remote party. */
const callUp = (media: MediaHealth, change: Partial<EstablishedCall> = {}): EstablishedCall => ({
  status: 'established',
  id: 'line-1',
  sipCallId: 'sip-1',
  direction: 'inbound',
  remote,
  startedAt: 1_000,
  answeredAt: 2_000,
  media,
  muted: false,
  hold: 'off',
  remoteHold: false,
  transfer: null,
  reconnectingUntil: null,
  ...change,
});

describe('what the call bar renders again during a call', () => {
  it('a new media reading alone leaves the call at the same stage: the status and the controls do not render for it', () => {
    expect(sameCallStage(callUp(reading(50)), callUp(reading(100)))).toBe(true);
  });

  it('muting, holding or the connection dropping is a new stage: the controls show it at once', () => {
    const before = callUp(reading(50));
    expect(sameCallStage(before, callUp(reading(50), { muted: true }))).toBe(false);
    expect(sameCallStage(before, callUp(reading(50), { hold: 'holding' }))).toBe(false);
    expect(sameCallStage(before, callUp(reading(50), { reconnectingUntil: 30_000 }))).toBe(false);
  });

  it('the call ending is a new stage', () => {
    const ended = { status: 'ended', id: 'line-1', sipCallId: 'sip-1', direction: 'inbound', remote, startedAt: 1_000, answeredAt: 2_000, endedAt: 9_000, ending: { reason: 'remote-hangup', code: null } } as const;
    expect(sameCallStage(callUp(reading(50)), ended)).toBe(false);
  });

  it('a customer held in the background with new readings is unchanged; a call waiting that rings in is a change', () => {
    const held = (packets: number) => callUp(reading(packets), { id: 'line-2', hold: 'on' });
    expect(sameCallStages([held(10)], [held(20)])).toBe(true);
    expect(sameCallStages([], [])).toBe(true);
    const waiting: LiveCall = { status: 'incoming', id: 'line-3', sipCallId: 'sip-3', direction: 'inbound', remote, startedAt: 5_000 };
    expect(sameCallStages([held(10)], [held(20), waiting])).toBe(false);
  });
});
