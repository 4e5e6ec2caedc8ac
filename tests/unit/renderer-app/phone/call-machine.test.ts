import { describe, expect, it } from 'vitest';
import { outcomeFor } from '@shared/domain/call-ending';
import { callTransition, startCall, type CallEvent, type CallModel } from '../../../../src/renderer/src/core/phone/call-machine';

const run = (model: CallModel, ...events: CallEvent[]) => events.reduce(callTransition, model);
const outbound = () => startCall('outbound');
const inbound = () => startCall('inbound');
const connected = (direction: 'inbound' | 'outbound' = 'outbound') => run(startCall(direction), { type: 'established', at: 1_000 }, { type: 'audio-heard' });

describe('an outgoing call that is not answered ends with the far end’s reason', () => {
  it.each([
    [486, 'busy', 'busy'],
    [600, 'busy', 'busy'],
    [404, 'not-found', 'failed'],
    [484, 'not-found', 'failed'],
    [480, 'unavailable', 'failed'],
    [403, 'rejected', 'failed'],
    [603, 'rejected', 'failed'],
    [408, 'no-answer', 'no-answer'],
    [487, 'no-answer', 'no-answer'],
    [488, 'no-common-codec', 'failed'],
    [606, 'no-common-codec', 'failed'],
    [500, 'server-error', 'failed'],
    [503, 'server-error', 'failed'],
    [302, 'failed', 'failed'],
    [420, 'failed', 'failed'],
  ] as const)('%i → %s, stored as %s, with the code', (code, reason, outcome) => {
    const ended = run(outbound(), { type: 'progress', code: 180 }, { type: 'final-response', code }, { type: 'terminated' });
    expect(ended.phase).toBe('ended');
    expect(ended.ending).toEqual({ reason, code });
    expect(outcomeFor('outbound', false, ended.ending ?? { reason: 'failed', code: null })).toBe(outcome);
  });

  it('rings out on 180 and on 183, not on 100', () => {
    expect(run(outbound(), { type: 'progress', code: 100 }).phase).toBe('dialing');
    expect(run(outbound(), { type: 'progress', code: 180 }).phase).toBe('ringing-out');
    expect(run(outbound(), { type: 'progress', code: 183 }).phase).toBe('ringing-out');
  });

  it('a termination nothing explained is a failure, not "ended"', () => {
    expect(run(outbound(), { type: 'terminated' }).ending).toEqual({ reason: 'failed', code: null });
  });

  it('cancelled by the agent: waits for the 487, then is cancelled (not "no answer")', () => {
    const cancelling = run(outbound(), { type: 'progress', code: 180 }, { type: 'hangup-requested' });
    expect(cancelling.phase).toBe('ending');
    const ended = run(cancelling, { type: 'final-response', code: 487 }, { type: 'terminated' });
    expect(ended.ending).toEqual({ reason: 'cancelled', code: null });
    expect(outcomeFor('outbound', false, { reason: 'cancelled', code: null })).toBe('cancelled');
  });

  it('a microphone that cannot be opened ends the call before it starts, saying so', () => {
    expect(run(outbound(), { type: 'start-failed', problem: 'no-microphone' }).ending?.reason).toBe('no-microphone');
  });

  it('an answer whose description cannot be used ends it as that, even though sip.js then sends BYE itself', () => {
    const ended = run(outbound(), { type: 'start-failed', problem: 'no-common-codec' }, { type: 'terminated' });
    expect(ended.ending).toEqual({ reason: 'no-common-codec', code: null });
  });
});

describe('an incoming call', () => {
  it('rings, is answered, is connected', () => {
    const answering = run(inbound(), { type: 'answer-requested' });
    expect(answering.phase).toBe('answering');
    expect(run(answering, { type: 'established', at: 5 })).toMatchObject({ phase: 'connected', answeredAt: 5 });
  });

  it('the caller gives up while it rings: missed, with the 487', () => {
    const ended = run(inbound(), { type: 'remote-cancel' }, { type: 'terminated' });
    expect(ended.ending).toEqual({ reason: 'caller-cancelled', code: 487 });
    expect(outcomeFor('inbound', false, { reason: 'caller-cancelled', code: 487 })).toBe('missed');
  });

  it('declined by the agent: declined (486)', () => {
    const ended = run(inbound(), { type: 'hangup-requested' }, { type: 'terminated' });
    expect(ended.ending).toEqual({ reason: 'declined', code: 486 });
    expect(outcomeFor('inbound', false, ended.ending ?? { reason: 'failed', code: null })).toBe('declined');
  });

  it.each([
    ['turned-away', 486, 'busy'],
    ['forwarded', 302, 'forwarded'],
    ['no-common-codec', 488, 'failed'],
    ['malformed-sdp', 400, 'failed'],
  ] as const)('refused before it rings (%s, %i) is stored as %s', (reason, code, outcome) => {
    const ended = run(inbound(), { type: 'refused', reason, code });
    expect(ended.ending).toEqual({ reason, code });
    expect(outcomeFor('inbound', false, { reason, code })).toBe(outcome);
  });

  it('answering fails (the microphone, the offer): the call ends with that reason', () => {
    expect(run(inbound(), { type: 'answer-requested' }, { type: 'start-failed', problem: 'no-microphone' }).ending?.reason).toBe('no-microphone');
    expect(run(inbound(), { type: 'answer-requested' }, { type: 'start-failed', problem: 'malformed-sdp' }).ending?.reason).toBe('malformed-sdp');
  });
});

