import { Registerer, RegistererState, UserAgent, type Invitation, type SessionDescriptionHandlerFactory } from 'sip.js';
import type { IncomingResponse } from 'sip.js/lib/core';
import { initialRegistration, registrationTransition, type RegistrationEvent, type RegistrationModel, type RegistrationState } from './registration-machine';
import { Keepalive, probeServer, type ServerProbe } from './server-probe';
import type { SipTraceEntry } from '@shared/logging/log-entry';
import { sipLogConnector } from './sip-trace';

export interface SoftphoneAccount {
  server: string;
  username: string;
  domain: string;
  displayName: string;
  password: string;
}

export function sameAccount(a: SoftphoneAccount, b: SoftphoneAccount): boolean {
  return a.server === b.server && a.username === b.username && a.domain === b.domain && a.displayName === b.displayName && a.password === b.password;
}

export interface RegistrationEvents {
  onChange(state: RegistrationState): void;
  onInvite(invitation: Invitation): void;
  /** The signalling path is gone (dropped, or the server stopped answering): calls wait for it. */
  onSignallingLost(): void;
  /** Registered again after a loss: calls can be recovered, owed BYEs sent. */
  onSignallingBack(): void;
  /** Every SIP message sent or received, for the support bundle's trace. */
  onSipMessage?(entry: SipTraceEntry): void;
}

/** Re-register well before the binding expires, so that it never lapses unnoticed. */
const registrationExpiresSeconds = 300;
/** How often a server that stopped answering (with its connection still open) is asked again. */
const unansweredProbeMs = 1_000;

/**
 * The phone's line to its SIP server: the user agent, the registration and
 * the health of the connection under it. Its state is the registration
 * machine's; this class only feeds it what sip.js, the keepalive and the
 * browser's network events say, and retries on the machine's schedule.
 */
export class PhoneRegistration {
  private model: RegistrationModel = initialRegistration;
  private agent: UserAgent | null = null;
  private registerer: Registerer | null = null;
  private keepalive: Keepalive | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  /** Bumped on every (re)configuration: callbacks of an older user agent are ignored. */
  private generation = 0;
  private signallingLost = false;

  constructor(private readonly events: RegistrationEvents) {}

  get state(): RegistrationState {
    return this.model.state;
  }

  get userAgent(): UserAgent | null {
    return this.agent;
  }

  get registered(): boolean {
    return this.model.state.status === 'registered';
  }

  /** The user agent while registered (calls, presence and the server probe go through it), else null. */
  get registeredUserAgent(): UserAgent | null {
    return this.registered ? this.agent : null;
  }

  /** Whether a request can leave now (a BYE, a re-INVITE). */
  get connected(): boolean {
    return this.agent?.isConnected() === true && !this.signallingLost;
  }

  /** The readiness check's network probe: how long the SIP server takes to answer an OPTIONS. */
  probe(timeoutMs = 3_000): Promise<ServerProbe> {
    const userAgent = this.registeredUserAgent;
    return userAgent ? probeServer(userAgent, timeoutMs) : Promise.resolve({ ok: false, reason: 'not-registered' });
  }

  async start(account: SoftphoneAccount, sessionDescriptionHandlerFactory: SessionDescriptionHandlerFactory, iceGatheringTimeout: number): Promise<void> {
    const generation = ++this.generation;
    // Reconfigured: the old connection goes without passing through "not set up" on screen.
    await this.teardown();
    if (generation !== this.generation) return;
    const uri = UserAgent.makeURI(`sip:${account.username}@${account.domain}`);
    if (!uri) return this.apply({ type: 'unusable' });
    const current = () => generation === this.generation;
    const agent = new UserAgent({
      uri,
      displayName: account.displayName || undefined,
      authorizationUsername: account.username,
      authorizationPassword: account.password,
      transportOptions: { server: account.server, keepAliveInterval: 15 },
      // Reconnection is ours: sip.js would retry silently while the UI kept an old state.
      reconnectionAttempts: 0,
      // "log" is the level of sip.js's message trace; the connector keeps only the trace, errors and warnings.
      logLevel: this.events.onSipMessage ? 'log' : 'error',
      logBuiltinEnabled: !this.events.onSipMessage,
      logConnector: this.events.onSipMessage ? sipLogConnector(this.events.onSipMessage) : undefined,
      sessionDescriptionHandlerFactory,
      sessionDescriptionHandlerFactoryOptions: { iceGatheringTimeout, peerConnectionConfiguration: { iceServers: [] } },
      delegate: {
        onDisconnect: () => {
          if (current()) this.lose('unreachable');
        },
        onInvite: (invitation) => {
          if (current()) this.events.onInvite(invitation);
        },
      },
    });
    this.agent = agent;
    this.registerer = new Registerer(agent, { expires: registrationExpiresSeconds, refreshFrequency: 80 });
    this.registerer.stateChange.addListener((state) => {
      // A refresh that did not come back 200: the binding is gone, say so.
      if (current() && state === RegistererState.Unregistered && this.registered) this.lose('server-error');
    });
    this.keepalive = new Keepalive(agent, () => {
      if (current()) this.lose('unresponsive');
    });
    window.addEventListener('online', this.retryNow);
    networkInformation()?.addEventListener('change', this.retryNow);
    await this.connect(generation, true);
  }

