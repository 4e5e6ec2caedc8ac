import { Invitation, Inviter, Registerer, RegistererState, SessionState, UserAgent, type Notification as SipNotification, type Session } from 'sip.js';
import type { IncomingResponse } from 'sip.js/lib/core';
import { cleanDisplayName, type CallRecord, type CallStart } from '@shared/domain/call-record';
import { callFailureFor, reconnectDelaysMs, registrationFailureFor, type CallFailure, type RegistrationFailure } from '@shared/domain/sip-outcomes';
import { ConferenceMixer } from './conference-mixer';
import type { Microphone } from './microphone';
import { audioOnly, PhoneLine } from './phone-line';
import { sessionDescriptionHandlerFactory } from './quick-ice-gathering';
import { initialPhoneState, type CallState, type PhoneNotice, type PhoneState, type RegistrationState, type RemoteParty } from './phone-state';

export interface SoftphoneAccount {
  server: string;
  username: string;
  domain: string;
  displayName: string;
  password: string;
}

/** What to do with a new call when the agent is free: ring, or turn it away (busy, or redirected to a colleague or queue). */
export type IncomingRoute = { ring: true } | { ring: false; forwardTo: string | null };

export interface SoftphoneOptions {
  /** The remote party is heard only through an <audio> element in the page. */
  remoteAudio: HTMLAudioElement;
  microphone: Microphone;
  /** A call rings (in the console) or is dialled: its interaction can be created and the caller looked up. `dialed`: the number or queue it is for. */
  onCallStarted(start: CallStart, dialed: string): void;
  /** Every call, answered or not, once it is over. */
  onCallEnded(record: CallRecord): void;
  /** Asked for every new call while no call is in progress (Ready rings; Not Ready is busy or forwards). */
  routeIncoming(): IncomingRoute;
}

export type ServerProbe = { ok: true; roundTripMs: number } | { ok: false; reason: 'not-registered' | 'timeout' | 'server-error' };

export type DtmfMethod = 'rfc4733' | 'sip-info';

/** Re-register well before the binding expires, so that it never lapses unnoticed. */
const registrationExpiresSeconds = 300;
/** ICE gathering is capped: a machine with VPNs or many adapters must not wait seconds before the INVITE leaves. */
const iceGatheringTimeoutMs = 300;
/** Loopback and LAN media servers need no STUN/TURN; a setting for them would go here. */
const iceServers: RTCIceServer[] = [];
/** How long a call whose signalling dropped may wait for the transport to come back before it is ended. */
const reconnectGraceMs = 30_000;

/**
 * The phone: an explicit state machine over sip.js. The UI reads `getState()`
 * and calls the commands; it never touches a sip.js object. The state tells
 * the truth: "registered" only after the server said 200 to our REGISTER, and
 * it drops the moment the transport does; a call whose transport dropped says
 * "reconnecting" until it is recovered or honestly ended.
 *
 * Several calls may be live at once: the focused one (the controls act on
 * it) and background ones — a call waiting to be answered, or a call held
 * while the agent consults a colleague. Two established calls can be joined
 * into a conference mixed in the page.
 */
export class Softphone {
  private state: PhoneState = initialPhoneState;
  private readonly listeners = new Set<() => void>();
  private userAgent: UserAgent | null = null;
  private registerer: Registerer | null = null;
  private lines: PhoneLine[] = [];
  private focused: PhoneLine | null = null;
  /** Shown in place of a call once the focused call is over, until the next one. */
  private lastEnded: CallState = { status: 'idle' };
  private conference: { mixer: ConferenceMixer; lines: readonly [PhoneLine, PhoneLine] } | null = null;
  private notice: PhoneNotice | null = null;
  private readonly graceTimers = new Map<PhoneLine, ReturnType<typeof setTimeout>>();
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryAttempt = 0;
  /** Bumped on every (re)configuration: callbacks of an older user agent are ignored. */
  private generation = 0;
  private readonly remoteAudio: HTMLAudioElement;
  private readonly microphone: Microphone;
  private readonly onCallStarted: (start: CallStart, dialed: string) => void;
  private readonly onCallEnded: (record: CallRecord) => void;
  private readonly routeIncoming: () => IncomingRoute;

