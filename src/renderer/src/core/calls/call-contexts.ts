import type { CallRecord, CallStart } from '@shared/domain/call-record';
import type { PromiseFields } from '@shared/domain/wrap-up';
import type { ContractClient } from '@shared/contract/client';
import type { ContractError } from '@shared/contract/error';

/** What the console knows about one call beyond the phone: its interaction in the store and who is calling. */
export interface CallContext {
  sipCallId: string;
  direction: CallStart['direction'];
  /** The other party as SIP gave it. */
  remote: string;
  /** The number or queue the call is for (what was dialled, or the address an incoming call was sent to): scripts are chosen by it. */
  dialed: string;
  /** The agent's own SIP user: an incoming call sent straight to it came through no queue. */
  local: string;
  /** The same number in E.164 as the store reads it (null until main answered, or when it is no phone number). */
  e164: string | null;
  /** The interaction the call's start created; null until main has answered (or if it could not). */
  interactionId: number | null;
  /** The customers whose number it is; null until looked up. */
  matches: number[] | null;
  /** Who the call is with: the only match, or the agent's choice; null when unknown. */
  customerId: number | null;
  ended: boolean;
  /** Promises the agent has written down on this call so far (the wrap-up form, before it is saved): the script's closing sums them up. */
  promisesMade: readonly PromiseFields[];
  /** Why the call could not be stored (the UI words it); the call itself goes on. */
  error: ContractError | null;
}

/** Calls remembered after they end: wrap-up and the customer card still need the last few. */
const keptCalls = 20;

/**
 * The calls of this console and their context, keyed by SIP Call-ID: fed by
 * the phone (start, end), answered by main (interaction, matching
 * customers), and by the agent (who is calling). The UI reads it; nothing
 * here touches sip.js.
 */
export class CallContexts {
  private contexts = new Map<string, CallContext>();
  private readonly listeners = new Set<() => void>();

  constructor(private readonly contract: ContractClient) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get = (sipCallId: string): CallContext | null => this.contexts.get(sipCallId) ?? null;

  async started(start: CallStart, dialed: string): Promise<void> {
    const { sipCallId, direction, remote, local } = start;
    this.set({ sipCallId, direction, remote, dialed, local, e164: null, interactionId: null, matches: null, customerId: null, ended: false, error: null, promisesMade: [] });
    const result = await this.contract.call('calls.start', start);
    if (!result.ok) return this.update(sipCallId, { matches: [], error: result.error });
    const { interactionId, customerIds, e164 } = result.value;
    this.update(sipCallId, { interactionId, e164, matches: customerIds, customerId: customerIds.length === 1 ? (customerIds[0] ?? null) : null });
  }

  async ended(record: CallRecord): Promise<void> {
    const result = await this.contract.call('calls.record', record);
    if (!result.ok) {
      console.error('A call could not be recorded:', result.error);
      return this.update(record.sipCallId, { ended: true, error: result.error });
    }
    const known = this.contexts.get(record.sipCallId);
    const { interactionId, customerId } = result.value;
    if (known) this.update(record.sipCallId, { ended: true, interactionId, customerId: known.customerId ?? customerId });
  }

  /** The agent said who is calling: the call (and what it leaves behind) is theirs. `not-stored`: main has not stored the call (yet). */
  async choose(sipCallId: string, customerId: number): Promise<ContractError | 'not-stored' | null> {
    const context = this.contexts.get(sipCallId);
    if (!context?.interactionId) return 'not-stored';
    const result = await this.contract.call('calls.link-customer', { interactionId: context.interactionId, customerId });
    if (!result.ok) return result.error;
    this.update(sipCallId, { customerId });
    return null;
  }

  /** The wrap-up form's promises for this call changed (typed, not yet saved). */
  notePromisesMade(interactionId: number, promises: readonly PromiseFields[]): void {
    const context = [...this.contexts.values()].find((candidate) => candidate.interactionId === interactionId);
    if (context && !samePromises(context.promisesMade, promises)) this.update(context.sipCallId, { promisesMade: promises });
  }

  private set(context: CallContext): void {
    const next = new Map(this.contexts).set(context.sipCallId, context);
    // Oldest first in a Map: drop the calls nobody will look at again.
    while (next.size > keptCalls) next.delete(next.keys().next().value as string);
    this.contexts = next;
    this.listeners.forEach((listener) => listener());
  }

  private update(sipCallId: string, change: Partial<CallContext>): void {
    const context = this.contexts.get(sipCallId);
    if (context) this.set({ ...context, ...change });
  }
}

function samePromises(a: readonly PromiseFields[], b: readonly PromiseFields[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
