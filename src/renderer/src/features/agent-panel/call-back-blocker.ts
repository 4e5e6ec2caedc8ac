import type { PhoneState } from '../../core/phone/phone-state';

export type CallBackBlocker = 'no-phone' | 'in-call';

/** Why Call back cannot dial now, or null when it can: the phone dials only when registered and free. */
export function callBackBlocker(phone: Pick<PhoneState, 'registration' | 'call' | 'background'>): CallBackBlocker | null {
  if (phone.call.status !== 'idle' && phone.call.status !== 'ended') return 'in-call';
  if (phone.background.length > 0) return 'in-call';
  if (phone.registration.status !== 'registered') return 'no-phone';
  return null;
}
