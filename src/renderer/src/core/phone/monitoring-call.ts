import { Inviter, SessionState, type URI, type UserAgent } from 'sip.js';
import type { IncomingResponse } from 'sip.js/lib/core';
import type { SessionDescriptionHandler } from 'sip.js/lib/platform/web';
import { supervisionGrantHeader, supervisionModeHeader, type SupervisionMode } from '@shared/domain/supervision';
import { monitoredCallHeader, monitoringSessionHeader, recordedEndReason, type MonitoringEvent, type MonitoringParties } from './monitoring-event';
import { endingForCode, endingFromReason, modeChangeBody, modeChangeContentType, type MonitoringEnding } from './monitoring-signals';
import type { MonitoringView } from './monitoring-view';
import { audioOnly } from './phone-line';

/** What the supervisor asked for, with the CRM's grant for it. */
export interface MonitoringRequest extends MonitoringParties {
  agentName: string;
  grant: string;
  mode: SupervisionMode;
}

export interface MonitoringCallHooks {
  changed(): void;
  record(event: MonitoringEvent): void;
}

/** The agent's console answers at once or refuses; a console that says nothing for this long is not there. */
const answerTimeoutMs = 10_000;

/**
 * The supervisor's side of listen / whisper / barge: a call to the agent's
 * console carrying the grant and the mode, which brings back the agent and
 * the customer mixed, and sends the supervisor's microphone (cut at the
 * sender while only listening). The mode is switched in the dialog (INFO);
 * the agent's console says why when it refuses or ends the call.
 */
export class MonitoringCall {
  private current: MonitoringView;
  private readonly inviter: Inviter;
  /** The customer call, as the agent's 200 OK names it; null until then. */
  private monitoredCallId: string | null = null;
  private startRecorded = false;
  private explained: MonitoringEnding | null = null;
  private answerTimer: ReturnType<typeof setTimeout> | null = null;
  /** Names the session in both consoles' records. */
  private readonly sessionId = crypto.randomUUID();

  constructor(
    userAgent: UserAgent,
    target: URI,
    private readonly request: MonitoringRequest,
    private readonly hooks: MonitoringCallHooks,
  ) {
    this.inviter = new Inviter(userAgent, target, {
      extraHeaders: [`${supervisionGrantHeader}: ${request.grant}`, `${supervisionModeHeader}: ${request.mode}`, `${monitoringSessionHeader}: ${this.sessionId}`],
      sessionDescriptionHandlerOptions: audioOnly,
      delegate: {
        onBye: (bye) => {
          this.explained = endingFromReason(bye.request.getHeader('Reason')) ?? { reason: 'ended-by-agent', detail: null };
          void bye.accept().catch((error: unknown) => console.warn('The agent console’s BYE could not be answered; the session is over all the same.', error));
        },
      },
    });
    const { agentId, agentName, mode } = request;
    this.current = { id: this.inviter.id, agentId, agentName, mode, status: 'connecting', switchingTo: null, refusedMode: null, ending: null, startedAt: Date.now(), liveAt: null };
    this.inviter.stateChange.addListener((state) => {
      if (state === SessionState.Established) this.onLive();
      // sip.js terminates the session before it hands over the response or BYE that explains why.
      if (state === SessionState.Terminated) queueMicrotask(() => this.onOver());
    });
  }

  get view(): MonitoringView {
    return this.current;
  }

  get ended(): boolean {
    return this.current.status === 'ended';
  }

  /** The agent and the customer, mixed by the agent's console. */
  get heard(): MediaStream | null {
    return this.current.status === 'live' ? (this.handler?.remoteMediaStream ?? null) : null;
  }

  async start(): Promise<void> {
    const refused = (response: IncomingResponse) => {
      this.explained = endingFromReason(response.message.getHeader('Reason')) ?? endingForCode(response.message.statusCode ?? 0);
    };
    this.answerTimer = setTimeout(() => this.unanswered(), answerTimeoutMs);
    try {
      await this.inviter.invite({
        requestDelegate: {
          onAccept: (response) => {
            this.monitoredCallId = response.message.getHeader(monitoredCallHeader)?.trim() ?? '';
            this.recordStart();
          },
          onReject: refused,
          onRedirect: refused,
        },
      });
    } catch (error) {
      console.warn('The monitoring call could not be placed.', error);
      this.explained = { reason: 'failed', detail: null };
      this.onOver();
    }
  }

