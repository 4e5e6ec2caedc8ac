import { Inviter, UserAgent, type Invitation } from 'sip.js';
import type { CallEndReason } from '@shared/domain/call-ending';
import { cleanCallerNumber, type CallStart } from '@shared/domain/call-record';
import type { CallDesk } from './call-desk';
import { decideIncoming, screenIncoming, warningHeader, type IncomingRoute } from './incoming-call';
import { InboundLine } from './inbound-line';
import { readMonitoringInvite } from './monitoring-intake';
import { OutboundLine } from './outbound-line';
import { audioOnly, type PhoneLine } from './phone-line';
import type { RemoteParty } from './phone-state';
import type { PreparedOffers } from './prepared-offers';
import type { PhoneRegistration } from './registration';
import type { SupervisorInCall } from './supervisor-in-call';

/** What the intake needs of the phone it feeds. */
export interface IntakeTarget {
  readonly desk: CallDesk;
  readonly registration: PhoneRegistration;
  readonly preparedOffers: PreparedOffers;
  readonly supervisorInCall: SupervisorInCall;
  inConference(): boolean;
  /** Every change of a line the intake made. */
  lineChanged(line: PhoneLine): void;
  /** Puts a new call in focus (its controls are the ones shown). */
  focus(line: PhoneLine): void;
  /** A call that could not even start, shown as ended with its reason. */
  cannotStart(remote: RemoteParty, startedAt: number, reason: CallEndReason): void;
  publish(): void;
  /** A call rings (in the console) or is dialled: `dialed` is the number or queue it is for. */
  onCallStarted(start: CallStart, dialed: string): void;
  /** Asked for every new call while no call is in progress. */
  routeIncoming(): IncomingRoute;
}

/**
 * How calls come onto the phone: one the agent dials (with the offer
 * prepared while the phone waited, when there is one), and every INVITE
 * that arrives — a supervisor's monitoring call, one refused before it
 * rings (no common codec, a header the store cannot keep), one turned away
 * or forwarded because the agent is busy or not ready, a call waiting, or
 * a call that rings alone.
 */
export class CallIntake {
  constructor(private readonly phone: IntakeTarget) {}

  async place(target: string): Promise<void> {
    const { registration, desk } = this.phone;
    const userAgent = registration.registeredUserAgent;
    const remote: RemoteParty = { user: cleanCallerNumber(target.replace(/^sip:/, '').split('@')[0] ?? target), displayName: null };
    const startedAt = Date.now();
    if (!userAgent) return this.phone.cannotStart(remote, startedAt, 'not-registered');
    const uri = targetUri(userAgent, target);
    if (!uri) return this.phone.cannotStart(remote, startedAt, 'not-found');
    const inviter = new Inviter(userAgent, uri, { sessionDescriptionHandlerOptions: audioOnly });
    const prepared = this.phone.preparedOffers.promiseTo(inviter);
    const line = new OutboundLine(inviter, remote, startedAt, (changed) => this.phone.lineChanged(changed));
    desk.add(line);
    const show = () => {
      this.phone.focus(line);
      this.phone.onCallStarted(line.start(localUser(registration)), line.dialed);
    };
    // With its offer prepared, the INVITE leaves a few milliseconds after the click: it goes first, since showing
    // the call and opening its interaction render and talk to the host on the thread that sends it. Without,
    // it waits for the offer and its candidates (up to the gathering cap): the agent sees the call at once.
    if (!prepared) show();
    await line.invite(prepared ? show : () => undefined);
  }

  receive(invitation: Invitation): void {
    const { registration, desk } = this.phone;
    const monitoringInvite = readMonitoringInvite(invitation);
    if (monitoringInvite) return void this.phone.supervisorInCall.take(invitation, monitoringInvite);
    const screening = screenIncoming(invitation);
    if (!screening.take && !screening.recordable) {
      invitation.reject({ statusCode: screening.code, extraHeaders: [warningHeader(screening.warning)] }).catch((error: unknown) => console.warn('A call the store cannot keep could not be refused.', error));
      console.warn(`Refused a call before it rang (${screening.code} ${screening.warning}).`);
      return;
    }
    const decision = decideIncoming({
      otherCalls: desk.lines.length,
      focusedEstablished: desk.focused?.established === true,
      conference: this.phone.inConference(),
      route: () => this.phone.routeIncoming(),
      resolve: (target) => (registration.userAgent ? targetUri(registration.userAgent, target)?.toString() : undefined),
    });
    const line = new InboundLine(invitation, screening.remote, Date.now(), (changed) => this.phone.lineChanged(changed));
    desk.add(line);
    if (!screening.take) return line.refuse(screening.reason, screening.code, [warningHeader(screening.warning)]);
    if (!decision.ring) return line.refuse(decision.reason, decision.code, decision.headers);
    if (decision.ring === 'alone') this.phone.focus(line);
    this.phone.onCallStarted(line.start(localUser(registration)), line.dialed);
    this.phone.publish();
  }
}

/** A number, a user or a whole SIP address, as the address to call on the registered server. */
export function targetUri(userAgent: UserAgent, target: string) {
  return UserAgent.makeURI(target.startsWith('sip:') ? target : `sip:${target}@${userAgent.configuration.uri.host}`);
}

/** The agent's own SIP user, as calls record it. */
export function localUser(registration: PhoneRegistration): string {
  return registration.userAgent?.configuration.uri.user ?? 'unknown';
}
