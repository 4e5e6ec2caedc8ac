import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { CustomerPromise } from '@shared/domain/customer';
import type { PromiseFields, PromiseUpdate } from '@shared/domain/wrap-up';
import type { Orm } from '../../store/database';
import { preparedPerDatabase } from '../../store/prepared';
import { promises } from '../../store/schema';
import { promiseFields } from '../customers/profile';

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
 * Every promise the console makes or changes goes through this file (the
 * one place a CRM sync hooks into for promises).
 */
export function addPromise(orm: Orm, customerId: number, interactionId: number | null, promise: PromiseFields, now = Date.now()): number {
  const [row] = orm
    .insert(promises)
    .values({ ...promise, customerId, interactionId, status: 'open', statusChangedAt: now, createdAt: now })
    .returning({ id: promises.id })
    .all();
  if (!row) throw new Error('The promise was not stored');
  return row.id;
}

/** What, who or when changed (the customer was told a new time, another team took it over). */
export function updatePromise(orm: Orm, { promiseId, changes }: PromiseUpdate): CustomerOwnedPromise | null {
  if (Object.keys(changes).length > 0) orm.update(promises).set(changes).where(eq(promises.id, promiseId)).run();
  return findPromise(orm, promiseId);
}

/** Kept, broken or cancelled: the promise leaves the open list, and when is remembered. */
export function setPromiseStatus(orm: Orm, promiseId: number, status: 'kept' | 'broken' | 'cancelled', now = Date.now()): CustomerOwnedPromise | null {
  orm.update(promises).set({ status, statusChangedAt: now }).where(eq(promises.id, promiseId)).run();
  return findPromise(orm, promiseId);
}

function findPromise(orm: Orm, promiseId: number): CustomerOwnedPromise | null {
  return orm.select(ownedFields).from(promises).where(eq(promises.id, promiseId)).get() ?? null;
}

/** Open promises this owner must keep within the next minutes (overdue ones included): the reminder's list. */
export function promisesDueSoon(orm: Orm, ownerName: string, withinMinutes: number, now = Date.now()): CustomerOwnedPromise[] {
  return dueSoonStatement(orm).all({ ownerName, until: now + withinMinutes * 60_000 });
}
