/** What the agent sees of the phone. The phone module owns it; the UI only renders it. */
import type { CallEnding } from '@shared/domain/call-ending';
import type { MediaHealth } from '@shared/domain/media-window';
import type { HoldState, TransferState } from './call-machine';
import type { MonitoredView, MonitoringView } from './monitoring-view';
import type { RegistrationState } from './registration-machine';

export type { HoldState, TransferState } from './call-machine';
export type { RegistrationState } from './registration-machine';

/** The other end of a call, as SIP named it (the number and display name already made safe to show). */
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

export type EstablishedCall = CallBase & {
  status: 'established';
  answeredAt: number;
  /** What arrived over the last seconds: quality, or no audio at all; null before the first reading. */
  media: MediaHealth | null;
  muted: boolean;
  hold: HoldState;
  /** The other side put the agent on hold. */
  remoteHold: boolean;
  /** A transfer in flight, or why the last one failed (the customer is still with the agent). */
  transfer: TransferState | null;
  /**
   * Set while the signalling transport is down: the media may still flow, but
   * nothing can be changed until the call is recovered (ICE-restart
   * re-INVITE), or it is ended honestly at this time.
   */
  reconnectingUntil: number | null;
};

/** A call that is not over: ringing in or out, up, or hanging up (waiting for the far end to confirm). */
export type LiveCall = (CallBase & { status: 'incoming' | 'dialing' | 'ringing' | 'ending' }) | EstablishedCall;

export type EndedCall = CallBase & { status: 'ended'; answeredAt: number | null; endedAt: number; ending: CallEnding };

export type CallState = { status: 'idle' } | LiveCall | EndedCall;

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
  /** The focused call and the background ones are mixed into one conversation. */
  conference: boolean;
  notice: PhoneNotice | null;
  /** A supervisor is in the agent's customer call (listening, coaching or joined). */
  monitored: MonitoredView | null;
  /** This supervisor's monitoring call: connecting, live, or how the last one ended. */
  monitoring: MonitoringView | null;
}

export const initialPhoneState: PhoneState = {
  registration: { status: 'unconfigured' },
  call: { status: 'idle' },
  background: [],
  conference: false,
  notice: null,
  monitored: null,
  monitoring: null,
};

/** The SIP Call-ID of the call the phone shows, in progress or just ended ('' with none): what the panes that follow the call look up. */
export function shownSipCallId({ call }: PhoneState): string {
  return call.status === 'idle' ? '' : call.sipCallId;
}
