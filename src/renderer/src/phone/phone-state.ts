/** What the agent sees of the phone. The phone module owns it; the UI only renders it. */
import type { CallQuality } from '@shared/domain/call-quality';
import type { CallFailure, RegistrationFailure } from '@shared/domain/sip-outcomes';

export type RegistrationState =
  | { status: 'unconfigured' }
  | { status: 'connecting' }
  | { status: 'registered'; since: number }
  | { status: 'failed'; reason: RegistrationFailure; code: number | null; retryAt: number | null };

/** The other end of a call, as SIP named it (the display name already made safe to show). */
export interface RemoteParty {
  /** The SIP user part: a phone number or a user name. */
  user: string;
  displayName: string | null;
}

interface CallBase {
  direction: 'inbound' | 'outbound';
  remote: RemoteParty;
  startedAt: number;
}

export type CallState =
  | { status: 'idle' }
  | (CallBase & { status: 'incoming' | 'dialing' | 'ringing' })
  | (CallBase & {
      status: 'established';
      answeredAt: number;
      quality: CallQuality | null;
      muted: boolean;
      /** `holding`/`resuming` while the re-INVITE is out: the UI says "on hold" only once the server agreed. */
      hold: 'off' | 'holding' | 'on' | 'resuming';
    })
  | (CallBase & { status: 'ended'; answeredAt: number | null; endedAt: number; failure: CallFailure | null; code: number | null });

export interface PhoneState {
  registration: RegistrationState;
  call: CallState;
}

export const initialPhoneState: PhoneState = { registration: { status: 'unconfigured' }, call: { status: 'idle' } };
