import { describe, expect, it } from 'vitest';
import { decideIncoming, type IncomingRoute, type IncomingSituation } from '../../../../src/renderer/src/core/phone/incoming-call';

const situation = (overrides: Partial<IncomingSituation> & { routeTo?: IncomingRoute } = {}): IncomingSituation => ({
  otherCalls: 0,
  focusedEstablished: false,
  conference: false,
  route: () => overrides.routeTo ?? { ring: true },
  resolve: (target) => (target === 'nowhere' ? undefined : `sip:${target}@pbx.example`),
  ...overrides,
});

describe('what happens to a new call', () => {
  it('rings when the agent is free and Ready', () => {
    expect(decideIncoming(situation())).toEqual({ ring: 'alone' });
  });

  it('is answered busy while the agent is Not Ready, or redirected (302) where their calls go', () => {
    expect(decideIncoming(situation({ routeTo: { ring: false, forwardTo: null } }))).toMatchObject({ ring: false, reason: 'turned-away', code: 486 });
    expect(decideIncoming(situation({ routeTo: { ring: false, forwardTo: 'queue-7' } }))).toEqual({
      ring: false,
      reason: 'forwarded',
      code: 302,
      headers: ['Contact: <sip:queue-7@pbx.example>'],
    });
    expect(decideIncoming(situation({ routeTo: { ring: false, forwardTo: 'nowhere' } }))).toMatchObject({ reason: 'turned-away' });
  });

  it('waits beside one call that is up, and is busy beside anything more', () => {
    expect(decideIncoming(situation({ otherCalls: 1, focusedEstablished: true }))).toEqual({ ring: 'waiting' });
    expect(decideIncoming(situation({ otherCalls: 1, focusedEstablished: false }))).toMatchObject({ code: 486 });
    expect(decideIncoming(situation({ otherCalls: 2, focusedEstablished: true }))).toMatchObject({ code: 486 });
    expect(decideIncoming(situation({ otherCalls: 1, focusedEstablished: true, conference: true }))).toMatchObject({ code: 486 });
  });

  it('does not ask the agent’s routing while a call is up (the agent is busy whatever their state)', () => {
    let asked = false;
    decideIncoming(situation({ otherCalls: 1, focusedEstablished: true, route: () => ((asked = true), { ring: true }) }));
    expect(asked).toBe(false);
  });
});
