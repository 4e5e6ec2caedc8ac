import { SessionState, type Session } from 'sip.js';
import type { IncomingResponse } from 'sip.js/lib/core';
import type { SessionDescriptionHandler, SessionDescriptionHandlerOptions } from 'sip.js/lib/platform/web';
import { outcomeFor } from '@shared/domain/call-ending';
import type { CallQuality } from '@shared/domain/call-quality';
import type { CallRecord, CallStart } from '@shared/domain/call-record';
import type { MediaHealth } from '@shared/domain/media-window';
import type { DtmfMethod } from '@shared/domain/settings';
import { callTransition, startCall, type CallEvent, type CallModel, type CallPhase } from './call-machine';
import { MediaMonitor } from './media-monitor';
import type { EndedCall, LiveCall, RemoteParty } from './phone-state';
import { orderedCallEvents, watchSession } from './session-events';

/** The figures the store keeps of a call's quality (the whole call, not the indicator's last seconds). */
function wholeCallSummary(quality: CallQuality | null): CallRecord['quality'] {
  if (quality === null) return null;
  return { mos: quality.mos, lossPercent: quality.lossPercent, jitterMs: quality.jitterMs, roundTripMs: quality.roundTripMs };
}

export const audioOnly: SessionDescriptionHandlerOptions = { constraints: { audio: true, video: false } };

/** How long our BYE, CANCEL or decline may go unanswered before the call is told as ended without confirmation. */
export const endingConfirmationMs = 4_000;

/**
 * One call: its state machine, and the media commands that act on it (hold,
 * mute, keypad, ICE restart, hanging up). Every change goes through
 * `dispatch`, the only writer of the call's state; the softphone decides
 * what happens between calls and reads each line's state, never writes it.
 * Inbound and outbound calls differ in how they start and how they are
 * ended before they are answered: InboundLine and OutboundLine.
 */
export abstract class PhoneLine {
  readonly id: string;
  private current: CallModel;
  private muted = false;
  private media: MediaHealth | null = null;
  private monitor: MediaMonitor | null = null;
  private endingTimer: ReturnType<typeof setTimeout> | null = null;
  private endedAt: number | null = null;
  /** The far end sent BYE: it owes us nothing and we owe it nothing (sip.js still reads Established while its delegate runs). */
  private farEndHungUp = false;
  /** While mixed (a conference, a supervisor in the call), what this line sends is not the microphone alone. */
  mixedTrack: MediaStreamTrack | null = null;

  protected constructor(
    readonly session: Session,
    readonly direction: 'inbound' | 'outbound',
    readonly remote: RemoteParty,
    readonly startedAt: number,
    private readonly changed: (line: PhoneLine) => void,
  ) {
    this.id = session.id;
    this.current = startCall(direction);
    watchSession(session, orderedCallEvents((event) => this.dispatch(event)));
  }

  abstract readonly sipCallId: string;
  /** The number or queue the call is for. */
  abstract readonly dialed: string;
  /** Sends what ends the call in its current phase: CANCEL, a decline, or BYE. */
  protected abstract sendEnd(phase: CallPhase): Promise<void>;

  get model(): CallModel {
    return this.current;
  }

  get established(): boolean {
    return this.current.phase === 'connected';
  }

  get ended(): boolean {
    return this.current.phase === 'ended';
  }

  get isMuted(): boolean {
    return this.muted;
  }

  get handler(): SessionDescriptionHandler | undefined {
    return this.session.sessionDescriptionHandler as SessionDescriptionHandler | undefined;
  }

  get remoteStream(): MediaStream | null {
    return this.handler?.remoteMediaStream ?? null;
  }

  get audioSender(): RTCRtpSender | undefined {
    return audioSenderOf(this.handler);
  }

  /** The only way the call's state changes. */
  dispatch(event: CallEvent): void {
    if (event.type === 'remote-bye') this.farEndHungUp = true;
    const before = this.current;
    const after = callTransition(before, event);
    if (after === before) return;
    this.current = after;
    if (before.phase !== 'connected' && after.phase === 'connected') this.startMonitor();
    if (before.phase !== 'ending' && after.phase === 'ending') this.endingTimer = setTimeout(() => this.dispatch({ type: 'ending-timed-out' }), endingConfirmationMs);
    if (after.phase === 'ended') this.release();
    this.changed(this);
  }

