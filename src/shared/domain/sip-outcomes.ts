/** What SIP answers mean for the phone's registration, in plain words (calls: call-ending.ts). */

export type RegistrationFailure =
  /** 401/407 after our credentials were sent: the password (or user name) is wrong. */
  | 'wrong-credentials'
  /** 403: the server refuses this account. */
  | 'forbidden'
  /** The WebSocket could not be opened or was lost. */
  | 'unreachable'
  /** The connection is open but the server stopped answering (frozen process, network black hole). */
  | 'unresponsive'
  /** 408 or no answer in time. */
  | 'timeout'
  /** 5xx or an answer we cannot use. */
  | 'server-error'
  /** The phone's own code could not be loaded into the page (its files replaced or out of reach): nothing was sent. */
  | 'not-loaded';

/** What a SIP final response means for registration. */
export function registrationFailureFor(code: number): RegistrationFailure {
  if (code === 401 || code === 407) return 'wrong-credentials';
  if (code === 403) return 'forbidden';
  if (code === 408) return 'timeout';
  return 'server-error';
}

/**
 * Waits before the next attempt. While the server is out of reach the phone
 * probes it every few seconds, so that it is registered again moments after
 * the server is back. When the server answered "no" (a wrong password, a
 * refused account, an error), asking again at once would only repeat the
 * answer and load a server that may be struggling: those back off to a
 * minute. Each wait is spread by ±20 % so that a site's consoles do not all
 * come back in the same second.
 */
const probeDelaysMs = [1_000, 2_000, 3_000];
const refusalDelaysMs = [5_000, 15_000, 30_000, 60_000];

export function retryDelayMs(reason: RegistrationFailure, attempt: number, random: number): number {
  const outOfReach = reason === 'unreachable' || reason === 'unresponsive' || reason === 'timeout';
  const delays = outOfReach ? probeDelaysMs : refusalDelaysMs;
  const base = delays[Math.min(attempt, delays.length - 1)] ?? 60_000;
  return Math.round(base * (0.8 + 0.4 * random));
}
