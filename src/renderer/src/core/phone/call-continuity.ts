import type { PhoneLine } from './phone-line';

/** How long a call whose signalling dropped may wait for the transport to come back before it is ended. */
export const reconnectGraceMs = 30_000;

/**
 * Calls through a signalling outage. While the connection to the server is
 * down (or the server stopped answering), calls that are up say
 * "reconnecting" and keep their media; once registered again each one is
 * recovered with an ICE-restart re-INVITE, or ended honestly. A call not
 * settled within the grace period ends as connection-lost — and since the
 * far end cannot have heard of that, the BYE it is owed is sent the moment
 * the connection is back, so the customer is not left connected to silence.
 */
export class CallContinuity {
  private readonly graceTimers = new Map<PhoneLine, ReturnType<typeof setTimeout>>();
  private readonly owedByes = new Set<PhoneLine>();

  holdForReconnection(lines: readonly PhoneLine[]): void {
    const until = Date.now() + reconnectGraceMs;
    for (const line of lines) {
      if (this.graceTimers.has(line) || line.ended) continue;
      line.dispatch({ type: 'transport-lost', until });
      this.graceTimers.set(
        line,
        setTimeout(() => {
          this.graceTimers.delete(line);
          line.dispatch({ type: 'grace-expired' });
        }, reconnectGraceMs),
      );
    }
  }

  /** Hangs up now, or — with the connection down — ends the call for the agent and owes the far end its BYE (sent once `connected` again). */
  end(line: PhoneLine, connected: boolean, options: { transferred?: boolean } = {}): Promise<void> {
    if (connected || !line.established) return line.hangUp(options);
    line.hangUpWhileDisconnected(options);
    return Promise.resolve();
  }

  /** Registered again: recover what is waiting, and send the BYEs owed by calls that ended meanwhile. */
  recover(lines: readonly PhoneLine[]): void {
    for (const line of this.owedByes) void this.sendOwedBye(line);
    this.owedByes.clear();
    for (const line of lines) {
      this.settle(line);
      if (line.model.reconnectingUntil === null) continue;
      void line.restartIce().then((recovered) => {
        if (line.ended) return;
        // Not taken: ended as connection-lost, and `forget` sends the BYE the far end is owed.
        if (!recovered) return line.dispatch({ type: 'grace-expired' });
        line.dispatch({ type: 'recovered' });
        line.applyMedia();
      });
    }
  }

  /** A call ended: stop waiting for it; if the far end was never told, it will be. */
  forget(line: PhoneLine, connected: boolean): void {
    this.settle(line);
    if (!line.owesBye) return;
    if (connected) void this.sendOwedBye(line);
    else this.owedByes.add(line);
  }

  /** A call that connected, or was recovered, needs no grace period any more. */
  settle(line: PhoneLine): void {
    clearTimeout(this.graceTimers.get(line));
    this.graceTimers.delete(line);
  }

  private async sendOwedBye(line: PhoneLine): Promise<void> {
    const code = await line.sendPendingBye();
    if (code < 200 || code >= 300) console.warn(`A BYE owed since the connection dropped got ${code || 'no answer'}; the far end may still be connected.`);
  }
}
