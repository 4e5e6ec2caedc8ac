import type { Invitation } from 'sip.js';
import type { CallEvent, CallPhase } from './call-machine';
import { isMicrophoneError } from './microphone';
import { audioOnly, PhoneLine } from './phone-line';
import type { RemoteParty } from './phone-state';

type Refusal = Extract<CallEvent, { type: 'refused' }>;

/** A call that rang in: answered, declined, or refused before it rang. */
export class InboundLine extends PhoneLine {
  readonly sipCallId: string;
  /**
   * The address the call was sent to: the To header keeps the DID or queue
   * a PBX routed it by, where the request URI is only this console.
   */
  readonly dialed: string;

  constructor(
    private readonly invitation: Invitation,
    remote: RemoteParty,
    startedAt: number,
    changed: (line: PhoneLine) => void,
  ) {
    super(invitation, 'inbound', remote, startedAt, changed);
    this.sipCallId = invitation.request.callId;
    this.dialed = invitation.request.to.uri.user ?? '';
  }

  get ringing(): boolean {
    return this.model.phase === 'ringing-in';
  }

  async answer(): Promise<void> {
    this.dispatch({ type: 'answer-requested' });
    try {
      await this.invitation.accept({ sessionDescriptionHandlerOptions: audioOnly });
    } catch (error) {
      this.dispatch({ type: 'start-failed', problem: isMicrophoneError(error) ? 'no-microphone' : 'media-failed' });
    }
  }

  /** Answers the INVITE with an error before it rings: busy, redirected, or an offer this console cannot take. */
  refuse(reason: Refusal['reason'], code: number, extraHeaders: string[] = []): void {
    this.dispatch({ type: 'refused', reason, code });
    this.invitation.reject({ statusCode: code, extraHeaders }).catch((error: unknown) => {
      // Without a connection the answer cannot go; the caller's side times out on its own, and the refusal is recorded already.
      console.warn(`A call could not be refused with ${code}.`, error);
    });
  }

  protected async sendEnd(phase: CallPhase): Promise<void> {
    if (phase === 'ringing-in') {
      await this.invitation.reject({ statusCode: 486 });
      return;
    }
    await this.sendBye();
  }
}