  view(): LiveCall {
    const { id, sipCallId, direction, remote, startedAt } = this;
    const base = { id, sipCallId, direction, remote, startedAt };
    const { phase, answeredAt, hold, remoteHold, transfer, reconnectingUntil } = this.current;
    if (phase === 'connected' && answeredAt !== null) {
      return { ...base, status: 'established', answeredAt, media: this.media, muted: this.muted, hold, remoteHold, transfer, reconnectingUntil };
    }
    if (phase === 'ringing-in' || phase === 'answering') return { ...base, status: 'incoming' };
    if (phase === 'dialing' || phase === 'ringing-out') return { ...base, status: phase === 'dialing' ? 'dialing' : 'ringing' };
    return { ...base, status: 'ending' };
  }

  endedView(): EndedCall {
    const { id, sipCallId, direction, remote, startedAt } = this;
    const ending = this.current.ending ?? { reason: 'failed', code: null };
    return { id, sipCallId, direction, remote, startedAt, status: 'ended', answeredAt: this.current.answeredAt, endedAt: this.endedAt ?? Date.now(), ending };
  }

  /** The call as it starts: what the store makes its interaction from. */
  start(local: string): CallStart {
    return { direction: this.direction, remote: this.remote.user || 'unknown', local, sipCallId: this.sipCallId, startedAt: this.startedAt };
  }

  /** The call as it ended: what the store keeps (the ending's reason and SIP code, how long nothing was heard). */
  record(local: string): CallRecord {
    const { answeredAt } = this.current;
    const ending = this.current.ending ?? { reason: 'failed', code: null };
    const code = ending.code !== null && ending.code >= 100 && ending.code <= 699 ? ending.code : null;
    return {
      ...this.start(local),
      answeredAt,
      endedAt: this.endedAt ?? Date.now(),
      outcome: outcomeFor(this.direction, answeredAt !== null, ending),
      endReason: ending.reason,
      sipCode: code,
      longestNoAudioSeconds: answeredAt === null ? null : (this.monitor?.longestSilenceSeconds ?? 0),
      quality: answeredAt === null ? null : wholeCallSummary(this.monitor?.wholeCallQuality ?? null),
    };
  }

  /** What goes out and what comes in follow mute and hold; nothing reaches the customer while either is on. */
  applyMedia(): void {
    const { hold } = this.current;
    this.handler?.enableSenderTracks(!this.muted && hold === 'off');
    this.handler?.enableReceiverTracks(hold === 'off');
  }

  setMuted(muted: boolean): void {
    if (!this.established) return;
    this.muted = muted;
    this.applyMedia();
    this.changed(this);
  }

  /**
   * Hold or resume by re-INVITE; resolves whether the far end agreed. The
   * state changes only when it did: a refused or failed re-INVITE leaves the
   * call as it was (sip.js rolls the local description back), so "on hold"
   * is never shown while the customer still hears the agent.
   */
  async setHold(hold: boolean): Promise<boolean> {
    const { phase, reconnectingUntil, hold: now } = this.current;
    if (phase !== 'connected' || reconnectingUntil !== null || now === 'holding' || now === 'resuming') return false;
    if ((now === 'on') === hold) return true;
    this.dispatch({ type: 'hold-requested', hold });
    const accepted = await this.reInvite({ ...audioOnly, hold });
    this.dispatch({ type: 'hold-settled', accepted });
    this.applyMedia();
    return accepted;
  }

  /**
   * After the signalling transport came back: a re-INVITE with fresh ICE
   * credentials, so that the media path is checked again (the network under
   * it may have changed). Resolves whether the far end took it.
   */
  restartIce(): Promise<boolean> {
    return this.reInvite({ ...audioOnly, hold: this.current.hold === 'on', offerOptions: { iceRestart: true } });
  }