  constructor(options: SoftphoneOptions) {
    ({
      remoteAudio: this.remoteAudio,
      microphone: this.microphone,
      onCallStarted: this.onCallStarted,
      onCallEnded: this.onCallEnded,
      routeIncoming: this.routeIncoming,
    } = options);
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
      sessionDescriptionHandlerFactory: sessionDescriptionHandlerFactory(() => this.microphone.open(), iceServers),
      sessionDescriptionHandlerFactoryOptions: {
        iceGatheringTimeout: iceGatheringTimeoutMs,
        peerConnectionConfiguration: { iceServers },
      },
      delegate: {
        onDisconnect: () => {
          if (generation !== this.generation) return;
          this.holdLinesForReconnection();
          this.fail('unreachable', null);
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

  /** Calls `target` when the phone is free. (With a call up, `consult` puts it on hold first.) */
  async dial(target: string): Promise<void> {
    if (this.lines.length > 0) return;
    await this.placeCall(target);
  }

  /** Holds the call in progress and calls a colleague: the start of an attended transfer or a conference. */
  async consult(target: string): Promise<void> {
    const current = this.focused;
    if (!current?.established || this.lines.length !== 1) return;
    if (!(await current.setHold(true))) return this.tell('hold-failed');
    await this.placeCall(target);
  }

  private async placeCall(target: string): Promise<void> {
    const userAgent = this.userAgent;
    const remote: RemoteParty = { user: target.replace(/^sip:/, '').split('@')[0] ?? target, displayName: null };
    const startedAt = Date.now();
    if (!userAgent || this.state.registration.status !== 'registered') return this.showFailure(remote, startedAt, 'not-registered');
    const uri = this.targetUri(userAgent, target);
    if (!uri) return this.showFailure(remote, startedAt, 'not-found');
    const line = this.adopt(new Inviter(userAgent, uri, { sessionDescriptionHandlerOptions: audioOnly }), 'outbound', remote, startedAt);
    this.focus(line);
    this.onCallStarted(line.start(this.localUser()), line.dialed);
    try {
      await (line.session as Inviter).invite({
        requestDelegate: {
          onProgress: (response: IncomingResponse) => {
            const code = response.message.statusCode;
            if (code === 180 || code === 183) {
              line.alerting = true;
              this.publish();
            }
          },
          onReject: (response: IncomingResponse) => {
            line.finalCode = response.message.statusCode ?? null;
          },
        },
      });
    } catch (error) {
      this.finish(line, isMicrophoneError(error) ? 'no-microphone' : 'failed');
    }
  }

  /**
   * Answers the ringing call. When another call is up (call waiting), that
   * one is put on hold first, and the new call is answered only if the hold
   * was accepted: the first customer must never overhear the second.
   */
  async answer(): Promise<void> {
    const line = this.ringingLine();
    if (!line) return;
    const current = this.focused;
    if (current && current !== line) {
      if (!current.established || this.conference) return;
      if (!(await current.setHold(true))) return this.tell('hold-failed');
    }
    this.focus(line);
    try {
      await (line.session as Invitation).accept({ sessionDescriptionHandlerOptions: audioOnly });
    } catch (error) {
      this.finish(line, isMicrophoneError(error) ? 'no-microphone' : 'failed');
    }
  }

  /** Declines the ringing call (486 Busy Here), whether it is the only one or a call waiting. */
  async decline(): Promise<void> {
    const line = this.ringingLine();
    // If the answer cannot be sent (no connection), the call is still gone for the agent.
    await line?.hangUp().catch(() => this.finish(line, null));
  }

  /** Ends the focused call whatever its stage; in a conference, ends it for everyone. */
  async hangup(): Promise<void> {
    const lines = this.conference ? [...this.conference.lines] : this.focused ? [this.focused] : [];
    await Promise.all(lines.map((line) => line.hangUp().catch(() => this.finish(line, null))));
  }

  /** Puts the focused call on hold and takes the held one back. */
  async swap(): Promise<void> {
    const current = this.focused;
    const other = this.otherEstablished();
    if (!current?.established || !other || this.conference) return;
    if (!(await current.setHold(true))) return this.tell('hold-failed');
    this.focus(other);
    if (!(await other.setHold(false))) this.tell('hold-failed');
  }

  /**
   * Attended transfer: the held customer is asked (REFER with Replaces) to
   * take over our consultation with the colleague. Our two legs end once the
   * customer reports the new call connected; if it does not, both calls stay
   * as they were and the agent is told.
   */
  async completeTransfer(): Promise<void> {
    const consultation = this.focused;
    const customer = this.otherEstablished();
    if (!consultation?.established || !customer || this.conference) return;
    let settled = false;
    const failed = () => {
      if (settled) return;
      settled = true;
      this.tell('transfer-failed');
    };
    try {
      await customer.session.refer(consultation.session, {
        requestDelegate: { onReject: failed },
        onNotify: (notification: SipNotification) => {
          notification.accept().catch(() => undefined);
          const status = /SIP\/2\.0 (\d{3})/.exec(notification.request.body)?.[1];
          if (!status || status.startsWith('1') || settled) return;
          if (!status.startsWith('2')) return failed();
          settled = true;
          for (const line of [customer, consultation]) if (this.lines.includes(line)) void line.hangUp().catch(() => undefined);
        },
      });
    } catch {
      failed();
    }
  }

  /** Joins the focused call and the held one: all three hear each other, mixed in this page. */
  async startConference(): Promise<void> {
    const current = this.focused;
    const other = this.otherEstablished();
    if (!current?.established || !other || this.conference || current.hold !== 'off') return;
    if (!(await other.setHold(false))) return this.tell('hold-failed');
    const [first, second] = [current.remoteStream, other.remoteStream];
    if (!first || !second || !this.lines.includes(current) || !this.lines.includes(other)) return;
    const mixer = new ConferenceMixer(await this.microphone.open(), [first, second]);
    const lines = [current, other] as const;
    await Promise.all(lines.map((line, index) => this.sendTrack(line, mixer.sent[index] ?? null)));
    lines.forEach((line, index) => (line.conferenceTrack = mixer.sent[index] ?? null));
    mixer.setMuted(current.muted);
    this.conference = { mixer, lines };
    this.publish();
  }

  /** The microphone is cut at the sender: nothing reaches the customer while muted (in a conference, no party hears the agent). */
  setMuted(muted: boolean): void {
    if (this.conference) {
      this.conference.mixer.setMuted(muted);
      this.conference.lines.forEach((line) => line.setMuted(muted));
      return;
    }
    this.focused?.setMuted(muted);
  }

  async setHold(hold: boolean): Promise<void> {
    const line = this.focused;
    if (!line || this.conference) return;
    if (!(await line.setHold(hold))) this.tell('hold-failed');
  }

  /**
   * Blind transfer: ask the customer's side to call `target` (REFER); once
   * the server has taken the request, our leg hangs up.
   */
  async transfer(target: string): Promise<void> {
    const line = this.focused;
    const userAgent = this.userAgent;
    if (!line?.established || !userAgent || this.conference) return;
    const uri = this.targetUri(userAgent, target);
    if (!uri) return;
    await line.session.refer(uri, {
      requestDelegate: {
        onAccept: () => void line.session.bye().catch(() => undefined),
        onReject: () => this.tell('transfer-failed'),
      },
    });
  }

  async sendDtmf(tone: string, method: DtmfMethod): Promise<void> {
    if (!/^[0-9*#A-D]$/.test(tone)) return;
    await this.focused?.sendDtmf(tone, method);
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

  private onIncoming(invitation: Invitation): void {
    const remote: RemoteParty = {
      user: invitation.remoteIdentity.uri.user ?? '',
      displayName: cleanDisplayName(invitation.remoteIdentity.displayName),
    };
    const line = this.adopt(invitation, 'inbound', remote, Date.now());
    if (this.lines.length > 1) {
      // Call waiting: one call up and nothing else going on. Anything more is busy.
      const waitingAllowed = this.lines.length === 2 && this.focused?.established === true && !this.conference;
      if (!waitingAllowed) return this.turnAway(line, null);
      this.publish();
    } else {
      const route = this.routeIncoming();
      if (!route.ring) return this.turnAway(line, route.forwardTo);
      this.focus(line);
    }
    this.onCallStarted(line.start(this.localUser()), line.dialed);
  }

  /** Busy (486), or redirected (302) to where the agent's calls go while not ready; the call is still recorded. */
  private turnAway(line: PhoneLine, forwardTo: string | null): void {
    const invitation = line.session as Invitation;
    const target = forwardTo && this.userAgent ? this.targetUri(this.userAgent, forwardTo) : undefined;
    line.turnedAway = target ? 'forwarded' : 'busy';
    const reply = target ? { statusCode: 302, extraHeaders: [`Contact: <${target.toString()}>`] } : { statusCode: 486 };
    void invitation.reject(reply).catch(() => this.finish(line, null));
  }

  private adopt(session: Session, direction: 'inbound' | 'outbound', remote: RemoteParty, startedAt: number): PhoneLine {
    const line = new PhoneLine(session, direction, remote, startedAt, () => this.publish());
    this.lines.push(line);
    session.stateChange.addListener((sessionState) => {
      if (!this.lines.includes(line)) return;
      if (sessionState === SessionState.Established) {
        line.markEstablished();
        if (line.reconnectingUntil === null) this.settle(line);
        this.publish();
      } else if (sessionState === SessionState.Terminated) {
        this.finish(line, line.finalCode === null ? null : callFailureFor(line.finalCode));
      }
    });
    return line;
  }

  private focus(line: PhoneLine): void {
    this.focused = line;
    this.notice = null;
    this.publish();
  }

  private ringingLine(): PhoneLine | undefined {
    return this.lines.find((line) => line.session instanceof Invitation && line.session.state === SessionState.Initial && !line.turnedAway);
  }

  private otherEstablished(): PhoneLine | undefined {
    return this.lines.length === 2 ? this.lines.find((line) => line !== this.focused && line.established) : undefined;
  }

  private tell(kind: PhoneNotice['kind']): void {
    this.notice = { kind, at: Date.now() };
    this.publish();
  }

  /** Replaces what a call sends (the agent's new microphone, or a conference mix); the previous track is stopped. */
  private async sendTrack(line: PhoneLine, track: MediaStreamTrack | null): Promise<void> {
    const sender = line.audioSender;
    if (!sender || !track) return;
    const previous = sender.track;
    await sender.replaceTrack(track);
    if (previous && previous !== line.conferenceTrack) previous.stop();
    line.applyMedia();
  }

  /** The agent chose another microphone (or the headset went away): calls go on with the new one. */
  private async takeNewMicrophone(): Promise<void> {
    if (this.conference) {
      this.conference.mixer.replaceMicrophone(await this.microphone.open());
      return;
    }
    for (const line of this.lines.filter((candidate) => candidate.established)) {
      const track = (await this.microphone.open()).getAudioTracks()[0] ?? null;
      if (this.lines.includes(line)) await this.sendTrack(line, track);
      else track?.stop();
    }
  }

  private async leaveConference(remaining: PhoneLine): Promise<void> {
    const conference = this.conference;
    if (!conference) return;
    this.conference = null;
    remaining.conferenceTrack = null;
    const track = (await this.microphone.open()).getAudioTracks()[0] ?? null;
    if (this.lines.includes(remaining)) await this.sendTrack(remaining, track);
    else track?.stop();
    conference.mixer.close();
    this.publish();
  }

  /**
   * The signalling transport dropped. Calls that are up say "reconnecting"
   * and are recovered once it is back; a call still ringing may yet be
   * answered over the new connection. Whatever is not settled within the
   * grace period is ended, honestly.
   */
  private holdLinesForReconnection(): void {
    const until = Date.now() + reconnectGraceMs;
    for (const line of this.lines) {
      if (this.graceTimers.has(line)) continue;
      if (line.established) line.reconnectingUntil = until;
      this.graceTimers.set(
        line,
        setTimeout(() => this.endUnrecovered(line), reconnectGraceMs),
      );
    }
    this.publish();
  }

  /** Registered again: each call waiting for its signalling gets an ICE-restart re-INVITE, or is ended honestly. */
  private recoverLines(): void {
    for (const line of this.lines.filter((candidate) => candidate.reconnectingUntil !== null)) {
      void line.restartIce().then((recovered) => {
        if (!this.lines.includes(line)) return;
        if (!recovered) return this.endUnrecovered(line);
        this.settle(line);
        line.reconnectingUntil = null;
        line.applyMedia();
        this.publish();
      });
    }
  }

  private endUnrecovered(line: PhoneLine): void {
    if (!this.lines.includes(line)) return;
    // The far end may still hear of it; whether it does or not, the call is over for the agent.
    void line.hangUp().catch(() => undefined);
    this.finish(line, 'connection-lost');
  }

  /** A call that connected, or was recovered, needs no grace period any more. */
  private settle(line: PhoneLine): void {
    clearTimeout(this.graceTimers.get(line));
    this.graceTimers.delete(line);
  }

  private finish(line: PhoneLine, failure: CallFailure | null): void {
    if (!this.lines.includes(line)) return;
    this.lines = this.lines.filter((candidate) => candidate !== line);
    this.settle(line);
    line.release();
    const endedAt = Date.now();
    if (this.conference?.lines.includes(line)) {
      const remaining = this.conference.lines.find((candidate) => candidate !== line);
      if (remaining) {
        this.focused = remaining;
        void this.leaveConference(remaining);
      }
    }
    if (this.focused === line) {
      this.lastEnded = line.endedView(failure, endedAt);
      // What was in the background comes forward: a waiting call rings, a held call stays held until resumed.
      this.focused = this.lines[0] ?? null;
    }
    this.publish();
    this.onCallEnded(line.record(this.localUser(), failure, endedAt));
  }

  private localUser(): string {
    return this.userAgent?.configuration.uri.user ?? 'unknown';
  }

  private showFailure(remote: RemoteParty, startedAt: number, failure: CallFailure): void {
    this.lastEnded = { status: 'ended', id: `failed-${startedAt}`, sipCallId: '', direction: 'outbound', remote, startedAt, answeredAt: null, endedAt: startedAt, failure, code: null };
    this.publish();
  }

  private targetUri(userAgent: UserAgent, target: string) {
    return UserAgent.makeURI(target.startsWith('sip:') ? target : `sip:${target}@${userAgent.configuration.uri.host}`);
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
            this.recoverLines();
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
    await Promise.all(this.lines.map((line) => line.hangUp().catch(() => undefined)));
    for (const line of [...this.lines]) this.finish(line, null);
    if (registerer?.state === RegistererState.Registered) await registerer.unregister().catch(() => undefined);
    await registerer?.dispose().catch(() => undefined);
    await userAgent?.stop().catch(() => undefined);
  }

  private setRegistration(registration: RegistrationState): void {
    this.state = { ...this.state, registration };
    this.emit();
  }

  /** Derives what the agent sees from the lines, and plays what the agent should hear. */
  private publish(): void {
    const focused = this.focused;
    this.state = {
      ...this.state,
      call: focused ? focused.view() : this.lastEnded,
      background: this.lines.filter((line) => line !== focused).map((line) => line.view()),
      conference: this.conference !== null,
      notice: this.notice,
    };
    const heard = this.conference?.mixer.heard ?? (focused?.established ? focused.remoteStream : null);
    if (this.remoteAudio.srcObject !== heard) {
      this.remoteAudio.srcObject = heard;
      if (heard) void this.remoteAudio.play().catch(() => undefined);
    }
    this.emit();
  }

  private emit(): void {
    this.listeners.forEach((listener) => listener());
  }
}

function isMicrophoneError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'NotAllowedError' || error.name === 'NotFoundError');
}
