/** What SIP answers mean for the agent: plain words for registration and call failures. */

export type RegistrationFailure =
  /** 401/407 after our credentials were sent: the password (or user name) is wrong. */
  | 'wrong-credentials'
  /** 403: the server refuses this account. */
  | 'forbidden'
  /** The WebSocket could not be opened or was lost. */
  | 'unreachable'
  /** 408 or no answer in time. */
  | 'timeout'
  /** 5xx or an answer we cannot use. */
  | 'server-error';

export type CallFailure =
  | 'busy'
  | 'not-found'
  | 'unavailable'
  | 'rejected'
  | 'not-acceptable'
  | 'server-error'
  | 'timeout'
  | 'no-microphone'
  | 'not-registered'
  /** The signalling transport dropped and the call could not be recovered in time. */
  | 'connection-lost'
  | 'failed';

/** What a SIP final response means for registration. */
export function registrationFailureFor(code: number): RegistrationFailure {
  if (code === 401 || code === 407) return 'wrong-credentials';
  if (code === 403) return 'forbidden';
  if (code === 408) return 'timeout';
  return 'server-error';
}

/** What a SIP final response means for a call that did not connect. */
export function callFailureFor(code: number): CallFailure {
  switch (code) {
    case 486:
    case 600:
      return 'busy';
    case 404:
    case 604:
      return 'not-found';
    case 480:
      return 'unavailable';
    case 403:
    case 603:
      return 'rejected';
    case 488:
    case 606:
      return 'not-acceptable';
    case 408:
    case 487:
      return 'timeout';
    default:
      return code >= 500 ? 'server-error' : 'failed';
  }
}

/** Waits between reconnection attempts: quick at first, then no more than every 30 s. */
export const reconnectDelaysMs = [500, 1_000, 2_000, 4_000, 8_000, 15_000, 30_000];
