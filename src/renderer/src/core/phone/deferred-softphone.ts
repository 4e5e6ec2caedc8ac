import type { UserAgent } from 'sip.js';
import type { DtmfMethod } from '@shared/domain/settings';
import type { SupervisionMode } from '@shared/domain/supervision';
import type { MonitoringRequest } from './monitoring-call';
import { initialPhoneState, type PhoneState } from './phone-state';
import type { ServerProbe } from './server-probe';
import type { Softphone, SoftphoneAccount, SoftphoneOptions } from './softphone';

/** The phone as the UI commands and renders it, whether or not its SIP code has loaded yet. */
export type PhoneCommands = AgentPhoneCommands & SupervisorMonitoringCommands & PhoneServer;

type AgentPhoneCommands = Pick<
  Softphone,
  | 'getState'
  | 'subscribe'
  | 'configure'
  | 'dial'
  | 'consult'
  | 'answer'
  | 'decline'
  | 'hangup'
  | 'swap'
  | 'transfer'
  | 'completeTransfer'
  | 'startConference'
  | 'setMuted'
  | 'setHold'
  | 'sendDtmf'
>;

interface SupervisorMonitoringCommands {
  /** The supervisor listens to (or whispers to, or joins) an agent's call: a call to `agentSipAddress` carrying the CRM's grant. */
  monitor(agentSipAddress: string, request: MonitoringRequest): Promise<void>;
  setMonitoringMode(mode: SupervisionMode): Promise<void>;
  stopMonitoring(): Promise<void>;
}

interface PhoneServer {
  /** The registered user agent, for presence (publishing the agent's state, watching others'); null while not registered. */
  readonly registeredUserAgent: UserAgent | null;
  /** The readiness check's network probe: how long the SIP server takes to answer an OPTIONS. */
  probeServer(timeoutMs?: number): Promise<ServerProbe>;
}

type SoftphoneModule = Pick<typeof import('./softphone'), 'Softphone'>;

/** What the agent sees when the phone's code could not be loaded: a registration failure with its own reason. */
const notLoaded: PhoneState = { ...initialPhoneState, registration: { status: 'failed', reason: 'not-loaded', code: null, retryAt: null } };

/**
 * The Softphone, its code (sip.js and the call machinery, about a fifth of
 * the page's JavaScript) loaded when the phone is first started or used
 * rather than with the page: the first screen — the search an agent types
 * into at the start of the day — does not wait for it. Until then the phone
 * shows as not set up, which it is: no account has reached it yet.
 */
export class DeferredSoftphone implements PhoneCommands {
  private engine: Softphone | null = null;
  private loading: Promise<Softphone | null> | null = null;
  private loadFailed = false;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly options: SoftphoneOptions,
    /** Told why the code could not be loaded, for the log the support bundle carries. */
    private readonly onLoadFailed: (error: unknown) => void,
    private readonly load: () => Promise<SoftphoneModule> = () => import('./softphone'),
  ) {}

  getState = (): PhoneState => this.engine?.getState() ?? (this.loadFailed ? notLoaded : initialPhoneState);

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  async configure(account: SoftphoneAccount | null): Promise<void> {
    // Stopping a phone that never started needs no code.
    if (!account && !this.engine) return;
    await (await this.started())?.configure(account);
  }

  async dial(target: string): Promise<void> {
    await (await this.started())?.dial(target);
  }

  async consult(target: string): Promise<void> {
    await this.engine?.consult(target);
  }

  async answer(): Promise<void> {
    await this.engine?.answer();
  }

  async decline(): Promise<void> {
    await this.engine?.decline();
  }

  async hangup(): Promise<void> {
    await this.engine?.hangup();
  }

  async swap(): Promise<void> {
    await this.engine?.swap();
  }

  async transfer(target: string): Promise<void> {
    await this.engine?.transfer(target);
  }

  async completeTransfer(): Promise<void> {
    await this.engine?.completeTransfer();
  }

  async startConference(): Promise<void> {
    await this.engine?.startConference();
  }

  setMuted(muted: boolean): void {
    this.engine?.setMuted(muted);
  }

  async monitor(agentSipAddress: string, request: MonitoringRequest): Promise<void> {
    await (await this.started())?.monitoring.start(agentSipAddress, request);
  }

  async setMonitoringMode(mode: SupervisionMode): Promise<void> {
    await this.engine?.monitoring.setMode(mode);
  }

  async stopMonitoring(): Promise<void> {
    await this.engine?.monitoring.stop();
  }

  async setHold(hold: boolean): Promise<void> {
    await this.engine?.setHold(hold);
  }

  async sendDtmf(tone: string, method: DtmfMethod): Promise<void> {
    await this.engine?.sendDtmf(tone, method);
  }

  get registeredUserAgent(): UserAgent | null {
    return this.engine?.server.registeredUserAgent ?? null;
  }

  async probeServer(timeoutMs?: number): Promise<ServerProbe> {
    return this.engine ? this.engine.server.probe(timeoutMs) : { ok: false, reason: 'not-registered' };
  }

  /**
   * The loaded phone, or null when its code could not be fetched (the
   * console's files replaced by an update underneath it, a dropped
   * connection to the browser shell's host): the agent is told, and the next
   * start tries again.
   */
  private started(): Promise<Softphone | null> {
    this.loading ??= this.load().then(
      ({ Softphone }) => {
        const engine = new Softphone(this.options);
        engine.subscribe(() => this.publish());
        this.engine = engine;
        this.loadFailed = false;
        this.publish();
        return engine;
      },
      (error: unknown) => {
        this.onLoadFailed(error);
        this.loading = null;
        this.loadFailed = true;
        this.publish();
        return null;
      },
    );
    return this.loading;
  }

  private publish(): void {
    this.listeners.forEach((listener) => listener());
  }
}
