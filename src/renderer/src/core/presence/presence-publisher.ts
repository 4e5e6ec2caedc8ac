import type { UserAgent } from 'sip.js';
import type { IncomingResponse } from 'sip.js/lib/core';
import { samePresence, type AgentPresence } from './agent-presence';
import { buildPidf, pidfContentType } from './pidf';
import { problemOfStatus, type WatchProblem } from './watch-problem';

export type PublishingStatus =
  | { status: 'not-published' }
  | { status: 'published'; at: number }
  | { status: 'failed'; problem: WatchProblem; retryAt: number };

/** How long a publication is asked to last; the server may shorten it. */
const defaultExpiresSeconds = 600;
/** The full document is sent again at this share of the granted time. */
const refreshShare = 0.8;
const firstRetryMs = 30_000;
const maxRetryMs = 600_000;

/**
 * Publishes the agent's state (RFC 3903 PUBLISH, Event: presence) over
 * sip.js's core. Not sip.js's Publisher, because of what a trial on
 * Kamailio 5.6 found: its refresh has no body, which watchers
 * receive as an empty NOTIFY, i.e. "offline"; it does not wait
 * for a final response before the next change (a NOTIFY can come before the
 * 200 OK, and a second PUBLISH with the stale ETag starts a second
 * publication); and it drops the
 * status code of a refusal. Here one PUBLISH is in flight at a time, the
 * latest state waits for it, and every refresh carries the full document.
 */
export class PresencePublisher {
  private userAgent: UserAgent | null = null;
  private wanted: AgentPresence | null = null;
  private accepted: AgentPresence | null = null;
  private etag: string | null = null;
  private inFlight = false;
  private refreshTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private status: PublishingStatus = { status: 'not-published' };
  private readonly listeners = new Set<() => void>();

  constructor(private readonly expiresSeconds = defaultExpiresSeconds) {}

  getStatus = (): PublishingStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The phone's registered user agent (null while it is not registered): a new one starts a new publication. */
  setUserAgent(userAgent: UserAgent | null): void {
    if (userAgent === this.userAgent) return;
    this.userAgent = userAgent;
    this.forgetPublication();
    this.failures = 0;
    this.clearTimer('retry');
    this.flush();
  }

  /** The agent's state changed: published as soon as no other PUBLISH is waiting for its answer. */
  show(presence: AgentPresence): void {
    this.wanted = presence;
    this.flush();
  }

  /** Signing out or leaving: the publication is removed (Expires: 0), so watchers see the agent offline at once. */
  withdraw(): void {
    const userAgent = this.userAgent;
    const etag = this.etag;
    this.forgetPublication();
    if (!userAgent || etag === null) return;
    const core = userAgent.userAgentCore;
    const aor = core.configuration.aor;
    const message = core.makeOutgoingRequestMessage('PUBLISH', aor, aor, aor, {}, ['Event: presence', 'Expires: 0', `SIP-If-Match: ${etag}`]);
    core.publish(message, {
      onReject: (response) => console.warn(`The presence publication could not be removed (${response.message.statusCode}); it expires on its own.`),
    });
  }

  private forgetPublication(): void {
    this.etag = null;
    this.accepted = null;
    this.inFlight = false;
    this.clearTimer('refresh');
    this.setStatus({ status: 'not-published' });
  }

  private flush(): void {
    const wanted = this.wanted;
    if (this.inFlight || !this.userAgent || !wanted || this.retryTimer) return;
    if (this.accepted && this.etag !== null && samePresence(this.accepted, wanted)) return;
    this.send(this.userAgent, wanted);
  }

  private send(userAgent: UserAgent, presence: AgentPresence): void {
    const core = userAgent.userAgentCore;
    const aor = core.configuration.aor;
    const headers = ['Event: presence', `Expires: ${this.expiresSeconds}`, ...(this.etag === null ? [] : [`SIP-If-Match: ${this.etag}`])];
    const body = { contentDisposition: 'render', contentType: pidfContentType, content: buildPidf(aor.toString(), presence) };
    const message = core.makeOutgoingRequestMessage('PUBLISH', aor, aor, aor, {}, headers, body);
    this.inFlight = true;
    const current = () => userAgent === this.userAgent && this.inFlight;
    const refused = (response: IncomingResponse) => {
      if (!current()) return;
      this.inFlight = false;
      this.refused(userAgent, response.message.statusCode ?? 500);
    };
    core.publish(message, {
      onAccept: (response) => {
        if (!current()) return;
        this.inFlight = false;
        this.etag = response.message.getHeader('SIP-ETag') ?? null;
        this.accepted = presence;
        this.failures = 0;
        const granted = Number(response.message.getHeader('Expires'));
        this.scheduleRefresh(Number.isFinite(granted) && granted > 0 ? granted : this.expiresSeconds);
        this.setStatus({ status: 'published', at: Date.now() });
        this.flush();
      },
      onReject: refused,
      onRedirect: refused,
    });
  }

  private refused(userAgent: UserAgent, code: number): void {
    // 412: the server no longer has our publication (it expired, or the server restarted): start a new one.
    if (code === 412 && this.etag !== null) {
      this.forgetPublication();
      return this.flush();
    }
    this.forgetPublication();
    const delay = Math.min(maxRetryMs, firstRetryMs * 2 ** this.failures);
    console.warn(`The agent's presence was refused (${code}); published again in ${Math.round(delay / 1000)} s.`);
    this.failures += 1;
    this.setStatus({ status: 'failed', problem: problemOfStatus(code), retryAt: Date.now() + delay });
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (userAgent === this.userAgent) this.flush();
    }, delay);
  }

  /** Before the publication runs out, the full document again (a body-less refresh reaches watchers as an empty NOTIFY). */
  private scheduleRefresh(grantedSeconds: number): void {
    this.clearTimer('refresh');
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = null;
      const userAgent = this.userAgent;
      const accepted = this.accepted;
      if (!userAgent || !accepted || this.inFlight) return;
      this.send(userAgent, this.wanted ?? accepted);
    }, grantedSeconds * refreshShare * 1000);
  }

  private clearTimer(which: 'refresh' | 'retry'): void {
    const timer = which === 'refresh' ? this.refreshTimer : this.retryTimer;
    if (timer) clearTimeout(timer);
    if (which === 'refresh') this.refreshTimer = null;
    else this.retryTimer = null;
  }

  private setStatus(status: PublishingStatus): void {
    if (status.status === 'not-published' && this.status.status === 'not-published') return;
    this.status = status;
    this.listeners.forEach((listener) => listener());
  }
}
