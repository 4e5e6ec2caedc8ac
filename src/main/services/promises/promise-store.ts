import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { CustomerPromise } from '@shared/domain/customer';
import type { PromiseFields, PromiseUpdate } from '@shared/domain/wrap-up';
import type { Orm, Store } from '../../store/database';
import { preparedPerDatabase } from '../../store/prepared';
import { promises } from '../../store/schema';
import { promiseFields } from '../customers/profile';
import { enqueue } from '../sync/outbox';

/** A promise with whose it is: reminders open that customer, changes tell that customer's card. */
export type CustomerOwnedPromise = CustomerPromise & { customerId: number };

const ownedFields = { ...promiseFields, customerId: promises.customerId };

const dueSoonStatement = preparedPerDatabase((orm: Orm) =>
  orm
    .select(ownedFields)
    .from(promises)
    .where(and(eq(promises.status, 'open'), eq(promises.ownerName, sql.placeholder('ownerName')), lte(promises.dueAt, sql.placeholder('until'))))
    .orderBy(asc(promises.dueAt), asc(promises.id))
    .prepare(),
);

/**
 * Every promise the console makes or changes goes through this file, and
 * into the CRM's outbox with it (saved together or not at all).
 */
export function addPromise(store: Store, customerId: number, interactionId: number | null, promise: PromiseFields, now = Date.now()): number {
  return store.sqlite.transaction(() => {
    const [row] = store.orm
      .insert(promises)
      .values({ ...promise, customerId, interactionId, status: 'open', statusChangedAt: now, createdAt: now })
      .returning({ id: promises.id })
      .all();
    if (!row) throw new Error('The promise was not stored');
    enqueue(store.sqlite, { kind: 'promise', localId: row.id }, now);
    return row.id;
  })();
}

/** What, who or when changed (the customer was told a new time, another team took it over). */
export function updatePromise(store: Store, { promiseId, changes }: PromiseUpdate, now = Date.now()): CustomerOwnedPromise | null {
  return changePromise(store, promiseId, changes, now);
}

/** Kept, broken or cancelled: the promise leaves the open list, and when is remembered. */
export function setPromiseStatus(store: Store, promiseId: number, status: 'kept' | 'broken' | 'cancelled', now = Date.now()): CustomerOwnedPromise | null {
  return changePromise(store, promiseId, { status, statusChangedAt: now }, now);
}

function changePromise(store: Store, promiseId: number, changes: Partial<typeof promises.$inferInsert>, now: number): CustomerOwnedPromise | null {
  return store.sqlite.transaction(() => {
    if (Object.keys(changes).length === 0) return findPromise(store.orm, promiseId);
    const changed = store.orm.update(promises).set(changes).where(eq(promises.id, promiseId)).run();
    if (changed.changes > 0) enqueue(store.sqlite, { kind: 'promise', localId: promiseId }, now);
    return findPromise(store.orm, promiseId);
  })();
}

function findPromise(orm: Orm, promiseId: number): CustomerOwnedPromise | null {
  return orm.select(ownedFields).from(promises).where(eq(promises.id, promiseId)).get() ?? null;
}

/** Open promises this owner must keep within the next minutes (overdue ones included): the reminder's list. */
export function promisesDueSoon(orm: Orm, ownerName: string, withinMinutes: number, now = Date.now()): CustomerOwnedPromise[] {
  return dueSoonStatement(orm).all({ ownerName, until: now + withinMinutes * 60_000 });
}
