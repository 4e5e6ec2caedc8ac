/** What the agent sees of the phone. The phone module owns it; the UI only renders it. */
import type { CallQuality } from '@shared/domain/call-quality';
import type { CallFailure, RegistrationFailure } from '@shared/domain/sip-outcomes';

export type RegistrationState =
  | { status: 'unconfigured' }
  | { status: 'connecting' }
  | { status: 'registered'; since: number }
  | { status: 'failed'; reason: RegistrationFailure; code: number | null; retryAt: number | null };


export type CallState =
  | { status: 'idle' }
  | { status: 'dialing'; target: string; startedAt: number }
  | { status: 'ringing'; target: string; startedAt: number }
  | { status: 'established'; target: string; startedAt: number; answeredAt: number; quality: CallQuality | null }
  | { status: 'ended'; target: string; startedAt: number; endedAt: number; failure: CallFailure | null; code: number | null };

export interface PhoneState {
  registration: RegistrationState;
  call: CallState;
}

export const initialPhoneState: PhoneState = { registration: { status: 'unconfigured' }, call: { status: 'idle' } };