describe('a connected call ends by whom and how', () => {
  it('the other side hangs up', () => {
    const ended = run(connected(), { type: 'remote-bye' }, { type: 'terminated' });
    expect(ended.ending).toEqual({ reason: 'remote-hangup', code: null });
    expect(outcomeFor('outbound', true, ended.ending ?? { reason: 'failed', code: null })).toBe('answered');
  });

  it('the agent hangs up: ending until the BYE is answered 200, whatever order sip.js reports it in', () => {
    const ending = run(connected(), { type: 'hangup-requested' }, { type: 'terminated' });
    expect(ending.phase).toBe('ending');
    expect(run(ending, { type: 'bye-answered', code: 200 }).ending).toEqual({ reason: 'local-hangup', code: 200 });
  });

  it('a BYE answered with an error or never answered is told: the far side may still be connected', () => {
    const ending = run(connected(), { type: 'hangup-requested' }, { type: 'terminated' });
    expect(run(ending, { type: 'bye-answered', code: 408 }).ending).toEqual({ reason: 'hangup-unconfirmed', code: 408 });
    expect(run(ending, { type: 'bye-answered', code: 481 }).ending).toEqual({ reason: 'hangup-unconfirmed', code: 481 });
    expect(run(ending, { type: 'ending-timed-out' }).ending).toEqual({ reason: 'hangup-unconfirmed', code: null });
  });

  it('both sides hang up at once: theirs is the one that counts', () => {
    expect(run(connected(), { type: 'hangup-requested' }, { type: 'remote-bye' }).ending?.reason).toBe('remote-hangup');
  });

  it('hung up while the connection is down: the agent is free now, and the hang-up is unconfirmed until the BYE goes', () => {
    const ended = run(connected(), { type: 'transport-lost', until: 9 }, { type: 'hangup-requested' }, { type: 'hangup-deferred' });
    expect(ended.ending).toEqual({ reason: 'hangup-unconfirmed', code: null });
  });

  it('connected, but nothing ever arrived: it ended in its media, whoever hung up', () => {
    const silent = run(outbound(), { type: 'established', at: 1 }, { type: 'nothing-heard' });
    expect(run(silent, { type: 'remote-bye' }).ending?.reason).toBe('media-failed');
    expect(run(silent, { type: 'audio-heard' }, { type: 'remote-bye' }).ending?.reason).toBe('remote-hangup');
  });

  it('over without any BYE (sip.js gave up waiting for the ACK): the far end never really joined', () => {
    expect(run(connected(), { type: 'terminated' }).ending).toEqual({ reason: 'media-failed', code: null });
  });
});

describe('through a signalling outage', () => {
  it('says reconnecting until recovered', () => {
    const waiting = run(connected(), { type: 'transport-lost', until: 30_000 });
    expect(waiting.reconnectingUntil).toBe(30_000);
    expect(run(waiting, { type: 'recovered' }).reconnectingUntil).toBeNull();
  });

  it('ends as connection-lost when the grace period passes', () => {
    expect(run(connected(), { type: 'transport-lost', until: 1 }, { type: 'grace-expired' }).ending).toEqual({ reason: 'connection-lost', code: null });
  });

  it('a call that was recovered in time is not ended by a late timer', () => {
    expect(run(connected(), { type: 'transport-lost', until: 1 }, { type: 'recovered' }, { type: 'grace-expired' }).phase).toBe('connected');
  });

  it('a call still ringing out when the connection is lost for good ends as connection-lost', () => {
    expect(run(outbound(), { type: 'grace-expired' }).ending?.reason).toBe('connection-lost');
  });
});

