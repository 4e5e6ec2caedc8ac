import type { PromiseFields, PromiseUpdate } from '@shared/domain/wrap-up';
import { inTransaction, type Store } from '../../store/connection';
import { findOwnedPromise, insertPromise, openPromisesDueBy, updatePromiseRow, type CustomerOwnedPromise, type PromiseChanges } from '../../store/queries/promises';
import { enqueue } from '../sync/outbox';

/**
 * Every promise the console makes or changes goes through this file, and
 * into the CRM's outbox with it (saved together or not at all).
 */
export function addPromise(store: Store, customerId: number, interactionId: number | null, promise: PromiseFields, now = Date.now()): number {
  return inTransaction(store, () => {
    const id = insertPromise(store, { ...promise, customerId, interactionId, status: 'open', statusChangedAt: now, createdAt: now });
    enqueue(store, { kind: 'promise', localId: id }, now);
    return id;
  });
}

/** What, who or when changed (the customer was told a new time, another team took it over). */
export function updatePromise(store: Store, { promiseId, changes }: PromiseUpdate, now = Date.now()): CustomerOwnedPromise | null {
  return changePromise(store, promiseId, changes, now);
}

/** Kept, broken or cancelled: the promise leaves the open list, and when is remembered. */
export function setPromiseStatus(store: Store, promiseId: number, status: 'kept' | 'broken' | 'cancelled', now = Date.now()): CustomerOwnedPromise | null {
  return changePromise(store, promiseId, { status, statusChangedAt: now }, now);
}

function changePromise(store: Store, promiseId: number, changes: PromiseChanges, now: number): CustomerOwnedPromise | null {
  return inTransaction(store, () => {
    if (Object.keys(changes).length > 0 && updatePromiseRow(store, promiseId, changes)) enqueue(store, { kind: 'promise', localId: promiseId }, now);
    return findOwnedPromise(store, promiseId) ?? null;
  });
}

/** Open promises this owner must keep within the next minutes (overdue ones included): the reminder's list. */
export function promisesDueSoon(store: Store, ownerName: string, withinMinutes: number, now = Date.now()): CustomerOwnedPromise[] {
  return openPromisesDueBy(store, ownerName, now + withinMinutes * 60_000);
}
