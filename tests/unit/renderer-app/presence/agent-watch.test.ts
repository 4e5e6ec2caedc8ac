import { describe, expect, it } from 'vitest';
import { initialAgentWatch, withDialogNotify, withPresenceNotify, withPresenceProblem } from '../../../../src/renderer/src/core/presence/agent-watch';
import { problemOfStatus } from '../../../../src/renderer/src/core/presence/watch-problem';
import { xmlParser } from './xmldom-parser';
import dialogCancelled from './kamailio-notify-bodies/dialog-cancelled.xml?raw';
import dialogConfirmedAfterCancelled from './kamailio-notify-bodies/dialog-confirmed-after-cancelled.xml?raw';
import dialogEarlyInbound from './kamailio-notify-bodies/dialog-early-inbound.xml?raw';
import dialogTerminated from './kamailio-notify-bodies/dialog-terminated.xml?raw';
import pidfReady from './kamailio-notify-bodies/pidf-ready.xml?raw';

describe('what the board knows of an agent', () => {
  it('an empty presence NOTIFY (never published, expired, removed) is offline, since the first one', () => {
    const first = withPresenceNotify(initialAgentWatch, '', 1_000, xmlParser);
    expect(first.presence).toEqual({ status: 'known', presence: { state: 'offline', since: 1_000, reason: null } });
    // The refresh of an expired publication brings another empty NOTIFY: still offline since the first.
    expect(withPresenceNotify(first, '', 9_000, xmlParser)).toBe(first);
  });

  it('a PIDF after offline is the agent’s state', () => {
    const offline = withPresenceNotify(initialAgentWatch, '', 1_000, xmlParser);
    expect(withPresenceNotify(offline, pidfReady, 2_000, xmlParser).presence).toEqual({
      status: 'known',
      presence: { state: 'ready', since: 1_764_170_060_000, reason: null },
    });
  });

  it('a refused subscription makes the agent unknown with the reason, never offline', () => {
    const refused = withPresenceProblem(initialAgentWatch, problemOfStatus(489));
    expect(refused.presence).toEqual({ status: 'unknown', problem: { reason: 'no-presence-support', code: 489 } });
    expect(problemOfStatus(403).reason).toBe('forbidden');
    expect(problemOfStatus(480).reason).toBe('not-found');
    expect(problemOfStatus(408)).toEqual({ reason: 'timeout', code: null });
    expect(problemOfStatus(500)).toEqual({ reason: 'refused', code: 500 });
  });

  it('a call rings, is answered (the connected time starts then), ends', () => {
    const ringing = withDialogNotify(initialAgentWatch, dialogEarlyInbound, 1_000, xmlParser);
    expect(ringing.call).toMatchObject({ stage: 'ringing', direction: 'inbound', remoteUser: '0671234567', since: 1_000 });
    const cancelled = withDialogNotify(ringing, dialogCancelled, 2_000, xmlParser);
    expect(cancelled.call).toBeNull();
    const answered = withDialogNotify(cancelled, dialogConfirmedAfterCancelled, 3_000, xmlParser);
    expect(answered.call).toMatchObject({ stage: 'connected', remoteUser: '+380671234567', since: 3_000 });
    // A NOTIFY that says the same again keeps the time the call was first seen connected.
    expect(withDialogNotify(answered, dialogConfirmedAfterCancelled, 8_000, xmlParser).call?.since).toBe(3_000);
    expect(withDialogNotify(answered, dialogTerminated, 9_000, xmlParser).call).toBeNull();
    expect(withDialogNotify(answered, '', 9_000, xmlParser).call).toBeNull();
  });

  it('leaves out the watching supervisor’s own call with the agent (their monitoring call), where the server tracks it', () => {
    expect(withDialogNotify(initialAgentWatch, dialogEarlyInbound, 1_000, xmlParser, '0671234567').call).toBeNull();
    expect(withDialogNotify(initialAgentWatch, dialogEarlyInbound, 1_000, xmlParser, 'olena').call).toMatchObject({ remoteUser: '0671234567' });
  });
});
