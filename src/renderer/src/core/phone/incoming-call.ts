import type { Invitation } from 'sip.js';
import { cleanCallerNumber, cleanDisplayName, sipCallIdMaxLength } from '@shared/domain/call-record';
import { checkSessionDescription } from '@shared/domain/sdp-offer';
import type { RemoteParty } from './phone-state';

/** What to do with a new call when the agent is free: ring, or turn it away (busy, or redirected to a colleague or queue). */
export type IncomingRoute = { ring: true } | { ring: false; forwardTo: string | null };

export type IncomingScreening =
  | { take: true; remote: RemoteParty }
  /** Refused before it rings; `recordable` when the call can still be written down (its Call-ID fits the store). */
  | { take: false; remote: RemoteParty; reason: 'no-common-codec' | 'malformed-sdp' | 'failed'; code: number; warning: string; recordable: boolean };

/**
 * What the console makes of a new INVITE before it rings: who is calling,
 * cleaned for the screen and the store, and whether the call can be taken
 * at all. An offer without an audio codec the browser speaks is refused
 * with 488 (not answered with a disabled stream and shown as a live call);
 * a session description that cannot be read, with 400; a Call-ID longer
 * than the store keeps, with 400 too (no real phone makes one).
 */
export function screenIncoming(invitation: Invitation): IncomingScreening {
  const request = invitation.request;
  const remote: RemoteParty = {
    user: cleanCallerNumber(invitation.remoteIdentity.uri.user),
    displayName: cleanDisplayName(invitation.remoteIdentity.displayName),
  };
  if (request.callId.length > sipCallIdMaxLength) {
    return { take: false, remote, reason: 'failed', code: 400, warning: 'Call-ID too long', recordable: false };
  }
  const check = checkSessionDescription(request.body ?? '');
  if (check.ok) return { take: true, remote };
  if (check.problem === 'no-common-codec') {
    return { take: false, remote, reason: 'no-common-codec', code: 488, warning: 'No supported audio codec offered', recordable: true };
  }
  return { take: false, remote, reason: 'malformed-sdp', code: 400, warning: 'Malformed session description', recordable: true };
}

/** A Warning header (RFC 3261 §20.43) telling the caller's side why, in words its logs show. */
export function warningHeader(text: string): string {
  return `Warning: 399 parley "${text}"`;
}

export interface IncomingSituation {
  /** Calls already on the phone. */
  otherCalls: number;
  /** The focused call is up (so a second caller can wait beside it). */
  focusedEstablished: boolean;
  conference: boolean;
  /** The agent's routing, asked only when the phone is free. */
  route: () => IncomingRoute;
  /** The SIP address a forwarding target resolves to, if it does. */
  resolve: (target: string) => string | undefined;
}

export type IncomingDecision =
  | { ring: 'alone' | 'waiting' }
  | { ring: false; reason: 'turned-away' | 'forwarded'; code: number; headers: string[] };

/**
 * A call that can be taken rings alone when the phone is free (if the
 * agent is Ready), or waits beside one call that is up (call waiting).
 * Anything more is busy; Not Ready is busy or redirected (302).
 */
export function decideIncoming(situation: IncomingSituation): IncomingDecision {
  const busy: IncomingDecision = { ring: false, reason: 'turned-away', code: 486, headers: [] };
  if (situation.otherCalls > 0) return situation.otherCalls === 1 && situation.focusedEstablished && !situation.conference ? { ring: 'waiting' } : busy;
  const route = situation.route();
  if (route.ring) return { ring: 'alone' };
  const forwardTo = route.forwardTo ? situation.resolve(route.forwardTo) : undefined;
  return forwardTo ? { ring: false, reason: 'forwarded', code: 302, headers: [`Contact: <${forwardTo}>`] } : busy;
}