describe('hold', () => {
  it('is "on" only once the far end agreed, and stays as it was when refused', () => {
    const holding = run(connected(), { type: 'hold-requested', hold: true });
    expect(holding.hold).toBe('holding');
    expect(run(holding, { type: 'hold-settled', accepted: true }).hold).toBe('on');
    expect(run(holding, { type: 'hold-settled', accepted: false }).hold).toBe('off');
    const resuming = run(connected(), { type: 'hold-requested', hold: true }, { type: 'hold-settled', accepted: true }, { type: 'hold-requested', hold: false });
    expect(resuming.hold).toBe('resuming');
    expect(run(resuming, { type: 'hold-settled', accepted: false }).hold).toBe('on');
  });

  it('the other side holding us is shown apart from our own hold, and lifted by their resume', () => {
    const held = run(connected(), { type: 'remote-hold', on: true });
    expect(held).toMatchObject({ remoteHold: true, hold: 'off' });
    expect(run(held, { type: 'remote-hold', on: false }).remoteHold).toBe(false);
  });
});

describe('transfers report back', () => {
  const asked = () => run(connected(), { type: 'transfer-requested' });

  it('asking → ringing → completed once the NOTIFY says the new call was answered', () => {
    const ringing = run(asked(), { type: 'transfer-accepted' }, { type: 'transfer-notified', code: 100 }, { type: 'transfer-notified', code: 180 });
    expect(ringing.transfer).toEqual({ stage: 'ringing', notified: true });
    expect(run(ringing, { type: 'transfer-notified', code: 200 }).transfer).toEqual({ stage: 'completed' });
  });

  it.each([
    [486, 'busy'],
    [480, 'unavailable'],
    [404, 'not-found'],
    [408, 'no-answer'],
    [503, 'server-error'],
  ] as const)('the colleague’s %i: the transfer failed (%s) and the call stays with the agent', (code, reason) => {
    const failed = run(asked(), { type: 'transfer-accepted' }, { type: 'transfer-notified', code });
    expect(failed.transfer).toEqual({ stage: 'failed', reason, code });
    expect(failed.phase).toBe('connected');
  });

  it('a REFER the far end refuses fails the transfer with its code', () => {
    expect(run(asked(), { type: 'transfer-refused', code: 403 }).transfer).toEqual({ stage: 'failed', reason: 'rejected', code: 403 });
  });

  it('no report in time: a colleague who only rang did not answer; a far end that never reports has the call', () => {
    const rang = run(asked(), { type: 'transfer-accepted' }, { type: 'transfer-notified', code: 180 }, { type: 'transfer-timed-out' });
    expect(rang.transfer).toEqual({ stage: 'failed', reason: 'no-answer', code: null });
    const silent = run(asked(), { type: 'transfer-accepted' }, { type: 'transfer-timed-out' });
    expect(silent.transfer).toEqual({ stage: 'completed' });
    expect(run(asked(), { type: 'transfer-timed-out' }).transfer).toEqual({ stage: 'failed', reason: 'no-answer', code: null });
  });

  it('after a completed transfer our leg ends as transferred, whether we hang up or the far end does', () => {
    const completed = run(asked(), { type: 'transfer-accepted' }, { type: 'transfer-notified', code: 200 });
    expect(run(completed, { type: 'remote-bye' }).ending?.reason).toBe('transferred');
    const byeSent = run(completed, { type: 'hangup-requested', transferred: true }, { type: 'terminated' });
    expect(run(byeSent, { type: 'bye-answered', code: 481 }).ending?.reason).toBe('transferred');
  });

  it('a failed transfer can be tried again', () => {
    const failed = run(asked(), { type: 'transfer-refused', code: 486 });
    expect(run(failed, { type: 'transfer-requested' }).transfer).toEqual({ stage: 'asking' });
  });
});

describe('what does not apply leaves the call as it is', () => {
  it('an ended call ignores everything', () => {
    const ended = run(connected(), { type: 'remote-bye' });
    for (const event of [{ type: 'established', at: 9 }, { type: 'terminated' }, { type: 'remote-bye' }, { type: 'grace-expired' }] as const) {
      expect(callTransition(ended, event)).toBe(ended);
    }
  });

  it('a 180 after the answer, an answer while ringing in, a remote hold before connecting: no change', () => {
    const up = connected();
    expect(callTransition(up, { type: 'progress', code: 180 })).toBe(up);
    const ringing = outbound();
    expect(callTransition(ringing, { type: 'answer-requested' })).toBe(ringing);
    expect(callTransition(ringing, { type: 'remote-hold', on: true })).toBe(ringing);
  });
});
