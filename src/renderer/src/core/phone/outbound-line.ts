import type { Inviter } from 'sip.js';
import type { IncomingResponse } from 'sip.js/lib/core';
import type { CallPhase } from './call-machine';
import { isMicrophoneError } from './microphone';
import { PhoneLine } from './phone-line';
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

  /** Sends the INVITE; provisional and final answers become the call's events. */
  async invite(): Promise<void> {
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
      this.dispatch({ type: 'start-failed', problem: isMicrophoneError(error) ? 'no-microphone' : 'failed' });
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
