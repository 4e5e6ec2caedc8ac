import { Invitation, Inviter, SessionState, type Session } from 'sip.js';
import type { SessionDescriptionHandler, SessionDescriptionHandlerOptions } from 'sip.js/lib/platform/web';
import { callQualityFrom, type CallQuality } from '@shared/domain/call-quality';
import type { CallRecord, CallStart } from '@shared/domain/call-record';
import type { callOutcomes } from '@shared/domain/customer';
import type { CallFailure } from '@shared/domain/sip-outcomes';
import type { CallState, HoldState, LiveCall, RemoteParty } from './phone-state';
import { readAudioStats } from './read-audio-stats';

type Outcome = (typeof callOutcomes)[number];

export const audioOnly: SessionDescriptionHandlerOptions = { constraints: { audio: true, video: false } };

/**
 * One call and everything the phone knows about it: where it is, whether it
 * is muted or held, its quality, and (while the signalling is down) until
 * when it may be recovered. The softphone decides what happens to lines; a
 * line only carries out one call's own commands and tells when it changed.
 */
export class PhoneLine {
  readonly id: string;
  readonly sipCallId: string;
  answeredAt: number | null = null;
  finalCode: number | null = null;
  declinedByAgent = false;
  /** Turned away without ringing: answered busy, or redirected (Not Ready forwarding). */
  turnedAway: 'busy' | 'forwarded' | null = null;
  /** Rung out to a 180/183: the UI says "ringing" rather than "dialing". */
  alerting = false;
  muted = false;
  hold: HoldState = 'off';
  quality: CallQuality | null = null;
  reconnectingUntil: number | null = null;
  /** While mixed into a conference, what this line sends is not the microphone alone. */
  conferenceTrack: MediaStreamTrack | null = null;
  private qualityTimer: ReturnType<typeof setInterval> | null = null;

  constructor(
    readonly session: Session,
    readonly direction: 'inbound' | 'outbound',
    readonly remote: RemoteParty,
    readonly startedAt: number,
    private readonly changed: () => void,
  ) {
    this.id = session.id;
    this.sipCallId = (session instanceof Invitation ? session.request : (session as Inviter).request).callId;
  }

  get established(): boolean {
    return this.answeredAt !== null && this.session.state === SessionState.Established;
  }

  get handler(): SessionDescriptionHandler | undefined {
    return this.session.sessionDescriptionHandler as SessionDescriptionHandler | undefined;
  }

  get remoteStream(): MediaStream | null {
    return this.handler?.remoteMediaStream ?? null;
  }

  get audioSender(): RTCRtpSender | undefined {
    return this.handler?.peerConnection?.getSenders().find((sender) => sender.track?.kind === 'audio' || sender.track === null);
  }

  view(): LiveCall {
    const { id, sipCallId, direction, remote, startedAt } = this;
    if (this.answeredAt === null) {
      if (this.session instanceof Invitation) return { status: 'incoming', id, sipCallId, direction, remote, startedAt };
      return { status: this.alerting ? 'ringing' : 'dialing', id, sipCallId, direction, remote, startedAt };
    }
    const { answeredAt, quality, muted, hold, reconnectingUntil } = this;
    return { status: 'established', id, sipCallId, direction, remote, startedAt, answeredAt, quality, muted, hold, reconnectingUntil };
  }

  endedView(failure: CallFailure | null, endedAt: number): CallState {
    const { id, sipCallId, direction, remote, startedAt, answeredAt, finalCode: code } = this;
    return { status: 'ended', id, sipCallId, direction, remote, startedAt, answeredAt, endedAt, failure, code };
  }

  /**
   * The number or queue the call is for: what the agent dialled, or for an
   * incoming call the address it was sent to (the To header keeps the DID or
   * queue a PBX routed it by, where the request URI is only this console).
   */
  get dialed(): string {
    if (this.session instanceof Invitation) return this.session.request.to.uri.user ?? '';
    return this.remote.user;
  }

  /** The call as it starts: what the store makes its interaction from. */
  start(local: string): CallStart {
    return { direction: this.direction, remote: this.remote.user || 'unknown', local, sipCallId: this.sipCallId, startedAt: this.startedAt };
  }

