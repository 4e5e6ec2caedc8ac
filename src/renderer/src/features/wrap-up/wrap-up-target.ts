import { emptyWrapUpDraft, type PendingWrapUp, type WrapUpDraft } from '@shared/domain/wrap-up';
import type { CallContext } from '../../core/calls/call-contexts';

/** The call a wrap-up is written for: the phone's current one, or one left unfinished when the console stopped. */
export interface WrapUpTarget {
  interactionId: number;
  customerId: number | null;
  remote: string;
  /** The wrap-up as main last saved it. */
  draft: WrapUpDraft;
  /** Still going on: the form can be filled, but is saved once the call is over. */
  live: boolean;
  /** The phone's current call (its end puts the agent in wrap-up), not one from before. */
  current: boolean;
}

export function pickWrapUpTarget(context: CallContext | null, pending: PendingWrapUp[], finished: ReadonlySet<number>): WrapUpTarget | null {
  if (context?.interactionId != null && !finished.has(context.interactionId)) {
    const { interactionId, customerId, remote, e164, ended } = context;
    return { interactionId, customerId, remote: e164 ?? remote, draft: pending.find((call) => call.interactionId === interactionId)?.draft ?? emptyWrapUpDraft, live: !ended, current: true };
  }
  const left = pending.find((call) => !finished.has(call.interactionId) && call.interactionId !== context?.interactionId);
  if (!left) return null;
  return { interactionId: left.interactionId, customerId: left.customerId, remote: left.remote, draft: left.draft, live: false, current: false };
}
