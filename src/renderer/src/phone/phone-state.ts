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
  /** Stable for the life of the call: the UI addresses background calls by it. */
  id: string;
  /** SIP's Call-ID: what the call's interaction in the store is found by. */
  sipCallId: string;
  direction: 'inbound' | 'outbound';
  remote: RemoteParty;
  startedAt: number;
}

export type HoldState = 'off' | 'holding' | 'on' | 'resuming';

export type EstablishedCall = CallBase & {
  status: 'established';
  answeredAt: number;
  quality: CallQuality | null;
  muted: boolean;
  /** `holding`/`resuming` while the re-INVITE is out: the UI says "on hold" only once the server agreed. */
  hold: HoldState;
  /**
   * Set while the signalling transport is down: the media may still flow, but
   * nothing can be changed until the call is recovered (ICE-restart
   * re-INVITE), or it is ended honestly at this time.
   */
  reconnectingUntil: number | null;
};

/** A call that is not over: ringing in or out, or up. */
export type LiveCall = (CallBase & { status: 'incoming' | 'dialing' | 'ringing' }) | EstablishedCall;

export type CallState =
  | { status: 'idle' }
  | LiveCall
  | (CallBase & { status: 'ended'; answeredAt: number | null; endedAt: number; failure: CallFailure | null; code: number | null });

/** Something the agent asked for that did not happen, said once (the calls themselves are unchanged). */
export interface PhoneNotice {
  kind: 'hold-failed' | 'transfer-failed';
  at: number;
}

export interface PhoneState {
  registration: RegistrationState;
  /** The call the controls act on (or the last one's outcome, or idle). */
  call: CallState;
  /**
   * The other live calls: one ringing in while the agent is busy (call
   * waiting), or held while the agent talks to someone else (a consultation
   * before an attended transfer, a swapped call).
   */
  background: LiveCall[];
  /** The focused call and the background ones are mixed into one conversation (three-way conference). */
  conference: boolean;
  notice: PhoneNotice | null;
}

export const initialPhoneState: PhoneState = { registration: { status: 'unconfigured' }, call: { status: 'idle' }, background: [], conference: false, notice: null };
