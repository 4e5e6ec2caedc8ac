import { SessionState, type Info, type Invitation } from 'sip.js';
import type { SessionDescriptionHandler } from 'sip.js/lib/platform/web';
import { modeAllowed, type SupervisionMode } from '@shared/domain/supervision';
import { sendTrack } from './conference';
import type { Microphone } from './microphone';
import { monitoredCallHeader, recordedEndReason, type MonitoringEvent, type MonitoringParties } from './monitoring-event';
import { MonitoringMixer } from './monitoring-mixer';
import { reasonHeader, readModeChange, supervisorGains, type MonitoringEnding } from './monitoring-signals';
import type { MonitoredView } from './monitoring-view';
import { audioOnly, audioSenderOf, type PhoneLine } from './phone-line';

/** What the agent's console knows of a supervisor whose grant it verified. */
export interface AcceptedSupervisor extends MonitoringParties {
  supervisorName: string;
  /** The highest mode the grant allows. */
  maxMode: SupervisionMode;
}

export interface MonitoredCallHooks {
  microphone: Microphone;
  changed(): void;
  record(event: MonitoringEvent): void;
  /** The session is over, whoever ended it. */
  finished(call: MonitoredCall): void;
}

/**
 * The agent's side of a monitoring call: answered silently, mixed with the
 * customer's call (MonitoringMixer), its mode switched by an in-dialog
 * INFO within the grant's ceiling, and ended with a reason the supervisor
 * is shown. The customer's call gets its plain microphone back at the end.
 */
export class MonitoredCall {
  private mixer: MonitoringMixer | null = null;
  private over = false;

  constructor(
    private readonly invitation: Invitation,
    /** The session's UUID, as the supervisor's console named it. */
    private readonly sessionId: string,
    readonly customer: PhoneLine,
    private readonly supervisor: AcceptedSupervisor,
    private mode: SupervisionMode,
    private readonly hooks: MonitoredCallHooks,
  ) {}

  get view(): MonitoredView {
    return { mode: this.mode, supervisorName: this.supervisor.supervisorName };
  }

  /** What the agent hears while the customer's call is in focus: the customer, and the supervisor unless only listening. */
  get heard(): MediaStream | null {
    return this.mixer?.agentEar ?? null;
  }

  /** Answers without ringing and puts the supervisor into the mix. */
  async answer(muted: boolean): Promise<void> {
    this.invitation.delegate = {
      onInfo: (info) => void this.onInfo(info),
      onBye: (bye) => {
        void bye.accept().catch((error: unknown) => console.warn('The supervisor’s BYE could not be answered; the session is over all the same.', error));
        this.finish({ reason: 'stopped', detail: null });
      },
    };
    this.invitation.stateChange.addListener((state) => {
      if (state === SessionState.Terminated) this.finish({ reason: 'ended-by-agent', detail: null });
    });
    await this.invitation.accept({ sessionDescriptionHandlerOptions: audioOnly, extraHeaders: [`${monitoredCallHeader}: ${this.customer.sipCallId}`] });
    const handler = this.invitation.sessionDescriptionHandler as SessionDescriptionHandler | undefined;
    const supervisorStream = handler?.remoteMediaStream;
    const customerStream = this.customer.remoteStream;
    if (this.customer.ended || !customerStream) return this.end({ reason: 'customer-call-ended', detail: null });
    if (!supervisorStream) return this.end({ reason: 'media-failed', detail: null });
    const mixer = new MonitoringMixer(await this.hooks.microphone.open(), customerStream, supervisorStream, this.gains());
    // Ended while the microphone opened (the customer hung up, the supervisor stopped): nothing to mix into.
    if (this.over) return mixer.close();
    this.mixer = mixer;
    mixer.setMuted(muted);
    await replaceSentAudio(handler, mixer.toSupervisor);
    await sendTrack(this.customer, mixer.toCustomer);
    this.customer.mixedTrack = mixer.toCustomer;
    this.record('started');
    this.hooks.changed();
  }

  /** The customer's call was held or resumed: the customer never hears the supervisor while held. */
  refresh(): void {
    this.mixer?.setGains(this.gains());
  }

  setMuted(muted: boolean): void {
    this.mixer?.setMuted(muted);
  }

  replaceMicrophone(stream: MediaStream): void {
    if (this.mixer) this.mixer.replaceMicrophone(stream);
    else stream.getTracks().forEach((track) => track.stop());
  }

  /** Ends the session from the agent's side (BYE), telling the supervisor why. */
  async end(ending: MonitoringEnding): Promise<void> {
    if (this.over) return;
    const established = this.invitation.state === SessionState.Established;
    await this.finish(ending);
    if (!established) return;
    await this.invitation.bye({ requestOptions: { extraHeaders: [reasonHeader(ending)] } }).catch((error: unknown) => {
      console.warn('The monitoring call’s BYE could not be sent; the supervisor’s side ends it when its media stops.', error);
    });
  }

  private async onInfo(info: Info): Promise<void> {
    const mode = readModeChange(info.request.getHeader('Content-Type'), info.request.body);
    if (mode === null) {
      await info.reject({ statusCode: 415 });
      return;
    }
    if (!modeAllowed(mode, this.supervisor.maxMode)) {
      await info.reject({ statusCode: 403, extraHeaders: [reasonHeader({ reason: 'mode-above-grant', detail: this.supervisor.maxMode })] });
      return;
    }
    await info.accept();
    if (mode === this.mode) return;
    this.mode = mode;
    this.refresh();
    this.record('mode-changed');
    this.hooks.changed();
  }

  private gains() {
    return supervisorGains(this.mode, this.customer.model.hold !== 'off');
  }

  private async finish(ending: MonitoringEnding): Promise<void> {
    if (this.over) return;
    this.over = true;
    const mixer = this.mixer;
    this.mixer = null;
    if (mixer) {
      this.record('ended', recordedEndReason(ending.reason));
      this.customer.mixedTrack = null;
      if (!this.customer.ended) await sendTrack(this.customer, (await this.hooks.microphone.open()).getAudioTracks()[0] ?? null);
      mixer.close();
    }
    this.hooks.finished(this);
  }

  private record(event: MonitoringEvent['event'], reason?: MonitoringEvent['reason']): void {
    const { supervisorId, agentId } = this.supervisor;
    this.hooks.record({
      sessionId: this.sessionId,
      side: 'agent',
      event,
      mode: this.mode,
      supervisorId,
      agentId,
      callId: this.customer.sipCallId,
      ...(reason === undefined ? {} : { reason }),
      at: Date.now(),
    });
  }
}

/** Replaces what a session sends; the track it sent before (the plain microphone) is stopped. */
async function replaceSentAudio(handler: SessionDescriptionHandler | undefined, track: MediaStreamTrack | null): Promise<void> {
  const sender = audioSenderOf(handler);
  if (!sender || !track) return;
  const previous = sender.track;
  await sender.replaceTrack(track);
  previous?.stop();
}
