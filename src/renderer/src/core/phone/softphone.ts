import type { CallRecord, CallStart } from '@shared/domain/call-record';
import type { DtmfMethod } from '@shared/domain/settings';
import { AgentAudio, type AudioSituation } from './agent-audio';
import { CallContinuity } from './call-continuity';
import { CallDesk } from './call-desk';
import { CallIntake, localUser, targetUri } from './call-intake';
import type { MonitoringEvent } from './monitoring-event';
import type { SupervisorCheck } from './monitoring-intake';
import type { IncomingRoute } from './incoming-call';
import type { Microphone } from './microphone';
import type { PhoneLine } from './phone-line';
import { initialPhoneState, type PhoneNotice, type PhoneState } from './phone-state';
import { PreparedOffers } from './prepared-offers';
import { sessionDescriptionHandlerFactory } from './quick-ice-gathering';
import { PhoneConference } from './phone-conference';
import { PhoneRegistration, sameAccount, type SoftphoneAccount } from './registration';
import { reportingRefusals } from './session-events';
import { SupervisorInCall } from './supervisor-in-call';
import { SupervisorListening } from './supervisor-listening';
import { transferCall } from './transfers';
import type { SipTraceEntry } from '@shared/logging/log-entry';
import type { SupervisionMode } from '@shared/domain/supervision';

export type { IncomingRoute } from './incoming-call';
export type { SoftphoneAccount } from './registration';

export interface SoftphoneOptions {
  /** The remote party is heard only through an <audio> element in the page. */
  remoteAudio: HTMLAudioElement;
  microphone: Microphone;
  /** A call rings (in the console) or is dialled: its interaction can be created and the caller looked up. `dialed`: the number or queue it is for. */
  onCallStarted(start: CallStart, dialed: string): void;
  /** Every call, answered or not, once it is over, with why it ended. */
  onCallEnded(record: CallRecord): void;
  /** Asked for every new call while no call is in progress (Ready rings; Not Ready is busy or forwards). */
  routeIncoming(): IncomingRoute;
  /** Every SIP message sent or received (main keeps the last 200, redacted, for the support bundle). */
  onSipMessage?(entry: SipTraceEntry): void;
  /** A supervisor's monitoring call arrived: main verifies its grant (signature, expiry, replay, this agent). */
  verifySupervisor(invite: { grant: string; mode: SupervisionMode; fromSipAddress: string }): Promise<SupervisorCheck>;
  /** A monitoring session started, changed mode or ended, on either side: it is recorded. */
  onMonitoringEvent(event: MonitoringEvent): void;
}

/** ICE gathering is capped: a machine with VPNs or many adapters must not wait seconds before the INVITE leaves. */
const iceGatheringTimeoutMs = 300;

/**
 * The phone the UI renders and commands; it never touches a sip.js object.
 * Each call is a PhoneLine with its own state machine; the registration is
 * PhoneRegistration with its own. This class decides what happens between
 * calls: which one is in focus (the controls act on it), call waiting,
 * consulting a colleague, transfers, the conference, and calls through a
 * signalling outage (CallContinuity). The registration and the supervisor's
 * own monitoring call sit beside the lines; the UI reaches them through
 * `server` and `monitoring`.
 */
export class Softphone {
  private state: PhoneState = initialPhoneState;
  private readonly listeners = new Set<() => void>();
  private readonly desk = new CallDesk();
  private readonly conference: PhoneConference;
  /** A supervisor in the agent's customer call (this console is the agent's). */
  private readonly supervisorInCall: SupervisorInCall;
  /** This console's supervisor listening to (whispering to, joining) an agent's call, beside the agent's own calls. */
  readonly monitoring: SupervisorListening;
  /** The account the phone was last configured with (null: none). */
  private account: SoftphoneAccount | null = null;
  private notice: PhoneNotice | null = null;
  private readonly continuity = new CallContinuity();
  private readonly registration: PhoneRegistration;
  private readonly preparedOffers: PreparedOffers;
  private readonly intake: CallIntake;
  private readonly audio: AgentAudio;

