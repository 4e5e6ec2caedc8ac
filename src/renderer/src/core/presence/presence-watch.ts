import type { UserAgent } from 'sip.js';
import { EventSubscription } from './event-subscription';
import { initialAgentWatch, withDialogNotify, withDialogProblem, withPresenceNotify, withPresenceProblem, type AgentWatch } from './agent-watch';
import { pidfContentType } from './pidf';
import type { XmlParser } from './xml-parser';

export interface WatchedAgent {
  id: string;
  /** `user@domain`, as the roster keeps it. */
  sipAddress: string;
}

/** How long each subscription is asked for (the server may shorten it); sip.js refreshes before it runs out. */
const subscriptionExpiresSeconds = 600;
/**
 * NOTIFYs come in bursts (a shift starting, a queue flooding: hundreds of
 * agents change within a second). What they change is handed on at most this
 * often, so the board renders once per burst, not once per NOTIFY.
 */
const presenceBatchMs = 50;

/**
 * A supervisor's console watching agents: for each, a `presence`
 * subscription (their state) and a `dialog` one (RFC 4235: their calls, from
 * the SIP server itself). What is known is one immutable map, replaced once
 * per batch of changes, for React to read.
 */
export class PresenceWatch {
  private watches: ReadonlyMap<string, AgentWatch> = new Map();
  /** Changes not yet handed on: a copy of `watches` with them applied, made at the first change of a batch. */
  private pending: Map<string, AgentWatch> | null = null;
  private batchTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly subscriptions: EventSubscription[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly userAgent: UserAgent,
    private readonly agents: readonly WatchedAgent[],
    private readonly parser: XmlParser,
  ) {
    this.watches = new Map(agents.map((agent) => [agent.id, initialAgentWatch]));
  }

  /** Subscribes for every agent (again, after a stop: React may start an effect twice). */
  start(): void {
    this.stop();
    for (const agent of this.agents) {
      const target = `sip:${agent.sipAddress}`;
      this.subscriptions.push(
        new EventSubscription(this.userAgent, target, 'presence', pidfContentType, subscriptionExpiresSeconds, {
          onNotify: (body, at) => this.update(agent.id, (watch) => withPresenceNotify(watch, body, at, this.parser)),
          onProblem: (problem) => this.update(agent.id, (watch) => withPresenceProblem(watch, problem)),
        }),
        new EventSubscription(this.userAgent, target, 'dialog', 'application/dialog-info+xml', subscriptionExpiresSeconds, {
          onNotify: (body, at) => this.update(agent.id, (watch) => withDialogNotify(watch, body, at, this.parser, this.userAgent.configuration.uri.user ?? null)),
          onProblem: (problem) => this.update(agent.id, (watch) => withDialogProblem(watch, problem)),
        }),
      );
    }
    this.subscriptions.forEach((subscription) => subscription.start());
  }

  getWatches = (): ReadonlyMap<string, AgentWatch> => this.watches;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Ends every subscription (the board was closed, or the phone's user agent changed). */
  stop(): void {
    this.subscriptions.forEach((subscription) => subscription.stop());
    this.subscriptions.length = 0;
    this.handOn();
  }

  private update(agentId: string, change: (watch: AgentWatch) => AgentWatch): void {
    const current = this.pending ?? this.watches;
    const before = current.get(agentId);
    if (!before) return;
    const after = change(before);
    if (after === before) return;
    this.pending ??= new Map(this.watches);
    this.pending.set(agentId, after);
    this.batchTimer ??= setTimeout(() => this.handOn(), presenceBatchMs);
  }

  private handOn(): void {
    if (this.batchTimer) clearTimeout(this.batchTimer);
    this.batchTimer = null;
    if (this.pending === null) return;
    this.watches = this.pending;
    this.pending = null;
    this.listeners.forEach((listener) => listener());
  }
}
