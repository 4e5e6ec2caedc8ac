import { Invitation, Inviter, Registerer, RegistererState, SessionState, UserAgent, type Session } from 'sip.js';
import type { IncomingResponse } from 'sip.js/lib/core';
import {
  defaultSessionDescriptionHandlerFactory,
  type SessionDescriptionHandler,
  type SessionDescriptionHandlerOptions as WebSessionDescriptionHandlerOptions,
} from 'sip.js/lib/platform/web';
import { callQualityFrom, type CallQuality } from '@shared/domain/call-quality';
import { cleanDisplayName, type CallRecord } from '@shared/domain/call-record';
import type { callOutcomes } from '@shared/domain/customer';
import { callFailureFor, reconnectDelaysMs, registrationFailureFor, type CallFailure, type RegistrationFailure } from '@shared/domain/sip-outcomes';
import { initialPhoneState, type CallState, type PhoneState, type RegistrationState, type RemoteParty } from './phone-state';
import type { Microphone } from './microphone';
import { readAudioStats } from './read-audio-stats';

export interface SoftphoneAccount {
  server: string;
  username: string;
  domain: string;
  displayName: string;
  password: string;
}

/** Re-register well before the binding expires, so that it never lapses unnoticed. */
const registrationExpiresSeconds = 300;
/** ICE gathering is capped: a machine with VPNs or many adapters must not wait seconds before the INVITE leaves. */
const iceGatheringTimeoutMs = 300;
const audioOnly = { constraints: { audio: true, video: false } };

/** What the phone remembers about the call in progress. */
interface ActiveCall {
  id: string;
  session: Session;
  direction: 'inbound' | 'outbound';
  remote: RemoteParty;
  startedAt: number;
  answeredAt: number | null;
  finalCode: number | null;
  declinedByAgent: boolean;
  qualityTimer: ReturnType<typeof setInterval> | null;
  muted: boolean;
  hold: 'off' | 'holding' | 'on' | 'resuming';
  quality: CallQuality | null;
}

export interface SoftphoneOptions {
  /** The remote party is heard only through an <audio> element in the page. */
  remoteAudio: HTMLAudioElement;
  microphone: Microphone;
  /** Every call, answered or not, once it is over. */
  onCallEnded(record: CallRecord): void;
  /** Whether the agent takes calls now (Ready); otherwise callers hear busy. */
  acceptsCalls(): boolean;
}

export type ServerProbe = { ok: true; roundTripMs: number } | { ok: false; reason: 'not-registered' | 'timeout' | 'server-error' };

export type DtmfMethod = 'rfc4733' | 'sip-info';

type Outcome = (typeof callOutcomes)[number];

/**
 * The phone: an explicit state machine over sip.js. The UI reads `getState()`
 * and calls the commands; it never touches a sip.js object. The state tells
 * the truth: "registered" only after the server said 200 to our REGISTER, and
 * it drops the moment the transport does.
 */
export class Softphone {
  private state: PhoneState = initialPhoneState;
  private readonly listeners = new Set<() => void>();
  private userAgent: UserAgent | null = null;
  private registerer: Registerer | null = null;
  private call: ActiveCall | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryAttempt = 0;
  /** Bumped on every (re)configuration: callbacks of an older user agent are ignored. */
  private generation = 0;

  private readonly remoteAudio: HTMLAudioElement;
  private readonly microphone: Microphone;
  private readonly onCallEnded: (record: CallRecord) => void;
  private readonly acceptsCalls: () => boolean;

  constructor(options: SoftphoneOptions) {
    ({ remoteAudio: this.remoteAudio, microphone: this.microphone, onCallEnded: this.onCallEnded, acceptsCalls: this.acceptsCalls } = options);
    this.microphone.subscribe(() => void this.takeNewMicrophone());
  }