  constructor(private readonly options: SoftphoneOptions) {
    this.registration = new PhoneRegistration({
      onChange: () => this.publish(),
      onInvite: (invitation) => this.intake.receive(invitation),
      onSignallingLost: () => this.continuity.holdForReconnection(this.desk.lines),
      onSignallingBack: () => this.continuity.recover(this.desk.lines),
      onSipMessage: options.onSipMessage,
    });
    this.preparedOffers = new PreparedOffers(() => options.microphone.open());
    const changed = () => this.publish();
    this.supervisorInCall = new SupervisorInCall({
      microphone: options.microphone,
      verifySupervisor: options.verifySupervisor,
      record: options.onMonitoringEvent,
      changed,
      monitorableCall: () => this.monitorableCall(),
    });
    this.monitoring = new SupervisorListening(this.registration, { changed, record: options.onMonitoringEvent });
    this.conference = new PhoneConference(options.microphone, changed);
    this.intake = new CallIntake({
      desk: this.desk,
      registration: this.registration,
      preparedOffers: this.preparedOffers,
      supervisorInCall: this.supervisorInCall,
      inConference: () => this.conference.running !== null,
      lineChanged: this.onLineChanged,
      focus: (line) => this.focus(line),
      cannotStart: (remote, startedAt, reason) => {
        this.desk.showFailure(remote, startedAt, reason);
        this.publish();
      },
      publish: changed,
      onCallStarted: options.onCallStarted,
      routeIncoming: options.routeIncoming,
    });
    this.audio = new AgentAudio(options.remoteAudio, options.microphone);
    options.microphone.subscribe(() => void this.audio.takeNewMicrophone(this.audioSituation()));
  }

  getState = (): PhoneState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Starts (or restarts, with a changed account) the phone on this account, hanging up calls in progress; null stops it. */
  async configure(account: SoftphoneAccount | null): Promise<void> {
    // The same account saved again (Settings saves the whole form) leaves the phone and its calls as they are;
    // only a phone that is down starts over, as the agent who presses Save expects.
    const down = this.registration.state.status === 'failed' || this.registration.state.status === 'unconfigured';
    if (account && this.account && sameAccount(account, this.account) && !down) return;
    this.account = account;
    await this.supervisorInCall.leave('agent-left');
    await this.monitoring.stop();
    await Promise.all(this.desk.lines.map((line) => this.endLine(line)));
    if (!account) return this.registration.stop();
    const factory = reportingRefusals(sessionDescriptionHandlerFactory(() => this.options.microphone.open(), [], this.preparedOffers.handlerFor));
    await this.registration.start(account, factory, iceGatheringTimeoutMs);
  }

  /** Calls `target` when the phone is free. (With a call up, `consult` puts it on hold first.) */
  async dial(target: string): Promise<void> {
    if (this.desk.lines.length === 0) await this.intake.place(target);
  }

  /** Holds the call in progress and calls a colleague: the start of an attended transfer or a conference. */
  async consult(target: string): Promise<void> {
    const current = this.desk.focused;
    if (!current?.established || this.desk.lines.length !== 1) return;
    if (!(await current.setHold(true))) return this.tell('hold-failed');
    await this.intake.place(target);
  }

  /** Answers the ringing call; with another call up (call waiting), that one is held first, and only if the hold was accepted. */
  async answer(): Promise<void> {
    const line = this.desk.ringing();
    if (!line) return;
    const current = this.desk.focused;
    if (current && current !== line) {
      if (!current.established || this.conference.running) return;
      // The first customer must never overhear the second.
      if (!(await current.setHold(true))) return this.tell('hold-failed');
    }
    this.focus(line);
    await line.answer();
  }

  /** Declines the ringing call (486 Busy Here), whether it is the only one or a call waiting. */
  async decline(): Promise<void> {
    const line = this.desk.ringing();
    if (line) await this.endLine(line);
  }

  /** Ends the focused call whatever its stage; in a conference, ends it for everyone. */
  async hangup(): Promise<void> {
    const lines = this.conference.running ? this.conference.running.lines : this.desk.focused ? [this.desk.focused] : [];
    await Promise.all(lines.map((line) => this.endLine(line)));
  }

  /** Puts the focused call on hold and takes the held one back. */
  async swap(): Promise<void> {
    const current = this.desk.focused;
    const other = this.desk.otherEstablished();
    if (!current?.established || !other || this.conference.running) return;
    if (!(await current.setHold(true))) return this.tell('hold-failed');
    this.focus(other);
    if (!(await other.setHold(false))) this.tell('hold-failed');
  }

