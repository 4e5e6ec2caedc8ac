import type { Invitation } from 'sip.js';
import { cleanCallerNumber, cleanDisplayName, sipCallIdMaxLength } from '@shared/domain/call-record';
import { checkSessionDescription } from '@shared/domain/sdp-offer';
import type { RemoteParty } from './phone-state';

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