  getState = (): PhoneState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Starts (or restarts, with new settings) the phone on this account; null stops it. */
  async configure(account: SoftphoneAccount | null): Promise<void> {
    const generation = ++this.generation;
    await this.shutDown();
    if (!account || generation !== this.generation) {
      if (!account) this.setRegistration({ status: 'unconfigured' });
      return;
    }
    const uri = UserAgent.makeURI(`sip:${account.username}@${account.domain}`);
    if (!uri) {
      this.setRegistration({ status: 'failed', reason: 'server-error', code: null, retryAt: null });
      return;
    }
    this.userAgent = new UserAgent({
      uri,
      displayName: account.displayName || undefined,
      authorizationUsername: account.username,
      authorizationPassword: account.password,
      transportOptions: { server: account.server, keepAliveInterval: 15 },
      // Reconnection is ours: sip.js would retry silently while the UI kept an old state.
      reconnectionAttempts: 0,
      logLevel: 'error',
      sessionDescriptionHandlerFactory: defaultSessionDescriptionHandlerFactory(() => this.microphone.open()),
      sessionDescriptionHandlerFactoryOptions: {
        iceGatheringTimeout: iceGatheringTimeoutMs,
        peerConnectionConfiguration: { iceServers: [] },
      },
      delegate: {
        onDisconnect: () => {
          if (generation === this.generation) this.fail('unreachable', null);
        },
        onInvite: (invitation) => {
          if (generation === this.generation) this.onIncoming(invitation);
        },
      },
    });
    this.registerer = new Registerer(this.userAgent, { expires: registrationExpiresSeconds, refreshFrequency: 80 });
    this.registerer.stateChange.addListener((registererState) => {
      if (generation !== this.generation) return;
      if (registererState === RegistererState.Unregistered && this.state.registration.status === 'registered') {
        // A refresh that did not come back 200: the binding is gone, say so.
        this.fail('server-error', null);
      }
    });
    await this.connect(generation, true);
  }

  async dial(target: string): Promise<void> {
    const userAgent = this.userAgent;
    const remote: RemoteParty = { user: target.replace(/^sip:/, '').split('@')[0] ?? target, displayName: null };
    const startedAt = Date.now();
    if (this.call) return;
    if (!userAgent || this.state.registration.status !== 'registered') {
      this.showEnded('outbound', remote, startedAt, 'not-registered');
      return;
    }
    const uri = this.targetUri(userAgent, target);
    if (!uri) {
      this.showEnded('outbound', remote, startedAt, 'not-found');
      return;
    }
    const inviter = new Inviter(userAgent, uri, { sessionDescriptionHandlerOptions: audioOnly });
    const call = this.track(inviter, 'outbound', remote, startedAt);
    this.setCall({ status: 'dialing', id: call.id, direction: 'outbound', remote, startedAt });
    try {
      await inviter.invite({
        requestDelegate: {
          onProgress: (response: IncomingResponse) => {
            const code = response.message.statusCode;
            if ((code === 180 || code === 183) && this.call === call) this.setCall({ status: 'ringing', id: call.id, direction: 'outbound', remote, startedAt });
          },
          onReject: (response: IncomingResponse) => {
            call.finalCode = response.message.statusCode ?? null;
          },
        },
      });
    } catch (error) {
      this.finish(call, isMicrophoneError(error) ? 'no-microphone' : 'failed');
    }
  }

  async answer(): Promise<void> {
    const call = this.call;
    if (!(call?.session instanceof Invitation) || call.session.state !== SessionState.Initial) return;
    try {
      await call.session.accept({ sessionDescriptionHandlerOptions: audioOnly });
    } catch (error) {
      this.finish(call, isMicrophoneError(error) ? 'no-microphone' : 'failed');
    }
  }

  async decline(): Promise<void> {
    const call = this.call;
    if (!(call?.session instanceof Invitation) || call.session.state !== SessionState.Initial) return;
    call.declinedByAgent = true;
    await call.session.reject({ statusCode: 486 });
  }

  /** Ends the call whatever its stage: cancel while it rings out, decline while it rings in, BYE once it is up. */
  async hangup(): Promise<void> {
    const session = this.call?.session;
    if (!session) return;
    if (session.state === SessionState.Established) await session.bye();
    else if (session instanceof Inviter) await session.cancel();
    else await this.decline();
  }

