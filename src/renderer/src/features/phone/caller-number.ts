import type { RemoteParty } from '../../core/phone/phone-state';

/** The caller's number as the agent reads it: an E.164 number grouped (+7 916 123-45-67) by `formatPhone`, a SIP user name as it came. */
export function callerNumber(remote: RemoteParty, formatPhone: (e164: string) => string): string {
  return remote.user.startsWith('+') ? formatPhone(remote.user) : remote.user;
}