  /** The call is up: start reading its quality once a second (the indicator and its warning). */
  markEstablished(): void {
    this.answeredAt ??= Date.now();
    const connection = this.handler?.peerConnection;
    if (!connection || this.qualityTimer) return;
    this.qualityTimer = setInterval(() => {
      void connection.getStats().then((report) => {
        if (!this.qualityTimer) return;
        this.quality = callQualityFrom(readAudioStats(report));
        this.changed();
      });
    }, 1_000);
  }

  /** What goes out and what comes in follow mute and hold; nothing reaches the customer while either is on. */
  applyMedia(): void {
    this.handler?.enableSenderTracks(!this.muted && this.hold === 'off');
    this.handler?.enableReceiverTracks(this.hold === 'off');
  }

  setMuted(muted: boolean): void {
    if (!this.established) return;
    this.muted = muted;
    this.applyMedia();
    this.changed();
  }

  /**
   * Hold or resume by re-INVITE; resolves whether the server agreed. The
   * state changes only when it did: a refused or failed re-INVITE leaves the
   * call as it was (sip.js rolls the local description back), so "on hold"
   * is never shown while the customer still hears the agent.
   */
  async setHold(hold: boolean): Promise<boolean> {
    if (!this.established || this.reconnectingUntil !== null) return false;
    if (this.hold === 'holding' || this.hold === 'resuming') return false;
    if ((this.hold === 'on') === hold) return true;
    const before = this.hold;
    this.hold = hold ? 'holding' : 'resuming';
    this.changed();
    const accepted = await this.reInvite({ ...audioOnly, hold });
    this.hold = accepted ? (hold ? 'on' : 'off') : before;
    this.applyMedia();
    this.changed();
    return accepted;
  }

  /**
   * After the signalling transport came back: a re-INVITE with fresh ICE
   * credentials, so that the media path is checked again (the network under
   * it may have changed). Resolves whether the far end took it.
   */
  restartIce(): Promise<boolean> {
    return this.reInvite({ ...audioOnly, hold: this.hold === 'on', offerOptions: { iceRestart: true } });
  }

  private async reInvite(options: SessionDescriptionHandlerOptions): Promise<boolean> {
    this.session.sessionDescriptionHandlerOptionsReInvite = options;
    return new Promise<boolean>((resolve) => {
      this.session
        .invite({ requestDelegate: { onAccept: () => resolve(true), onReject: () => resolve(false) } })
        .catch(() => resolve(false));
    });
  }

  /** Keypad tones: in the media (RFC 4733) by default, or as SIP INFO where the far end wants that. */
  async sendDtmf(tone: string, method: 'rfc4733' | 'sip-info'): Promise<void> {
    if (!this.established) return;
    if (method === 'rfc4733') {
      this.handler?.sendDtmf(tone, { duration: 160, interToneGap: 70 });
      return;
    }
    await this.session.info({
      requestOptions: { body: { contentDisposition: 'render', contentType: 'application/dtmf-relay', content: `Signal=${tone}\r\nDuration=160` } },
    });
  }

  /** Ends the call whatever its stage: cancel while it rings out, decline while it rings in, BYE once it is up. */
  async hangUp(): Promise<void> {
    const session = this.session;
    if (session.state === SessionState.Established) await session.bye();
    else if (session instanceof Inviter) await session.cancel();
    else if (session instanceof Invitation && session.state === SessionState.Initial) {
      this.declinedByAgent = true;
      await session.reject({ statusCode: 486 });
    }
  }

  /** Stops what the line runs on its own; sip.js releases the peer connection when the session ends. */
  release(): void {
    if (this.qualityTimer) clearInterval(this.qualityTimer);
    this.qualityTimer = null;
    this.conferenceTrack?.stop();
    this.conferenceTrack = null;
  }

  record(local: string, outcomeFailure: CallFailure | null, endedAt: number): CallRecord {
    return { ...this.start(local), answeredAt: this.answeredAt, endedAt, outcome: this.outcome(outcomeFailure) };
  }

  private outcome(failure: CallFailure | null): Outcome {
    if (this.answeredAt !== null) return 'answered';
    if (this.turnedAway) return this.turnedAway;
    if (this.direction === 'inbound') return this.declinedByAgent ? 'declined' : 'missed';
    if (failure === 'busy') return 'busy';
    return failure === null || failure === 'timeout' ? 'missed' : 'failed';
  }
}