  /**
   * Blind transfer: the customer's side is asked to call `target` (REFER).
   * Our leg stays until the new call is reported answered; if it is not,
   * the customer is still with the agent and the call says why.
   */
  async transfer(target: string): Promise<void> {
    const line = this.desk.focused;
    const userAgent = this.registration.userAgent;
    const uri = userAgent ? targetUri(userAgent, target) : undefined;
    if (!line?.established || !uri || this.conference.running) return;
    if (await transferCall(line, uri)) await this.endLine(line, { transferred: true });
  }

  /**
   * Attended transfer: the held customer is asked (REFER with Replaces) to
   * take over our consultation with the colleague. Both of our legs end once
   * the customer reports the new call connected; otherwise both stay.
   */
  async completeTransfer(): Promise<void> {
    const consultation = this.desk.focused;
    const customer = this.desk.otherEstablished();
    if (!consultation?.established || !customer || this.conference.running) return;
    if (!(await transferCall(customer, consultation.session))) {
      if (!customer.ended) this.tell('transfer-failed');
      return;
    }
    await Promise.all([customer, consultation].filter((line) => !line.ended).map((line) => this.endLine(line, { transferred: true })));
  }

  /** Joins the focused call and the held one: all three hear each other, mixed in this page. */
  async startConference(): Promise<void> {
    const current = this.desk.focused;
    const other = this.desk.otherEstablished();
    if (!current?.established || !other || this.conference.running || current.model.hold !== 'off') return;
    // The supervisor's mix is built on one customer call; a conference would take that call's sender from under it.
    if (!(await this.conference.start(current, other, () => this.supervisorInCall.leave('conference-started')))) this.tell('hold-failed');
  }

  /** The microphone is cut at the sender: nothing reaches the customer while muted (in a conference, no party hears the agent). */
  setMuted(muted: boolean): void {
    if (this.conference.running) this.conference.running.setMuted(muted);
    else this.desk.focused?.setMuted(muted);
    this.supervisorInCall.agentMuted(this.desk.focused, muted);
  }

  async setHold(hold: boolean): Promise<void> {
    const line = this.desk.focused;
    if (line && !this.conference.running && !(await line.setHold(hold))) this.tell('hold-failed');
  }

  async sendDtmf(tone: string, method: DtmfMethod): Promise<void> {
    if (/^[0-9*#A-D]$/.test(tone)) await this.desk.focused?.sendDtmf(tone, method);
  }

  /** The registration as the rest of the console reads it: the user agent presence goes through, and the readiness check's probe. */
  get server(): Pick<PhoneRegistration, 'registeredUserAgent' | 'probe'> {
    return this.registration;
  }

  /** The one customer call a supervisor can join: up, in focus, not in a conference, not waiting for the connection. */
  private monitorableCall(): PhoneLine | null {
    const line = this.desk.focused;
    return line?.established && !this.conference.running && line.model.reconnectingUntil === null ? line : null;
  }

  private endLine(line: PhoneLine, options?: { transferred?: boolean }): Promise<void> {
    return this.continuity.end(line, this.registration.connected, options);
  }

  private readonly onLineChanged = (line: PhoneLine): void => {
    if (line.ended && this.desk.lines.includes(line)) this.finish(line);
    else this.supervisorInCall.customerChanged(line);
    this.publish();
  };

  private finish(line: PhoneLine): void {
    this.continuity.forget(line, this.registration.connected);
    this.supervisorInCall.customerEnded(line);
    this.desk.remove(line, this.conference.partyLeft(line));
    this.options.onCallEnded(line.record(localUser(this.registration)));
  }

  private focus(line: PhoneLine): void {
    this.desk.focus(line);
    this.notice = null;
    this.publish();
  }

  private tell(kind: PhoneNotice['kind']): void {
    this.notice = { kind, at: Date.now() };
    this.publish();
  }

  private audioSituation(): AudioSituation {
    const { focused, lines } = this.desk;
    return { focused, lines, conference: this.conference.running, supervisorInCall: this.supervisorInCall, monitoringHeard: this.monitoring.heard };
  }

  /** Derives what the agent sees from the lines, and plays what the agent should hear. */
  private publish(): void {
    this.state = {
      registration: this.registration.state,
      ...this.desk.view(),
      conference: this.conference.running !== null,
      notice: this.notice,
      monitored: this.supervisorInCall.current?.view ?? null,
      monitoring: this.monitoring.view,
    };
    this.preparedOffers.update(this.registration.registeredUserAgent, this.desk.lines.length > 0);
    this.audio.play(this.audioSituation());
    this.listeners.forEach((listener) => listener());
  }
}