  private onIncoming(invitation: Invitation): void {
    const remote: RemoteParty = {
      user: invitation.remoteIdentity.uri.user ?? '',
      displayName: cleanDisplayName(invitation.remoteIdentity.displayName),
    };
    if (this.call || !this.acceptsCalls()) {
      // Busy, or not ready (call waiting comes later): the caller hears busy, the call is still recorded.
      void invitation.reject({ statusCode: 486 }).catch(() => undefined);
      this.onCallEnded(this.recordOf(invitation, 'inbound', remote, Date.now(), null, 'busy'));
      return;
    }
    const startedAt = Date.now();
    const call = this.track(invitation, 'inbound', remote, startedAt);
    this.setCall({ status: 'incoming', id: call.id, direction: 'inbound', remote, startedAt });
  }

  private track(session: Session, direction: 'inbound' | 'outbound', remote: RemoteParty, startedAt: number): ActiveCall {
    const call: ActiveCall = {
      id: session.id,
      session,
      direction,
      remote,
      startedAt,
      answeredAt: null,
      finalCode: null,
      declinedByAgent: false,
      qualityTimer: null,
      muted: false,
      hold: 'off',
      quality: null,
    };
    this.call = call;
    session.stateChange.addListener((sessionState) => {
      if (this.call !== call) return;
      if (sessionState === SessionState.Established) this.onEstablished(call);
      else if (sessionState === SessionState.Terminated) this.finish(call, call.finalCode === null ? null : callFailureFor(call.finalCode));
    });
    return call;
  }

  private onEstablished(call: ActiveCall): void {
    const handler = this.handlerOf(call);
    if (handler) {
      this.remoteAudio.srcObject = handler.remoteMediaStream;
      void this.remoteAudio.play().catch(() => undefined);
    }
    call.answeredAt = Date.now();
    this.showEstablished(call);
    const connection = handler?.peerConnection;
    if (!connection) return;
    // getStats once a second while the call is up: the quality indicator and its warning.
    call.qualityTimer = setInterval(() => {
      void connection.getStats().then((report) => {
        if (this.call !== call) return;
        call.quality = callQualityFrom(readAudioStats(report));
        this.showEstablished(call);
      });
    }, 1_000);
  }

  private showEstablished(call: ActiveCall): void {
    if (call.answeredAt === null) return;
    const { direction, remote, startedAt, answeredAt, quality, muted, hold } = call;
    this.setCall({ status: 'established', id: call.id, direction, remote, startedAt, answeredAt, quality, muted, hold, reconnectingUntil: null });
  }

  private handlerOf(call: ActiveCall | null): SessionDescriptionHandler | undefined {
    return call?.session.sessionDescriptionHandler as SessionDescriptionHandler | undefined;
  }

  /** The microphone is cut at the sender: nothing reaches the customer while muted. */
  setMuted(muted: boolean): void {
    const call = this.call;
    if (!call || call.answeredAt === null) return;
    call.muted = muted;
    this.handlerOf(call)?.enableSenderTracks(!muted && call.hold === 'off');
    this.showEstablished(call);
  }

  /**
   * Hold or resume by re-INVITE. The state changes only when the server
   * accepts; a refused or failed re-INVITE leaves the call as it was (sip.js
   * rolls the local description back), so "on hold" is never shown while the
   * customer still hears the agent.
   */
  async setHold(hold: boolean): Promise<void> {
    const call = this.call;
    if (!call || call.answeredAt === null || call.hold === 'holding' || call.hold === 'resuming') return;
    if ((call.hold === 'on') === hold) return;
    const before = call.hold;
    call.hold = hold ? 'holding' : 'resuming';
    this.showEstablished(call);
    const settle = (accepted: boolean) => {
      if (this.call !== call) return;
      call.hold = accepted ? (hold ? 'on' : 'off') : before;
      const handler = this.handlerOf(call);
      handler?.enableSenderTracks(call.hold === 'off' && !call.muted);
      handler?.enableReceiverTracks(call.hold === 'off');
      this.showEstablished(call);
    };
    const reInvite: WebSessionDescriptionHandlerOptions = { hold, constraints: { audio: true, video: false } };
    call.session.sessionDescriptionHandlerOptionsReInvite = reInvite;
    try {
      await call.session.invite({ requestDelegate: { onAccept: () => settle(true), onReject: () => settle(false) } });
    } catch {
      settle(false);
    }
  }

