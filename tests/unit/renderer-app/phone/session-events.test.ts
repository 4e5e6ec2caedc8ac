import type { Session, SessionDescriptionHandler } from 'sip.js';
import { describe, expect, it } from 'vitest';
import { callTransition, startCall, type CallModel } from '../../../../src/renderer/src/core/phone/call-machine';
import { orderedCallEvents, reportingRefusals, watchSession } from '../../../../src/renderer/src/core/phone/session-events';

/** Feeds events to a real call machine through the adapter's ordering, as sip.js calls back. */
function follow(direction: 'inbound' | 'outbound') {
  let model: CallModel = startCall(direction);
  const events = orderedCallEvents((event) => (model = callTransition(model, event)));
  return { events, model: () => model };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('sip.js callbacks reach the call in the order they mean', () => {
  it('a 486 that sip.js reports after moving the session to Terminated still makes the call "busy"', async () => {
    const call = follow('outbound');
    // What sip.js's Inviter does on a final non-2xx: the state change first, then our request delegate.
    call.events.terminated();
    call.events.now({ type: 'final-response', code: 486 });
    await settled();
    expect(call.model().ending).toEqual({ reason: 'busy', code: 486 });
  });

  it('a remote BYE (delegate first, then Terminated) is the other side hanging up', async () => {
    const call = follow('inbound');
    call.events.now({ type: 'established', at: 1 });
    call.events.now({ type: 'remote-bye' });
    call.events.terminated();
    await settled();
    expect(call.model().ending?.reason).toBe('remote-hangup');
  });

  it('our BYE (Terminated at once, its 200 later) waits for the 200 to call it confirmed', async () => {
    const call = follow('outbound');
    call.events.now({ type: 'established', at: 1 });
    call.events.now({ type: 'hangup-requested' });
    call.events.terminated();
    await settled();
    expect(call.model().phase).toBe('ending');
    call.events.now({ type: 'bye-answered', code: 200 });
    expect(call.model().ending).toEqual({ reason: 'local-hangup', code: 200 });
  });

  it('a CANCEL from the caller (delegate, 487, Terminated) is a missed call, not a failure', async () => {
    const call = follow('inbound');
    call.events.now({ type: 'remote-cancel' });
    call.events.terminated();
    await settled();
    expect(call.model().ending).toEqual({ reason: 'caller-cancelled', code: 487 });
  });

  it('an answer refused because the microphone could not open (it waits for it) ends the call as no-microphone, not a media failure', async () => {
    let model: CallModel = startCall('outbound');
    const session = { stateChange: { addListener: () => undefined } } as unknown as Session;
    watchSession(session, orderedCallEvents((event) => (model = callTransition(model, event))));
    const microphoneRefused = new DOMException('Permission denied', 'NotAllowedError');
    const factory = reportingRefusals(() => ({ setDescription: () => Promise.reject(microphoneRefused) }) as unknown as SessionDescriptionHandler);
    await expect(factory(session, {}).setDescription('v=0\r\n')).rejects.toBe(microphoneRefused);
    expect(model.ending).toEqual({ reason: 'no-microphone', code: null });
  });
});
