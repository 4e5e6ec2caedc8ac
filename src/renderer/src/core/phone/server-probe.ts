import { UserAgent } from 'sip.js';

export type ServerProbe = { ok: true; roundTripMs: number } | { ok: false; reason: 'not-registered' | 'timeout' | 'server-error' };

/**
 * Asks the SIP server an OPTIONS and times the answer. The readiness check
 * shows the round trip; the keepalive uses a missing answer to notice a
 * server that froze while its connection stayed open.
 */
export function probeServer(userAgent: UserAgent, timeoutMs: number): Promise<ServerProbe> {
  const core = userAgent.userAgentCore;
  const server = UserAgent.makeURI(`sip:${userAgent.configuration.uri.host}`);
  if (!server) return Promise.resolve({ ok: false, reason: 'server-error' });
  const request = core.makeOutgoingRequestMessage('OPTIONS', server, userAgent.configuration.uri, server, {});
  const sentAt = performance.now();
  return new Promise<ServerProbe>((resolve) => {
    const timer = setTimeout(() => resolve({ ok: false, reason: 'timeout' }), timeoutMs);
    const settle = (probe: ServerProbe) => {
      clearTimeout(timer);
      resolve(probe);
    };
    try {
      core.request(request, {
        onAccept: () => settle({ ok: true, roundTripMs: performance.now() - sentAt }),
        // sip.js answers a request it could not send (or that timed out) with its own 408/503: not an answer from the server.
        onReject: (response) => settle({ ok: false, reason: [408, 503].includes(response.message.statusCode ?? 0) ? 'timeout' : 'server-error' }),
      });
    } catch (error) {
      console.warn('The server probe could not be sent; the transport is down.', error);
      settle({ ok: false, reason: 'timeout' });
    }
  });
}

/** How often the server is asked whether it is still there while the phone is registered. */
export const keepaliveIntervalMs = 4_000;
/** How long an answer may take before the server counts as not answering. */
export const keepaliveTimeoutMs = 2_000;

/**
 * While registered, asks the server every few seconds whether it is still
 * there. A WebSocket to a frozen server (or into a network black hole) stays
 * open for minutes; without this the console would show "Phone ready" while
 * no call can reach it. So a missing answer is reported within
 * keepaliveIntervalMs + keepaliveTimeoutMs of the server going quiet.
 */
export class Keepalive {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly userAgent: UserAgent,
    private readonly onUnanswered: () => void,
  ) {}

  start(): void {
    this.stop();
    this.timer = setTimeout(() => void this.ask(), keepaliveIntervalMs);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async ask(): Promise<void> {
    const probe = await probeServer(this.userAgent, keepaliveTimeoutMs);
    if (!this.timer) return;
    if (!probe.ok && probe.reason === 'timeout') {
      this.timer = null;
      this.onUnanswered();
      return;
    }
    this.timer = setTimeout(() => void this.ask(), keepaliveIntervalMs);
  }
}
