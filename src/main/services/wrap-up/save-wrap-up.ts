import { eq } from 'drizzle-orm';
import type { WrapUpSave } from '@shared/domain/wrap-up';
import type { Store } from '../../store/database';
import { interactionRootCauses, interactions } from '../../store/schema';
import { addNote } from '../notes/add-note';
import { addPromise } from '../promises/promise-store';
import { isActiveDisposition, isActiveRootCause } from './wrap-up-codes';
import { discardWrapUpDraft } from './wrap-up-drafts';
import { enqueue } from '../sync/outbox';

export type WrapUpProblem =
  | { problem: 'no-call' }
  | { problem: 'unknown-code'; field: string; code: string }
  /** Notes and promises belong to a customer: the agent must say who called first. */
  | { problem: 'no-customer'; field: string };

export interface WrapUpSaved {
  customerId: number | null;
  noteId: number | null;
  promiseIds: number[];
}

function findProblem(store: Store, wrapUp: WrapUpSave, customerId: number | null): WrapUpProblem | null {
  if (wrapUp.dispositionCode !== null && !isActiveDisposition(store.sqlite, wrapUp.dispositionCode)) {
    return { problem: 'unknown-code', field: 'dispositionCode', code: wrapUp.dispositionCode };
  }
  const unknownCause = wrapUp.rootCauses.findIndex((code) => !isActiveRootCause(store.sqlite, code));
  if (unknownCause >= 0) return { problem: 'unknown-code', field: `rootCauses.${unknownCause}`, code: wrapUp.rootCauses[unknownCause] ?? '' };
  if (customerId === null && wrapUp.note !== '') return { problem: 'no-customer', field: 'note' };
  if (customerId === null && wrapUp.promises.length > 0) return { problem: 'no-customer', field: 'promises' };
  return null;
}

/**
 * Records what a call leaves behind, all or nothing: its codes and the
 * customer's want and our offer on the interaction, the note (its draft is
 * then done), and the promises made. Saving again (the agent corrects a code)
 * replaces the codes and adds what is new.
 */
export function saveWrapUp(store: Store, wrapUp: WrapUpSave, now = Date.now()): WrapUpSaved | WrapUpProblem {
  const { orm } = store;
  return store.sqlite.transaction((): WrapUpSaved | WrapUpProblem => {
    const call = orm.select({ customerId: interactions.customerId }).from(interactions).where(eq(interactions.id, wrapUp.interactionId)).get();
    if (!call) return { problem: 'no-call' };
    const problem = findProblem(store, wrapUp, call.customerId);
    if (problem) return problem;

    orm
      .update(interactions)
      .set({ dispositionCode: wrapUp.dispositionCode, customerWanted: wrapUp.customerWanted || null, weOffered: wrapUp.weOffered || null, wrappedUpAt: now })
      .where(eq(interactions.id, wrapUp.interactionId))
      .run();
    orm.delete(interactionRootCauses).where(eq(interactionRootCauses.interactionId, wrapUp.interactionId)).run();
    const causes = [...new Set(wrapUp.rootCauses)];
    if (causes.length > 0) orm.insert(interactionRootCauses).values(causes.map((code) => ({ interactionId: wrapUp.interactionId, code }))).run();

    const customerId = call.customerId;
    const noteId = customerId !== null && wrapUp.note !== '' ? addNote(store, { customerId, interactionId: wrapUp.interactionId, author: wrapUp.author, body: wrapUp.note }, now) : null;
    discardWrapUpDraft(store.sqlite, wrapUp.interactionId);
    const promiseIds = customerId === null ? [] : wrapUp.promises.map((promise) => addPromise(store, customerId, wrapUp.interactionId, promise, now));
    // The wrap-up travels to the CRM as the call's interaction (disposition, root causes, wanted and offered).
    enqueue(store.sqlite, { kind: 'interaction', localId: wrapUp.interactionId }, now);
    return { customerId, noteId, promiseIds };
  })();
}
