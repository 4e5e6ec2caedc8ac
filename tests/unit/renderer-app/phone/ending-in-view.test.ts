import { describe, expect, it } from 'vitest';
import { endingForFinalResponse } from '../../../../src/shared/domain/call-ending';
import { endingInView, endingShownUntil, unansweredEndingShownMs } from '../../../../src/renderer/src/features/phone/ending-in-view';
import { initialPhoneState, shownSipCallId, type CallState, type EndedCall } from '../../../../src/renderer/src/core/phone/phone-state';

const ended = (answeredAt: number | null): EndedCall => ({
  status: 'ended',
  id: 'c1',
  sipCallId: 'sip-1',
  direction: 'outbound',
  remote: { user: '2001', displayName: null },
  startedAt: 1_000,
  answeredAt,
  endedAt: 10_000,
  ending: endingForFinalResponse(486),
});

describe('how long the last call’s ending stays in view', () => {
  it('a busy callee’s “Busy (486)” stays a few seconds, then the call bar is back to the phone', () => {
    const call = ended(null);
    expect(endingInView(call, 'ready', 10_000 + unansweredEndingShownMs)).toBe(true);
    expect(endingInView(call, 'ready', 10_001 + unansweredEndingShownMs)).toBe(false);
  });

  it('an answered call’s ending stays through wrap-up, and goes when the agent is back to work, whatever the clock says', () => {
    const call = ended(5_000);
    expect(endingInView(call, 'wrap-up', 10_000_000)).toBe(true);
    expect(endingInView(call, 'offline', 10_000_000)).toBe(true);
    expect(endingInView(call, 'ready', 10_000)).toBe(false);
  });

  it('a clock runs only for an unanswered call’s ending, until it goes: an idle console or a call in progress needs none', () => {
    expect(endingShownUntil(ended(null))).toBe(10_000 + unansweredEndingShownMs);
    expect(endingShownUntil(ended(5_000))).toBeNull();
    expect(endingShownUntil({ status: 'idle' })).toBeNull();
    const established: CallState = { ...ended(5_000), status: 'established', answeredAt: 5_000, media: null, muted: false, hold: 'off', remoteHold: false, transfer: null, reconnectingUntil: null };
    expect(endingShownUntil(established)).toBeNull();
  });
});

describe('the call the panes follow', () => {
  it('is named by its SIP Call-ID alone, so that a new media reading (a new phone state every second) changes nothing for them', () => {
    const call = ended(5_000);
    expect(shownSipCallId({ ...initialPhoneState, call })).toBe('sip-1');
    expect(shownSipCallId({ ...initialPhoneState, call: { ...call, endedAt: 11_000 } })).toBe(shownSipCallId({ ...initialPhoneState, call }));
    expect(shownSipCallId(initialPhoneState)).toBe('');
  });
});