  /** Stops the phone: unregisters (best effort) and closes the connection; the phone is then "not set up". */
  async stop(): Promise<void> {
    this.generation += 1;
    this.apply({ type: 'stopped' });
    await this.teardown();
  }

  private async teardown(): Promise<void> {
    this.clearRetry();
    this.keepalive?.stop();
    window.removeEventListener('online', this.retryNow);
    networkInformation()?.removeEventListener('change', this.retryNow);
    const { agent, registerer } = this;
    this.agent = null;
    this.registerer = null;
    this.keepalive = null;
    this.signallingLost = false;
    if (registerer?.state === RegistererState.Registered) await registerer.unregister().catch((error: unknown) => console.warn('Could not unregister; the binding expires on its own.', error));
    await registerer?.dispose().catch((error: unknown) => console.warn('The registerer could not be disposed cleanly.', error));
    await agent?.stop().catch((error: unknown) => console.warn('The user agent could not be stopped cleanly.', error));
  }

  /** The network came back or changed: do not wait for the next scheduled attempt. */
  private readonly retryNow = (): void => {
    if (this.model.state.status !== 'failed' || this.model.state.retryAt === null) return;
    this.clearRetry();
    void this.attempt(this.generation);
  };

  private async connect(generation: number, first: boolean): Promise<void> {
    const agent = this.agent;
    if (!agent) return;
    this.apply({ type: 'connecting' });
    try {
      if (first) await agent.start();
      else if (!agent.isConnected()) await agent.reconnect();
    } catch (error) {
      console.warn('The SIP server could not be reached; retrying on schedule.', error);
      if (generation === this.generation) this.lose('unreachable');
      return;
    }
    if (generation === this.generation) this.register(generation);
  }

  private register(generation: number): void {
    this.registerer
      ?.register({
        requestDelegate: {
          // Set here, not only on the registerer's state change: after a reconnection the
          // registerer may still think it is registered, so no state change would come.
          onAccept: () => {
            if (generation !== this.generation) return;
            this.apply({ type: 'accepted', at: Date.now() });
            this.keepalive?.start();
            if (this.signallingLost) {
              this.signallingLost = false;
              this.events.onSignallingBack();
            }
          },
          onReject: (response: IncomingResponse) => {
            if (generation !== this.generation) return;
            const code = response.message.statusCode ?? 500;
            // sip.js's own 408/503 mean the request never got an answer: the server is out of reach, not refusing.
            if (code === 408 || code === 503) this.lose(code === 408 ? 'timeout' : 'unreachable');
            else this.refuse(code);
          },
        },
      })
      .catch((error: unknown) => {
        console.warn('The REGISTER could not be sent; retrying on schedule.', error);
        if (generation === this.generation) this.lose('unreachable');
      });
  }

  /** The server is out of reach or stopped answering: say so at once, and probe until it is back. */
  private lose(reason: Extract<RegistrationEvent, { type: 'lost' }>['reason']): void {
    this.keepalive?.stop();
    this.apply({ type: 'lost', reason, at: Date.now(), random: Math.random() });
    if (!this.signallingLost) {
      this.signallingLost = true;
      this.events.onSignallingLost();
    }
    this.scheduleRetry();
  }

  private refuse(code: number): void {
    this.apply({ type: 'refused', code, at: Date.now(), random: Math.random() });
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    const state = this.model.state;
    if (state.status !== 'failed' || state.retryAt === null) return;
    this.clearRetry();
    const generation = this.generation;
    // A server that froze with the connection open is asked every second: it answers the moment it is back.
    const unanswered = state.reason === 'unresponsive' && this.agent?.isConnected() === true;
    const delay = unanswered ? unansweredProbeMs : Math.max(0, state.retryAt - Date.now());
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (generation === this.generation) void this.attempt(generation);
    }, delay);
  }

  private async attempt(generation: number): Promise<void> {
    const agent = this.agent;
    if (!agent) return;
    if (agent.isConnected() && this.model.state.status === 'failed' && this.model.state.reason === 'unresponsive') {
      const probe = await probeServer(agent, unansweredProbeMs);
      if (generation !== this.generation) return;
      if (!probe.ok) return this.scheduleRetry();
      this.register(generation);
      return;
    }
    await this.connect(generation, false);
  }

  private clearRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private apply(event: RegistrationEvent): void {
    const next = registrationTransition(this.model, event);
    if (next === this.model) return;
    this.model = next;
    this.events.onChange(next.state);
  }
}

/** Chromium tells when the network under the page changed (Wi-Fi to cable, a VPN up): a moment worth retrying at once. */
export function networkInformation(): EventTarget | undefined {
  return (navigator as Navigator & { connection?: EventTarget }).connection;
}
