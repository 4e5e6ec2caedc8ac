import type { Invitation } from 'sip.js';
import type { SupervisionMode } from '@shared/domain/supervision';
import type { Microphone } from './microphone';
import { MonitoredCall } from './monitored-call';
import type { MonitoringEvent } from './monitoring-event';
import { refusalBeforeCheck, type MonitoringInvite, type SupervisorCheck } from './monitoring-intake';
import { reasonHeader, type MonitoringEndReason, type MonitoringEnding } from './monitoring-signals';
import type { PhoneLine } from './phone-line';

export interface SupervisorInCallOptions {
  microphone: Microphone;
  /** Main verifies the grant (signature, expiry, replay, this agent). */
  verifySupervisor(invite: { grant: string; mode: SupervisionMode; fromSipAddress: string }): Promise<SupervisorCheck>;
  record(event: MonitoringEvent): void;
  changed(): void;
  /** The one customer call a supervisor can join now, if any. */
  monitorableCall(): PhoneLine | null;
}

/**
 * The agent's side of monitoring: a supervisor's call into the agent's
 * customer call. It never rings, never waits, is never stored as a customer
 * call; it is answered silently once main has verified its grant and only
 * while the agent is in one customer call, and otherwise refused with the
 * reason, which the supervisor's console shows.
 */
export class SupervisorInCall {
  /** The supervisor in the agent's call now, if one is. */
  current: MonitoredCall | null = null;

  constructor(private readonly options: SupervisorInCallOptions) {}

  async take(invitation: Invitation, invite: MonitoringInvite): Promise<void> {
    const refuse = (code: number, ending: MonitoringEnding) => {
      console.warn(`Refused a monitoring call (${code} ${ending.reason}${ending.detail ? ` ${ending.detail}` : ''}).`);
      invitation.reject({ statusCode: code, extraHeaders: [reasonHeader(ending)] }).catch((error: unknown) => console.warn('A monitoring call could not be refused.', error));
    };
    const situation = () => ({ monitored: this.current !== null, inCall: this.options.monitorableCall() !== null });
    const early = refusalBeforeCheck(invite, situation());
    const { mode, sessionId } = invite;
    if (early || mode === null || sessionId === null) return refuse(early?.code ?? 400, early?.ending ?? { reason: 'failed', detail: null });
    // Main checks the signature, the expiry, the nonce, this agent, the caller and the mode, and audits the answer.
    const check = await this.options.verifySupervisor({ grant: invite.grant, mode, fromSipAddress: invite.fromSipAddress });
    if (!check.ok) return refuse(403, { reason: 'grant-refused', detail: check.reason });
    // The customer may have hung up while the grant was checked.
    const late = refusalBeforeCheck(invite, situation());
    const customer = this.options.monitorableCall();
    if (late || !customer) return refuse(late?.code ?? 480, late?.ending ?? { reason: 'agent-not-in-call', detail: null });
    const monitored = new MonitoredCall(invitation, sessionId, customer, check.supervisor, mode, {
      microphone: this.options.microphone,
      changed: this.options.changed,
      record: this.options.record,
      finished: (call) => {
        if (this.current === call) this.current = null;
        this.options.changed();
      },
    });
    this.current = monitored;
    await monitored.answer(customer.isMuted).catch(async (error: unknown) => {
      console.warn('A verified monitoring call could not be answered.', error);
      await monitored.end({ reason: 'failed', detail: null });
    });
  }

  /** The customer call changed (held, muted, reconnecting): the supervisor's view of it follows. */
  customerChanged(line: PhoneLine): void {
    if (this.current?.customer === line) this.current.refresh();
  }

  /** The customer call is over, and with it the supervisor's part in it: told why. */
  customerEnded(line: PhoneLine): void {
    if (this.current?.customer !== line) return;
    const transferred = line.model.ending?.reason === 'transferred';
    void this.current.end({ reason: transferred ? 'transferred' : 'customer-call-ended', detail: null });
  }

  /** The agent muted the customer call: the supervisor's mix, which sends the agent's microphone, is muted too. */
  agentMuted(line: PhoneLine | null, muted: boolean): void {
    if (line && this.current?.customer === line) this.current.setMuted(muted);
  }

  /** Ends the supervisor's part now: the agent's phone restarts, or a conference takes the call's sender. */
  async leave(reason: MonitoringEndReason): Promise<void> {
    await this.current?.end({ reason, detail: null });
  }
}
