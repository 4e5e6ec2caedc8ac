import type { CallContext } from '../../core/calls/call-contexts';

/** What the screen pop knows of the call in view: which call, and whom the store (or the agent) said it is with. */
export interface CallCustomer {
  sipCallId: string;
  /** null while the store has not answered yet. */
  matches: readonly number[] | null;
  customerId: number | null;
}

/** A customer the agent opened by hand (search, a reminder), and the call situation it was opened in. */
export interface ManualChoice {
  customerId: number;
  situation: string;
}

/** The call situation a manual choice belongs to: a new call, or the call's customer becoming known, ends it. */
export function callSituation(call: CallCustomer | null): string {
  if (call === null) return 'no-call';
  return `${call.sipCallId}|${call.matches === null ? 'looking-up' : 'known'}|${call.customerId ?? 'nobody'}`;
}

/**
 * Whose card is on screen — decided here and nowhere else. The customer of
 * a call opens as soon as the store says who it is (before the agent
 * answers). A caller nobody has, or a number several customers share, clears
 * the last customer's card: the question "who is calling" must never sit on
 * top of someone else's history. The agent may open anyone meanwhile, until
 * the next call (or this call's customer becoming known) pops again.
 */
export function customerOnScreen(call: CallCustomer | null, manual: ManualChoice | null): number | null {
  const situation = callSituation(call);
  if (manual !== null && manual.situation === situation) return manual.customerId;
  if (call === null) return null;
  // Still looking the caller up: what was on screen stays until the store answers (a few milliseconds).
  if (call.matches === null) return manual?.customerId ?? null;
  return call.customerId;
}

export function callCustomerOf(context: CallContext | null): CallCustomer | null {
  return context === null ? null : { sipCallId: context.sipCallId, matches: context.matches, customerId: context.customerId };
}
