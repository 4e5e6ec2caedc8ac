import {
  Inviter,
  Registerer,
  RegistererState,
  SessionState,
  UserAgent,
  type Session,
} from 'sip.js';
import type { IncomingResponse } from 'sip.js/lib/core';
import type { SessionDescriptionHandler } from 'sip.js/lib/platform/web';
import { callQualityFrom } from '@shared/domain/call-quality';
import { callFailureFor, reconnectDelaysMs, registrationFailureFor, type CallFailure, type RegistrationFailure } from '@shared/domain/sip-outcomes';
import { readAudioStats } from './read-audio-stats';
import { initialPhoneState, type CallState, type PhoneState, type RegistrationState } from './phone-state';

export interface SoftphoneAccount {
  server: string;
  username: string;
  domain: string;
  displayName: string;
  password: string;
}

/** Re-register well before the binding expires, so that it never lapses unnoticed. */
const registrationExpiresSeconds = 300;
/** Host candidates on a LAN arrive in milliseconds; waiting for slow VPN adapters delays every call. */
const iceGatheringTimeoutMs = 300;

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
  private session: Session | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private qualityTimer: ReturnType<typeof setInterval> | null = null;
  private retryAttempt = 0;
  /** Bumped on every (re)configuration: callbacks of an older user agent are ignored. */
  private generation = 0;

  constructor(private readonly remoteAudio: HTMLAudioElement) {}

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
      sessionDescriptionHandlerFactoryOptions: {
        iceGatheringTimeout: iceGatheringTimeoutMs,
        peerConnectionConfiguration: { iceServers: [] },
      },
      delegate: {
        onDisconnect: () => {
          if (generation === this.generation) this.onTransportLost();
        },
      },
    });
    this.registerer = new Registerer(this.userAgent, { expires: registrationExpiresSeconds, refreshFrequency: 80 });
    this.registerer.stateChange.addListener((registererState) => {
      if (generation !== this.generation) return;
      if (registererState === RegistererState.Registered) {
        this.retryAttempt = 0;
        this.setRegistration({ status: 'registered', since: Date.now() });
      } else if (registererState === RegistererState.Unregistered && this.state.registration.status === 'registered') {
        // A refresh that did not come back 200: the binding is gone, say so.
        this.fail('server-error', null);
      }
    });
    await this.connect(generation, true);
  }

  async dial(target: string): Promise<void> {
    const userAgent = this.userAgent;
    const startedAt = Date.now();
    if (!userAgent || this.state.registration.status !== 'registered') {
      this.setCall({ status: 'ended', target, startedAt, endedAt: startedAt, failure: 'not-registered', code: null });
      return;
    }
    if (this.session) return;
    const domain = userAgent.configuration.uri.host;
    const uri = UserAgent.makeURI(target.startsWith('sip:') ? target : `sip:${target}@${domain}`);
    if (!uri) {
      this.setCall({ status: 'ended', target, startedAt, endedAt: startedAt, failure: 'not-found', code: null });
      return;
    }
    const inviter = new Inviter(userAgent, uri, {
      sessionDescriptionHandlerOptions: { constraints: { audio: true, video: false } },
    });
    this.session = inviter;
    this.setCall({ status: 'dialing', target, startedAt });
    let finalCode: number | null = null;
    inviter.stateChange.addListener((sessionState) => this.onSessionState(inviter, sessionState, target, startedAt, () => finalCode));
    try {
      await inviter.invite({
        requestDelegate: {
          onProgress: (response: IncomingResponse) => {
            if (response.message.statusCode === 180 || response.message.statusCode === 183) this.setCall({ status: 'ringing', target, startedAt });
          },
          onReject: (response: IncomingResponse) => {
            finalCode = response.message.statusCode ?? null;
          },
        },
      });
    } catch (error) {
      const failure = error instanceof DOMException && (error.name === 'NotAllowedError' || error.name === 'NotFoundError') ? 'no-microphone' : 'failed';
      this.endCall(target, startedAt, failure, null);
    }
  }

  /** Ends the call whatever its stage: cancel while it rings, BYE once it is up. */
  async hangup(): Promise<void> {
    const session = this.session;
    if (!session) return;
    if (session.state === SessionState.Established) await session.bye();
    else if (session instanceof Inviter && session.state === SessionState.Establishing) await session.cancel();
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

  private onTransportLost(): void {
    // The server cannot reach us any more: whatever the last REGISTER said, we are not registered now.
    this.fail('unreachable', null);
  }

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

  private onSessionState(session: Session, sessionState: SessionState, target: string, startedAt: number, finalCode: () => number | null): void {
    if (session !== this.session) return;
    if (sessionState === SessionState.Established) {
      const handler = session.sessionDescriptionHandler as SessionDescriptionHandler | undefined;
      if (handler) {
        this.remoteAudio.srcObject = handler.remoteMediaStream;
        void this.remoteAudio.play().catch(() => undefined);
      }
      const answeredAt = Date.now();
      this.setCall({ status: 'established', target, startedAt, answeredAt, quality: null });
      this.sampleQuality(handler?.peerConnection, target, startedAt, answeredAt);
    } else if (sessionState === SessionState.Terminated) {
      const code = finalCode();
      this.endCall(target, startedAt, code === null ? null : callFailureFor(code), code);
    }
  }

  /** getStats once a second while the call is up: the quality indicator and its warning. */
  private sampleQuality(connection: RTCPeerConnection | undefined, target: string, startedAt: number, answeredAt: number): void {
    if (!connection) return;
    const session = this.session;
    this.qualityTimer = setInterval(() => {
      void connection.getStats().then((report) => {
        if (this.session !== session || this.state.call.status !== 'established') return;
        this.setCall({ status: 'established', target, startedAt, answeredAt, quality: callQualityFrom(readAudioStats(report)) });
      });
    }, 1_000);
  }

  private endCall(target: string, startedAt: number, failure: CallFailure | null, code: number | null): void {
    if (this.qualityTimer) clearInterval(this.qualityTimer);
    this.qualityTimer = null;
    this.remoteAudio.srcObject = null;
    this.session = null;
    this.setCall({ status: 'ended', target, startedAt, endedAt: Date.now(), failure, code });
  }

  private async shutDown(): Promise<void> {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.retryAttempt = 0;
    const { userAgent, registerer } = this;
    this.userAgent = null;
    this.registerer = null;
    if (this.session) await this.hangup().catch(() => undefined);
    this.session = null;
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
