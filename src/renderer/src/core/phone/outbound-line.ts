import { SessionState, type Inviter } from 'sip.js';
import type { IncomingResponse } from 'sip.js/lib/core';
import type { CallPhase } from './call-machine';
import { isMicrophoneError } from './microphone';
import { PhoneLine } from './phone-line';
import { PreparedOfferHandler } from './prepared-offer-handler';
import type { RemoteParty } from './phone-state';

/** A call the agent dialled: rings out, is answered or fails with the far end's reason, or is cancelled. */
export class OutboundLine extends PhoneLine {
  readonly sipCallId: string;
  readonly dialed: string;

  constructor(
    private readonly inviter: Inviter,
    remote: RemoteParty,
    startedAt: number,
    changed: (line: PhoneLine) => void,
  ) {
    super(inviter, 'outbound', remote, startedAt, changed);
    this.sipCallId = inviter.request.callId;
    this.dialed = remote.user;
  }

  /**
   * Sends the INVITE; provisional and final answers become the call's
   * events. `left` runs once the INVITE is on its way (or could not be
   * sent), before the call's first event.
   */
  async invite(left: () => void): Promise<void> {
    const final = (response: IncomingResponse) => this.dispatch({ type: 'final-response', code: response.message.statusCode ?? 0 });
    try {
      await this.inviter.invite({
        requestDelegate: {
          onProgress: (response) => this.dispatch({ type: 'progress', code: response.message.statusCode ?? 0 }),
          onRedirect: final,
          onReject: final,
        },
      });
    } catch (error) {
      left();
      this.dispatch({ type: 'start-failed', problem: isMicrophoneError(error) ? 'no-microphone' : 'failed' });
      return;
    }
    left();
    await this.awaitPreparedMicrophone();
  }

  /**
   * A call placed with a prepared offer has its INVITE out while the
   * microphone opens. One that cannot open fails the call with the reason
   * it always had, and the INVITE is cancelled (sip.js sends ACK and BYE
   * instead if the answer crosses the CANCEL); the call cannot be up
   * before this, as its answer waits for the microphone.
   */
  private async awaitPreparedMicrophone(): Promise<void> {
    const handler = this.handler;
    if (!(handler instanceof PreparedOfferHandler)) return;
    try {
      await handler.microphoneAttached;
    } catch (error) {
      this.dispatch({ type: 'start-failed', problem: isMicrophoneError(error) ? 'no-microphone' : 'failed' });
      if (this.inviter.state !== SessionState.Initial && this.inviter.state !== SessionState.Establishing) return;
      await this.inviter.cancel().catch((cancelError: unknown) => console.warn('A call without a microphone could not be cancelled; the far end times it out.', cancelError));
    }
  }

  protected async sendEnd(phase: CallPhase): Promise<void> {
    if (phase === 'dialing' || phase === 'ringing-out') {
      await this.inviter.cancel();
      return;
    }
    await this.sendBye();
  }
}
