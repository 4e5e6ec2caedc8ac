import type { WrapUpSave } from '@shared/domain/wrap-up';
import { inTransaction, type Store } from '../../store/connection';
import { findCall, replaceCallRootCauses, setCallWrapUp } from '../../store/queries/calls';
import { isActiveCode } from '../../store/queries/wrap-up';
import { addNote } from '../notes/add-note';
import { addPromise } from '../promises/promise-store';
import { enqueue } from '../sync/outbox';
import { discardWrapUpDraft } from './wrap-up-drafts';

export type WrapUpProblem =
  | { problem: 'no-call' }
  | { problem: 'unknown-code'; list: 'disposition' | 'root-cause'; code: string }
  /** Notes and promises belong to a customer: the agent must say who called first. */
  | { problem: 'no-customer'; for: 'note' | 'promises' };

export interface WrapUpSaved {
  customerId: number | null;
  noteId: number | null;
  promiseIds: number[];
}

function findProblem(store: Store, wrapUp: WrapUpSave, customerId: number | null): WrapUpProblem | null {
  if (wrapUp.dispositionCode !== null && !isActiveCode(store, 'disposition', wrapUp.dispositionCode)) {
    return { problem: 'unknown-code', list: 'disposition', code: wrapUp.dispositionCode };
  }
  const unknownCause = wrapUp.rootCauses.find((code) => !isActiveCode(store, 'root-cause', code));
  if (unknownCause !== undefined) return { problem: 'unknown-code', list: 'root-cause', code: unknownCause };
  if (customerId === null && wrapUp.note !== '') return { problem: 'no-customer', for: 'note' };
  if (customerId === null && wrapUp.promises.length > 0) return { problem: 'no-customer', for: 'promises' };
  return null;
}

/**
 * Records what a call leaves behind, all or nothing: its codes and the
 * customer's want and our offer on the interaction, the note (its draft is
 * then done), and the promises made. Saving again (the agent corrects a code)
 * replaces the codes and adds what is new.
 */
export function saveWrapUp(store: Store, wrapUp: WrapUpSave, now = Date.now()): WrapUpSaved | WrapUpProblem {
  return inTransaction(store, (): WrapUpSaved | WrapUpProblem => {
    const call = findCall(store, wrapUp.interactionId);
    if (!call) return { problem: 'no-call' };
    const problem = findProblem(store, wrapUp, call.customerId);
    if (problem) return problem;

    setCallWrapUp(store, wrapUp.interactionId, { dispositionCode: wrapUp.dispositionCode, customerWanted: wrapUp.customerWanted || null, weOffered: wrapUp.weOffered || null, wrappedUpAt: now });
    replaceCallRootCauses(store, wrapUp.interactionId, [...new Set(wrapUp.rootCauses)]);

    const customerId = call.customerId;
    const noteId = customerId !== null && wrapUp.note !== '' ? addNote(store, { customerId, interactionId: wrapUp.interactionId, author: wrapUp.author, body: wrapUp.note }, now) : null;
    discardWrapUpDraft(store, wrapUp.interactionId);
    const promiseIds = customerId === null ? [] : wrapUp.promises.map((promise) => addPromise(store, customerId, wrapUp.interactionId, promise, now));
    // The wrap-up travels to the CRM as the call's interaction (disposition, root causes, wanted and offered).
    enqueue(store, { kind: 'interaction', localId: wrapUp.interactionId }, now);
    return { customerId, noteId, promiseIds };
  });
}