  /** Switches the mode in the dialog; the agent's console applies it, or refuses it above the grant. */
  async setMode(mode: SupervisionMode): Promise<void> {
    if (this.current.status !== 'live' || this.current.switchingTo !== null || mode === this.current.mode) return;
    this.update({ switchingTo: mode, refusedMode: null });
    const settled = new Promise<boolean>((resolve) => {
      this.inviter
        .info({
          requestOptions: { body: { contentDisposition: 'render', contentType: modeChangeContentType, content: modeChangeBody(mode) } },
          requestDelegate: { onAccept: () => resolve(true), onReject: () => resolve(false) },
        })
        .catch((error: unknown) => {
          console.warn('The mode switch could not be sent; the mode is unchanged.', error);
          resolve(false);
        });
    });
    const accepted = await settled;
    if (this.ended) return;
    if (!accepted) return this.update({ switchingTo: null, refusedMode: mode });
    this.update({ switchingTo: null, mode });
    this.applyMicrophone();
    this.record('mode-changed');
  }

  /** The supervisor stops: BYE once up, CANCEL before. */
  async stop(): Promise<void> {
    if (this.ended) return;
    this.explained = { reason: 'stopped', detail: null };
    await this.sendEnd();
  }

  private unanswered(): void {
    if (this.ended || this.current.status === 'live') return;
    this.explained = { reason: 'no-answer', detail: null };
    void this.sendEnd();
  }

  private async sendEnd(): Promise<void> {
    try {
      if (this.inviter.state === SessionState.Established) await this.inviter.bye();
      else if (this.inviter.state === SessionState.Establishing || this.inviter.state === SessionState.Initial) await this.inviter.cancel();
    } catch (error) {
      console.warn('The monitoring call could not be ended cleanly; it is over for the supervisor.', error);
      this.onOver();
    }
  }

  private get handler(): SessionDescriptionHandler | undefined {
    return this.inviter.sessionDescriptionHandler as SessionDescriptionHandler | undefined;
  }

  /** The supervisor's voice goes out only when it can be heard: never while listening. */
  private applyMicrophone(): void {
    this.handler?.enableSenderTracks(this.current.mode !== 'listen');
  }

  private onLive(): void {
    this.clearTimer();
    this.update({ status: 'live', liveAt: Date.now() });
    this.applyMicrophone();
    this.recordStart();
  }

  /**
   * Recorded once the session is up and the agent's answer has named the
   * customer call: sip.js reports the session established before it hands
   * over the 200 OK that names it.
   */
  private recordStart(): void {
    if (this.startRecorded || this.current.status !== 'live' || this.monitoredCallId === null) return;
    this.startRecorded = true;
    this.record('started');
  }

  private onOver(): void {
    if (this.ended) return;
    this.clearTimer();
    const wasLive = this.current.status === 'live';
    const ending = this.explained ?? { reason: wasLive ? 'ended-by-agent' : 'failed', detail: null };
    this.update({ status: 'ended', switchingTo: null, ending });
    if (wasLive) this.record('ended', recordedEndReason(ending.reason));
  }

  private clearTimer(): void {
    if (this.answerTimer) clearTimeout(this.answerTimer);
    this.answerTimer = null;
  }

  private update(change: Partial<MonitoringView>): void {
    this.current = { ...this.current, ...change };
    this.hooks.changed();
  }

  private record(event: MonitoringEvent['event'], reason?: MonitoringEvent['reason']): void {
    const { supervisorId, agentId } = this.request;
    this.hooks.record({
      sessionId: this.sessionId,
      side: 'supervisor',
      event,
      mode: this.current.mode,
      supervisorId,
      agentId,
      // A proxy that drops our header leaves only the monitoring call's own Call-ID to name it by.
      callId: this.monitoredCallId || this.inviter.request.callId,
      ...(reason === undefined ? {} : { reason }),
      at: Date.now(),
    });
  }
}