  /**
   * Blind transfer: ask the customer's side to call `target` (REFER); once
   * the server has taken the request, our leg hangs up.
   */
  async transfer(target: string): Promise<void> {
    const call = this.call;
    const userAgent = this.userAgent;
    if (!call || !userAgent || call.answeredAt === null) return;
    const uri = this.targetUri(userAgent, target);
    if (!uri) return;
    await call.session.refer(uri, {
      requestDelegate: {
        onAccept: () => {
          if (this.call === call) void call.session.bye().catch(() => undefined);
        },
      },
    });
  }

  /** The agent chose another microphone (or the headset went away): the call goes on with the new one. */
  private async takeNewMicrophone(): Promise<void> {
    const call = this.call;
    const sender = this.handlerOf(call)?.peerConnection?.getSenders().find((candidate) => candidate.track?.kind === 'audio');
    if (!call || !sender) return;
    const track = (await this.microphone.open()).getAudioTracks()[0];
    if (!track || this.call !== call) {
      track?.stop();
      return;
    }
    const previous = sender.track;
    track.enabled = !call.muted && call.hold === 'off';
    await sender.replaceTrack(track);
    previous?.stop();
  }

  /** The readiness check's network probe: how long the SIP server takes to answer an OPTIONS. */
  async probeServer(timeoutMs = 3_000): Promise<ServerProbe> {
    const userAgent = this.userAgent;
    if (!userAgent || this.state.registration.status !== 'registered') return { ok: false, reason: 'not-registered' };
    const core = userAgent.userAgentCore;
    const server = UserAgent.makeURI(`sip:${userAgent.configuration.uri.host}`);
    if (!server) return { ok: false, reason: 'server-error' };
    const request = core.makeOutgoingRequestMessage('OPTIONS', server, userAgent.configuration.uri, server, {});
    const sentAt = performance.now();
    return new Promise<ServerProbe>((resolve) => {
      const timer = setTimeout(() => resolve({ ok: false, reason: 'timeout' }), timeoutMs);
      const settle = (probe: ServerProbe) => {
        clearTimeout(timer);
        resolve(probe);
      };
      core.request(request, {
        onAccept: () => settle({ ok: true, roundTripMs: performance.now() - sentAt }),
        onReject: () => settle({ ok: false, reason: 'server-error' }),
      });
    });
  }

  private targetUri(userAgent: UserAgent, target: string) {
    return UserAgent.makeURI(target.startsWith('sip:') ? target : `sip:${target}@${userAgent.configuration.uri.host}`);
  }