  /** Keypad tones: in the media (RFC 4733) by default, or as SIP INFO where the far end wants that. */
  async sendDtmf(tone: string, method: DtmfMethod): Promise<void> {
    if (!this.established) return;
    if (method === 'rfc4733') {
      this.handler?.sendDtmf(tone, { duration: 160, interToneGap: 70 });
      return;
    }
    await this.session.info({
      requestOptions: { body: { contentDisposition: 'render', contentType: 'application/dtmf-relay', content: `Signal=${tone}\r\nDuration=160` } },
    });
  }

  /**
   * Ends the call whatever its phase. The call then waits (briefly) for the
   * far end to confirm; a hang-up that nobody confirms is told as such.
   */
  async hangUp(options: { transferred?: boolean } = {}): Promise<void> {
    const before = this.current;
    this.dispatch({ type: 'hangup-requested', transferred: options.transferred });
    // Already ending (a second press of Hang up), or nothing to end.
    if (this.current === before || this.current.phase !== 'ending') return;
    try {
      await this.sendEnd(before.phase);
    } catch (error) {
      console.warn('The hang-up could not be sent; the call is told as ended without confirmation.', error);
      this.dispatch({ type: 'ending-timed-out' });
    }
  }

  /**
   * The transport is down: the agent is free at once, and the BYE is sent
   * when the connection is back (`sendPendingBye`), so the far end does
   * not stay connected to silence.
   */
  hangUpWhileDisconnected(options: { transferred?: boolean } = {}): void {
    this.dispatch({ type: 'hangup-requested', transferred: options.transferred });
    this.dispatch({ type: 'hangup-deferred' });
  }

  /** Whether a BYE is still owed to the far end (the call ended while the connection was down). */
  get owesBye(): boolean {
    return this.ended && !this.farEndHungUp && this.current.answeredAt !== null && this.session.state === SessionState.Established;
  }

  async sendPendingBye(): Promise<number> {
    return new Promise<number>((resolve) => {
      this.session
        .bye({ requestDelegate: { onAccept: (response) => resolve(statusOf(response)), onReject: (response) => resolve(statusOf(response)) } })
        .catch((error: unknown) => {
          console.warn('A BYE owed since the connection dropped could not be sent.', error);
          resolve(0);
        });
    });
  }

  protected async sendBye(): Promise<void> {
    await this.session.bye({
      requestDelegate: {
        onAccept: (response) => this.dispatch({ type: 'bye-answered', code: statusOf(response) }),
        onReject: (response) => this.dispatch({ type: 'bye-answered', code: statusOf(response) }),
      },
    });
  }

  private async reInvite(options: SessionDescriptionHandlerOptions): Promise<boolean> {
    this.session.sessionDescriptionHandlerOptionsReInvite = options;
    return new Promise<boolean>((resolve) => {
      this.session.invite({ requestDelegate: { onAccept: () => resolve(true), onReject: () => resolve(false) } }).catch((error: unknown) => {
        // A re-INVITE that cannot even be sent (one already out, the call ending) changes nothing: the call stays as it was.
        console.warn('A re-INVITE could not be sent; the call is unchanged.', error);
        resolve(false);
      });
    });
  }

  private startMonitor(): void {
    const connection = this.handler?.peerConnection;
    if (!connection || this.monitor) return;
    this.monitor = new MediaMonitor(connection, () => this.current.hold !== 'off' || this.current.remoteHold, {
      onHealth: (health) => {
        this.media = health;
        this.changed(this);
      },
      onHeard: () => this.dispatch({ type: 'audio-heard' }),
      onNothingHeard: () => this.dispatch({ type: 'nothing-heard' }),
    });
  }

  /** Stops what the line runs on its own; sip.js releases the peer connection when the session ends. */
  private release(): void {
    this.endedAt = Date.now();
    this.monitor?.stop();
    if (this.endingTimer) clearTimeout(this.endingTimer);
    this.endingTimer = null;
    this.mixedTrack?.stop();
    this.mixedTrack = null;
  }
}

/** The sender of a session's audio (its track is null while nothing is sent). */
export function audioSenderOf(handler: SessionDescriptionHandler | undefined): RTCRtpSender | undefined {
  return handler?.peerConnection?.getSenders().find((sender) => sender.track?.kind === 'audio' || sender.track === null);
}

function statusOf(response: IncomingResponse): number {
  return response.message.statusCode ?? 0;
}
