/**
 * Why an agent's state or calls cannot be known: said on the board for each
 * such agent, never shown as "offline".
 */
export type WatchProblemReason =
  /** 489 Bad Event, 405, 501: the SIP server has no presence (or dialog event) support. */
  | 'no-presence-support'
  /** 401/403/407 after our credentials: the server does not let this account watch. */
  | 'forbidden'
  /** 404/480/604: the server does not know the agent's address. */
  | 'not-found'
  /** No final answer, or no NOTIFY after the 200 (RFC 6665 Timer N). */
  | 'timeout'
  /** The phone is not connected to its server: nothing can be asked. */
  | 'not-connected'
  /** Any other refusal, shown with its code. */
  | 'refused';

export interface WatchProblem {
  reason: WatchProblemReason;
  /** The SIP status code, when a response said it. */
  code: number | null;
}

/** A final failure response to a SUBSCRIBE or PUBLISH as a problem the user can read. */
export function problemOfStatus(code: number): WatchProblem {
  if (code === 489 || code === 405 || code === 501) return { reason: 'no-presence-support', code };
  if (code === 401 || code === 403 || code === 407) return { reason: 'forbidden', code };
  if (code === 404 || code === 480 || code === 604) return { reason: 'not-found', code };
  // sip.js answers its own 408 when the transaction times out, and 503 when the transport failed.
  if (code === 408) return { reason: 'timeout', code: null };
  if (code === 503) return { reason: 'not-connected', code: null };
  return { reason: 'refused', code };
}
