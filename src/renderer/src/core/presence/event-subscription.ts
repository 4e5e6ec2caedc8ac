import { UserAgent } from 'sip.js';
import { SubscriptionState as SubscriptionDialogState, type IncomingNotifyRequest, type IncomingResponse, type OutgoingSubscribeRequest, type Subscription } from 'sip.js/lib/core';
import { problemOfStatus, type WatchProblem } from './watch-problem';

export interface EventSubscriptionEvents {
  /** Every NOTIFY's body (empty when it had none), with when it arrived. */
  onNotify(body: string, receivedAt: number): void;
  /** The subscription was refused or never confirmed; it is tried again later on its own. */
  onProblem(problem: WatchProblem): void;
}

/** After a refusal the next attempt waits this long, doubling up to the maximum: never a tight loop against a server that says no. */
const firstRetryMs = 2_000;
const maxRetryMs = 120_000;
/** A subscription the server ended is made again after this pause (not at once: a server that ends each one straight away is not hammered). */
const renewAfterEndMs = 1_000;

/**
 * One RFC 6665 subscription (an event package of one agent) over sip.js's
 * core: its API Subscriber drops the status code of a refusal, which the
 * board must show. Refreshed by sip.js before it expires; when the server
 * ends it (terminated NOTIFY, a refresh refused after a restart) it is
 * made again a second later; when refused, after a growing delay.
 */
export class EventSubscription {
  private dialog: Subscription | null = null;
  private request: OutgoingSubscribeRequest | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private stopped = false;

  constructor(
    private readonly userAgent: UserAgent,
    private readonly target: string,
    private readonly event: 'presence' | 'dialog',
    private readonly accept: string,
    private readonly expiresSeconds: number,
    private readonly events: EventSubscriptionEvents,
  ) {}

  start(): void {
    const core = this.userAgent.userAgentCore;
    const uri = UserAgent.makeURI(this.target);
    if (!uri) return this.fail({ reason: 'not-found', code: null });
    const message = core.makeOutgoingRequestMessage('SUBSCRIBE', uri, core.configuration.aor, uri, {}, [
      `Event: ${this.event}`,
      `Accept: ${this.accept}`,
      `Expires: ${this.expiresSeconds}`,
      `Contact: ${core.configuration.contact.toString()}`,
    ]);
    const refused = (response: IncomingResponse) => this.fail(problemOfStatus(response.message.statusCode ?? 500));
    this.request = core.subscribe(message, {
      onReject: refused,
      onRedirect: refused,
      onNotify: ({ request, subscription }) => {
        if (subscription && this.dialog === null) this.adopt(subscription);
        this.receive(request);
      },
      onNotifyTimeout: () => this.fail({ reason: 'timeout', code: null }),
    });
  }

  stop(): void {
    this.stopped = true;
    this.clearRetry();
    this.request?.dispose();
    this.request = null;
    const dialog = this.dialog;
    this.dialog = null;
    if (!dialog) return;
    dialog.delegate = undefined;
    // Only a live subscription can be ended with Expires: 0; one the server already ended is just let go.
    if (dialog.subscriptionState === SubscriptionDialogState.Pending || dialog.subscriptionState === SubscriptionDialogState.Active) dialog.unsubscribe();
    else dialog.dispose();
  }

  private adopt(subscription: Subscription): void {
    this.dialog = subscription;
    subscription.autoRefresh = true;
    subscription.delegate = {
      onNotify: (request) => this.receive(request),
      onTerminated: () => {
        if (this.dialog !== subscription || this.stopped) return;
        this.dialog = null;
        this.request?.dispose();
        this.request = null;
        this.schedule(renewAfterEndMs);
      },
    };
  }

  private receive(request: IncomingNotifyRequest): void {
    request.accept();
    if (this.stopped) return;
    this.failures = 0;
    this.events.onNotify(request.message.body ?? '', Date.now());
  }

  private fail(problem: WatchProblem): void {
    if (this.stopped) return;
    this.request?.dispose();
    this.request = null;
    this.events.onProblem(problem);
    this.schedule(Math.min(maxRetryMs, firstRetryMs * 2 ** this.failures));
    this.failures += 1;
  }

  private schedule(delayMs: number): void {
    this.clearRetry();
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (!this.stopped) this.start();
    }, delayMs);
  }

  private clearRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }
}