  /** Keypad tones: in the media (RFC 4733) by default, or as SIP INFO where the far end wants that. */
  async sendDtmf(tone: string, method: DtmfMethod): Promise<void> {
    const call = this.call;
    if (!call || call.answeredAt === null || !/^[0-9*#A-D]$/.test(tone)) return;
    if (method === 'rfc4733') {
      this.handlerOf(call)?.sendDtmf(tone, { duration: 160, interToneGap: 70 });
      return;
    }
    await call.session.info({
      requestOptions: { body: { contentDisposition: 'render', contentType: 'application/dtmf-relay', content: `Signal=${tone}\r\nDuration=160` } },
    });
  }

  private finish(call: ActiveCall, failure: CallFailure | null): void {
    if (this.call !== call) return;
    if (call.qualityTimer) clearInterval(call.qualityTimer);
    this.remoteAudio.srcObject = null;
    this.call = null;
    const endedAt = Date.now();
    this.setCall({ status: 'ended', id: call.id, direction: call.direction, remote: call.remote, startedAt: call.startedAt, answeredAt: call.answeredAt, endedAt, failure, code: call.finalCode });
    this.onCallEnded(this.recordOf(call.session, call.direction, call.remote, call.startedAt, call.answeredAt, outcomeOf(call, failure), endedAt));
  }

  private recordOf(
    session: Session,
    direction: 'inbound' | 'outbound',
    remote: RemoteParty,
    startedAt: number,
    answeredAt: number | null,
    outcome: Outcome,
    endedAt = Date.now(),
  ): CallRecord {
    const local = this.userAgent?.configuration.uri.user ?? 'unknown';
    const sipCallId = session instanceof Invitation ? session.request.callId : (session as Inviter).request.callId;
    return { direction, remote: remote.user || 'unknown', local, sipCallId, startedAt, answeredAt, endedAt, outcome };
  }

  private showEnded(direction: 'inbound' | 'outbound', remote: RemoteParty, startedAt: number, failure: CallFailure): void {
    this.setCall({ status: 'ended', id: `failed-${startedAt}`, direction, remote, startedAt, answeredAt: null, endedAt: startedAt, failure, code: null });
  }

  private async connect(generation: number, first: boolean): Promise<void> {
    const userAgent = this.userAgent;
    if (!userAgent) return;
    this.setRegistration({ status: 'connecting' });
    try {
      if (first) await userAgent.start();
      else await userAgent.reconnect();
    } catch {
      if (generation === this.generation) this.fail('unreachable', null);
      return;
    }
    if (generation !== this.generation) return;
    this.registerer
      ?.register({
        requestDelegate: {
          // Set here, not only on the registerer's state change: after a reconnection the
          // registerer may still think it is registered, so no state change would come.
          onAccept: () => {
            if (generation !== this.generation) return;
            this.retryAttempt = 0;
            this.setRegistration({ status: 'registered', since: Date.now() });
          },
          onReject: (response: IncomingResponse) => {
            const code = response.message.statusCode ?? 500;
            if (generation === this.generation) this.fail(registrationFailureFor(code), code);
          },
        },
      })
      .catch(() => {
        if (generation === this.generation) this.fail('unreachable', null);
      });
  }

  /** Not registered, and why; try again after a growing pause (the server may come back, the password may be fixed). */
  private fail(reason: RegistrationFailure, code: number | null): void {
    const delay = reconnectDelaysMs[Math.min(this.retryAttempt, reconnectDelaysMs.length - 1)] ?? 30_000;
    this.retryAttempt += 1;
    this.setRegistration({ status: 'failed', reason, code, retryAt: Date.now() + delay });
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const generation = this.generation;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (generation === this.generation) void this.connect(generation, false);
    }, delay);
  }

  private async shutDown(): Promise<void> {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.retryAttempt = 0;
    const { userAgent, registerer } = this;
    this.userAgent = null;
    this.registerer = null;
    if (this.call) await this.hangup().catch(() => undefined);
    if (registerer?.state === RegistererState.Registered) await registerer.unregister().catch(() => undefined);
    await registerer?.dispose().catch(() => undefined);
    await userAgent?.stop().catch(() => undefined);
  }

  private setRegistration(registration: RegistrationState): void {
    this.update({ ...this.state, registration });
  }

  private setCall(call: CallState): void {
    this.update({ ...this.state, call });
  }

  private update(next: PhoneState): void {
    this.state = next;
    this.listeners.forEach((listener) => listener());
  }
}

function isMicrophoneError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'NotAllowedError' || error.name === 'NotFoundError');
}

function outcomeOf(call: ActiveCall, failure: CallFailure | null): Outcome {
  if (call.answeredAt !== null) return 'answered';
  if (call.direction === 'inbound') return call.declinedByAgent ? 'declined' : 'missed';
  if (failure === 'busy') return 'busy';
  return failure === null || failure === 'timeout' ? 'missed' : 'failed';
}
