/**
 * The thin adapter between sip.js and the call state machine: it turns a
 * session's callbacks into call events, in the order they mean.
 *
 * sip.js moves a session to Terminated *before* it hands the final response
 * that caused it to our request delegate (and a remote BYE or CANCEL reaches
 * the delegate just before the state change). Terminated is therefore passed
 * on a microtask later, after whatever explained it.
 */
import { SessionState, type Session, type SessionDescriptionHandlerFactory } from 'sip.js';
import type { IncomingRequestMessage } from 'sip.js/lib/core';
import { checkSessionDescription, holdsUs } from '@shared/domain/sdp-offer';
import type { CallEvent } from './call-machine';
import { isMicrophoneError } from './microphone';

export type DispatchCallEvent = (event: CallEvent) => void;

export interface OrderedCallEvents {
  /** An event whose meaning does not depend on what follows it. */
  now: DispatchCallEvent;
  /** The session is over: told once the response or request that ended it has been told. */
  terminated(): void;
}

export function orderedCallEvents(dispatch: DispatchCallEvent): OrderedCallEvents {
  return { now: dispatch, terminated: () => queueMicrotask(() => dispatch({ type: 'terminated' })) };
}

/**
 * The session description handler cannot report that it refused the other
 * side's description (sip.js acks and hangs up with 488 on its own): the
 * factory reports it here, for the line of that session.
 */
const descriptionRefusals = new WeakMap<Session, DispatchCallEvent>();

function reportRefusedDescription(session: Session, description: string, error: unknown): void {
  const check = checkSessionDescription(description);
  // A call's answer waits for its microphone (a prepared offer's call opens it meanwhile): one that could not open is no fault of the description.
  const problem = isMicrophoneError(error) ? 'no-microphone' : check.ok ? 'media-failed' : check.problem;
  descriptionRefusals.get(session)?.({ type: 'start-failed', problem });
}

/** Handlers from `factory` that tell the session's line when the other side's description was refused, and why. */
export function reportingRefusals(factory: SessionDescriptionHandlerFactory): SessionDescriptionHandlerFactory {
  return (session, options) => {
    const handler = factory(session, options);
    const setDescription = handler.setDescription.bind(handler);
    handler.setDescription = (description, ...rest) =>
      setDescription(description, ...rest).catch((error: unknown) => {
        reportRefusedDescription(session, description, error);
        throw error;
      });
    return handler;
  };
}

/** Follows a session for its whole life: established, ended by either side, held by the other side. */
export function watchSession(session: Session, events: OrderedCallEvents): void {
  descriptionRefusals.set(session, events.now);
  session.stateChange.addListener((state) => {
    if (state === SessionState.Established) events.now({ type: 'established', at: Date.now() });
    else if (state === SessionState.Terminated) events.terminated();
  });
  session.delegate = {
    onBye: (bye) => {
      events.now({ type: 'remote-bye' });
      void bye.accept().catch((error: unknown) => console.warn('A BYE could not be answered; the call is over for us all the same.', error));
    },
    onCancel: () => events.now({ type: 'remote-cancel' }),
    onInvite: (request: IncomingRequestMessage, _response: string, statusCode: number) => {
      if (statusCode >= 200 && statusCode < 300) events.now({ type: 'remote-hold', on: holdsUs(request.body) });
    },
  };
}
