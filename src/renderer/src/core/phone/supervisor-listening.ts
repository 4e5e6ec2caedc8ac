import { UserAgent } from 'sip.js';
import type { SupervisionMode } from '@shared/domain/supervision';
import { MonitoringCall, type MonitoringCallHooks, type MonitoringRequest } from './monitoring-call';
import type { MonitoringEnding } from './monitoring-signals';
import type { MonitoringView } from './monitoring-view';
import type { PhoneRegistration } from './registration';

/**
 * This console's supervisor listening to (whispering to, joining) an agent's
 * call: the current session, or how the last one ended — including one that
 * could not even be placed.
 */
export class SupervisorListening {
  private call: MonitoringCall | null = null;
  /** A session that failed before its call was placed (no phone, no address). */
  private failure: MonitoringView | null = null;

  constructor(
    private readonly registration: PhoneRegistration,
    private readonly hooks: MonitoringCallHooks,
  ) {}

  get view(): MonitoringView | null {
    return this.call?.view ?? this.failure;
  }

  get heard(): MediaStream | null {
    return this.call?.heard ?? null;
  }

  /** A call to `agentSipAddress` carrying the CRM's grant; one session at a time. */
  async start(agentSipAddress: string, request: MonitoringRequest): Promise<void> {
    if (this.call && !this.call.ended) return;
    const userAgent = this.registration.registeredUserAgent;
    const target = userAgent ? UserAgent.makeURI(`sip:${agentSipAddress}`) : undefined;
    if (!userAgent || !target) return this.showFailure(request, { reason: userAgent ? 'not-found' : 'not-registered', detail: null });
    const call = new MonitoringCall(userAgent, target, request, this.hooks);
    this.call = call;
    this.failure = null;
    this.hooks.changed();
    await call.start();
  }

  async setMode(mode: SupervisionMode): Promise<void> {
    await this.call?.setMode(mode);
  }

  async stop(): Promise<void> {
    await this.call?.stop();
  }

  /** Shown like a session the agent's console refused. */
  private showFailure(request: Pick<MonitoringRequest, 'agentId' | 'agentName' | 'mode'>, ending: MonitoringEnding): void {
    const { agentId, agentName, mode } = request;
    const at = Date.now();
    this.failure = { id: `failed-${at}`, agentId, agentName, mode, status: 'ended', switchingTo: null, refusedMode: null, ending, startedAt: at, liveAt: null };
    this.call = null;
    this.hooks.changed();
  }
}
