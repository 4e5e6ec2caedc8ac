import { fail } from '@shared/contract/error';
import type { Handlers } from '@shared/contract/dispatcher';
import type { Store } from '../../store/connection';
import type { Emit } from '../service-context';
import type { CustomerOwnedPromise } from '../../store/queries/promises';
import { promisesDueSoon, setPromiseStatus, updatePromise } from '../promises/promise-store';
import { saveWrapUp } from './save-wrap-up';
import { listPendingWrapUps, saveWrapUpDraft } from './wrap-up-drafts';
import { listWrapUpCodes } from './wrap-up-codes';

type WrapUpMethods = 'wrap-up.codes' | 'wrap-up.draft.save' | 'wrap-up.pending' | 'wrap-up.save' | 'promises.update' | 'promises.set-status' | 'promises.due-soon';

/** The contract's wrap-up methods: notes, codes and promises a call leaves behind. */
export function wrapUpHandlers(store: Store, emit: Emit): Pick<Handlers, WrapUpMethods> {
  const announce = (promise: CustomerOwnedPromise | null, promiseId: number) => {
    if (!promise) return fail({ code: 'promise_not_found', promiseId });
    emit('customers.changed', { customerId: promise.customerId });
    return promise;
  };
  return {
    'wrap-up.codes': () => listWrapUpCodes(store),
    'wrap-up.draft.save': ({ interactionId, draft }) => {
      const savedAt = Date.now();
      // A stale draft of a call already wrapped up is acknowledged (the page may forget it) and not kept.
      return saveWrapUpDraft(store, interactionId, draft, savedAt) !== 'no-call'
        ? { savedAt }
        : fail({ code: 'call_not_found', interactionId });
    },
    'wrap-up.pending': () => ({ pending: listPendingWrapUps(store) }),
    'wrap-up.save': (wrapUp) => {
      const saved = saveWrapUp(store, wrapUp);
      if (!('problem' in saved)) {
        if (saved.customerId !== null) emit('customers.changed', { customerId: saved.customerId });
        return { noteId: saved.noteId, promiseIds: saved.promiseIds };
      }
      switch (saved.problem) {
        case 'no-call':
          return fail({ code: 'call_not_found', interactionId: wrapUp.interactionId });
        case 'unknown-code':
          return fail({ code: 'unknown_code', list: saved.list, given: saved.code });
        case 'no-customer':
          return fail({ code: 'needs_customer', for: saved.for });
      }
    },
    'promises.update': (update) => announce(updatePromise(store, update), update.promiseId),
    'promises.set-status': ({ promiseId, status }) => announce(setPromiseStatus(store, promiseId, status), promiseId),
    'promises.due-soon': ({ ownerName, withinMinutes }) => ({ promises: promisesDueSoon(store, ownerName, withinMinutes) }),
  };
}
