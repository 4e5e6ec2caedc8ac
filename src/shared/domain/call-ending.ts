/**
 * How a call ended, from one typed list: what the agent is told, what the
 * store keeps with the SIP code, and what it counts as (the coarse outcome
 * the card, the CRM and trends read).
 */
import type { callOutcomes } from './customer';

export const callEndReasons = [
  /** Answered, then the agent hung up (our BYE was answered). */
  'local-hangup',
  /** Answered, then the other side hung up. */
  'remote-hangup',
  /** Answered; our BYE got no answer (or an error): the far side may still be connected. */
  'hangup-unconfirmed',
  /** Handed over to someone else (blind or attended transfer reported answered). */
  'transferred',
  'busy',
  'not-found',
  'unavailable',
  /** The callee (or a server on their behalf) refused the call: 403, 603. */
  'rejected',
  /** Rang until a server gave up (408, or 487 we did not ask for). */
  'no-answer',
  'server-error',
  /** No audio codec both sides support (ours refused with 488, or theirs: 488/606/415). */
  'no-common-codec',
  /** The offer or answer could not be read as a session description. */
  'malformed-sdp',
  /** Signalling said "connected", yet no audio ever arrived. */
  'media-failed',
  /** The connection to the SIP server dropped and the call could not be recovered in time. */
  'connection-lost',
  /** The agent gave up on an outgoing call before it was answered. */
  'cancelled',
  /** The caller gave up before the agent answered. */
  'caller-cancelled',
  /** The agent declined the ringing call. */
  'declined',
  /** Not Ready (or already busy): answered busy without ringing. */
  'turned-away',
  /** Not Ready forwarding: redirected to a colleague or queue. */
  'forwarded',
  'no-microphone',
  'not-registered',
  /** Any other failure, with its SIP code when there is one. */
  'failed',
] as const;

export type CallEndReason = (typeof callEndReasons)[number];

export interface CallEnding {
  reason: CallEndReason;
  /** The SIP status code behind it (a final response, or our BYE's answer), when there is one. */
  code: number | null;
}

type Outcome = (typeof callOutcomes)[number];

/** What a final response to our INVITE means. A 487 is only ours to cause (CANCEL): the caller of this says when. */
export function endingForFinalResponse(code: number): CallEnding {
  return { reason: reasonForFinalResponse(code), code };
}

function reasonForFinalResponse(code: number): CallEndReason {
  switch (code) {
    case 486:
    case 600:
      return 'busy';
    case 404:
    case 410:
    case 484:
    case 604:
      return 'not-found';
    case 480:
      return 'unavailable';
    case 403:
    case 603:
      return 'rejected';
    case 408:
    case 487:
      return 'no-answer';
    case 415:
    case 488:
    case 606:
      return 'no-common-codec';
    default:
      return code >= 500 && code < 600 ? 'server-error' : 'failed';
  }
}

/** The coarse outcome an ending counts as: an answered call is answered however it ended. */
export function outcomeFor(direction: 'inbound' | 'outbound', answered: boolean, ending: CallEnding): Outcome {
  if (answered) return 'answered';
  const { reason } = ending;
  if (reason === 'turned-away' || reason === 'busy') return 'busy';
  if (reason === 'forwarded') return 'forwarded';
  if (direction === 'inbound') {
    if (reason === 'declined') return 'declined';
    return reason === 'caller-cancelled' || reason === 'connection-lost' ? 'missed' : 'failed';
  }
  if (reason === 'no-answer') return 'no-answer';
  if (reason === 'cancelled') return 'cancelled';
  return 'failed';
}
