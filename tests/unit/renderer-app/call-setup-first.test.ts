import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialPhoneState, type CallState, type PhoneState } from '../../../src/renderer/src/core/phone/phone-state';
import { callSetupHoldMs, holdPanesWhileDialling } from '../../../src/renderer/src/features/phone/call-setup-first';
import { TransitionHold } from '../../../src/renderer/src/ui/transition-hold';

const base = { sipCallId: 'sip-1', direction: 'outbound', remote: { user: '1001', displayName: null }, startedAt: 0 } as const;
const phoneWith = (call: CallState): PhoneState => ({ ...initialPhoneState, call });
const dialling = (id: string) => phoneWith({ ...base, id, status: 'dialing' });
const ringing = (id: string) => phoneWith({ ...base, id, status: 'ringing' });
const established = (id: string) =>
  phoneWith({ ...base, id, status: 'established', answeredAt: 1, media: null, muted: false, hold: 'off', remoteHold: false, transfer: null, reconnectingUntil: null });
const ended = (id: string) => phoneWith({ ...base, id, status: 'ended', answeredAt: null, endedAt: 2, ending: { reason: 'busy', code: 486 } });

describe('panes that wait for a call being dialled', () => {
  let hold: TransitionHold;
  let rendered: string[];
  const pane = (name: string) => () => rendered.push(name);
  /** A card asked for now renders at the hold's limit, not a millisecond sooner. */
  const expectCardHeldForTheWholeLimit = () => {
    hold.schedule(pane('card'));
    vi.advanceTimersByTime(callSetupHoldMs - 1);
    expect(rendered).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(rendered).toEqual(['card']);
  };

  beforeEach(() => {
    vi.useFakeTimers();
    hold = new TransitionHold();
    rendered = [];
  });
  afterEach(() => vi.useRealTimers());

  it('renders at once while no call is being dialled', () => {
    holdPanesWhileDialling(hold)(phoneWith({ status: 'idle' }));
    hold.schedule(pane('script'));
    expect(rendered).toEqual(['script']);
  });

  it('a dialled call holds the panes through its ringing until it is answered, and each pane renders once for all its changes', () => {
    const follow = holdPanesWhileDialling(hold);
    const script = pane('script');
    follow(dialling('a'));
    hold.schedule(script);
    hold.schedule(pane('wrap-up'));
    follow(ringing('a'));
    hold.schedule(script);
    expect(rendered).toEqual([]);
    follow(established('a'));
    expect(rendered).toEqual(['script', 'wrap-up']);
  });

  it('a call that fails ends the hold at once', () => {
    const follow = holdPanesWhileDialling(hold);
    follow(dialling('a'));
    hold.schedule(pane('card'));
    follow(ended('a'));
    expect(rendered).toEqual(['card']);
  });

  it(`a customer phone that keeps ringing does not keep the panes away: ${callSetupHoldMs} ms at most, and the same call does not hold them again`, () => {
    const follow = holdPanesWhileDialling(hold);
    follow(dialling('a'));
    expectCardHeldForTheWholeLimit();
    follow(dialling('a'));
    follow(ringing('a'));
    hold.schedule(pane('script'));
    expect(rendered).toEqual(['card', 'script']);
  });

  it('the next call dialled holds them again, for its own time', () => {
    const follow = holdPanesWhileDialling(hold);
    follow(dialling('a'));
    follow(ended('a'));
    vi.advanceTimersByTime(callSetupHoldMs / 2);
    follow(dialling('b'));
    expectCardHeldForTheWholeLimit();
  });
});
