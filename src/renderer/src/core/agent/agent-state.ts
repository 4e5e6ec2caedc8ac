import type { PhoneState } from '../phone/phone-state';

export const notReadyReasons = ['shift-start', 'break', 'lunch', 'training', 'meeting', 'admin'] as const;
export type NotReadyReason = (typeof notReadyReasons)[number];

/**
 * Where the agent is in their shift, and since when (this page's clock: a
 * reload starts the count again). Only `ready` takes new calls.
 */
export type AgentStatus =
  | { status: 'offline'; since: number }
  | { status: 'ready'; since: number }
  | { status: 'not-ready'; reason: NotReadyReason; since: number }
  | { status: 'on-call'; since: number }
  /** `awaitingDisposition`: policy keeps the agent here (past the limit too) until the call has a disposition. */
  | { status: 'wrap-up'; since: number; limitSeconds: number; awaitingDisposition: boolean };

/**
 * The agent's state, driven by the agent's choices and by the phone:
 * offline while the phone is not registered, on call while a call is up,
 * then wrap-up (after-call work) until the agent is done or the limit runs out.
 */
export class AgentStateMachine {
  private state: AgentStatus = { status: 'offline', since: Date.now() };
  private chosen: AgentStatus & { status: 'ready' | 'not-ready' } = { status: 'not-ready', reason: 'shift-start', since: Date.now() };
  private wrapUpTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<() => void>();

  private wrapUpLimitSeconds = 60;
  private forwardWhenNotReady: string | null = null;
  private dispositionRequired = false;

  getState = (): AgentStatus => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** From the settings: how long after-call work may last. */
  setWrapUpLimit(seconds: number): void {
    this.wrapUpLimitSeconds = seconds;
  }

  /** From the settings (policy): whether a call must have a disposition before the agent is available again. */
  setDispositionRequired(required: boolean): void {
    this.dispositionRequired = required;
    if (this.state.status === 'wrap-up' && !required) this.set({ ...this.state, awaitingDisposition: false });
  }

  /** The call's wrap-up was saved with a disposition: policy no longer holds the agent in wrap-up. */
  dispositionRecorded(): void {
    if (this.state.status !== 'wrap-up' || !this.state.awaitingDisposition) return;
    const overdue = Date.now() - this.state.since >= this.state.limitSeconds * 1000;
    this.set({ ...this.state, awaitingDisposition: false });
    // The limit ran out while policy held the agent: the wrap-up is over now.
    if (overdue) this.finishWrapUp();
  }

  /** From the settings: where calls go while the agent is not ready (null: callers hear busy). */
  setNotReadyForwarding(target: string | null): void {
    this.forwardWhenNotReady = target;
  }

  notReadyForwardTo(): string | null {
    return this.forwardWhenNotReady;
  }

  /** Whether a new incoming call should ring (otherwise it is answered busy). */
  acceptsCalls(): boolean {
    return this.state.status === 'ready';
  }

  setReady(): void {
    this.choose({ status: 'ready', since: Date.now() });
  }

  setNotReady(reason: NotReadyReason): void {
    this.choose({ status: 'not-ready', reason, since: Date.now() });
  }

  /** Wrap-up is over: back to what the agent had chosen before the call. */
  finishWrapUp(): void {
    if (this.state.status !== 'wrap-up' || this.state.awaitingDisposition) return;
    this.clearWrapUpTimer();
    this.set({ ...this.chosen, since: Date.now() });
  }

  /** Follows the phone: registration and calls move the agent between states. */
  onPhone(phone: PhoneState): void {
    const { registration, call } = phone;
    const inCall = call.status === 'established' || call.status === 'dialing' || call.status === 'ringing';
    if (registration.status !== 'registered' && !inCall) {
      if (this.state.status !== 'offline' && this.state.status !== 'wrap-up') this.set({ status: 'offline', since: Date.now() });
      return;
    }
    if (call.status === 'established' || (inCall && call.direction === 'outbound')) {
      if (this.state.status !== 'on-call') {
        this.clearWrapUpTimer();
        this.set({ status: 'on-call', since: Date.now() });
      }
      return;
    }
    if (this.state.status === 'on-call' && call.status === 'ended') {
      if (call.answeredAt !== null) this.startWrapUp();
      else this.set({ ...this.chosen, since: Date.now() });
      return;
    }
    if (this.state.status === 'offline') this.set({ ...this.chosen, since: Date.now() });
  }

  private startWrapUp(): void {
    const limitSeconds = this.wrapUpLimitSeconds;
    this.set({ status: 'wrap-up', since: Date.now(), limitSeconds, awaitingDisposition: this.dispositionRequired });
    this.clearWrapUpTimer();
    this.wrapUpTimer = setTimeout(() => this.finishWrapUp(), limitSeconds * 1000);
  }

  private choose(next: AgentStatus & { status: 'ready' | 'not-ready' }): void {
    this.chosen = next;
    // Choosing during wrap-up ends it (unless policy waits for a disposition: then the choice waits
    // too); during a call the choice waits for the call to end.
    if (this.state.status === 'wrap-up' && this.state.awaitingDisposition) return;
    if (this.state.status === 'wrap-up') this.clearWrapUpTimer();
    if (this.state.status === 'ready' || this.state.status === 'not-ready' || this.state.status === 'wrap-up') this.set(next);
  }

  private clearWrapUpTimer(): void {
    if (this.wrapUpTimer) clearTimeout(this.wrapUpTimer);
    this.wrapUpTimer = null;
  }

  private set(next: AgentStatus): void {
    this.state = next;
    this.listeners.forEach((listener) => listener());
  }
}
