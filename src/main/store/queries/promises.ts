import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { CustomerPromise } from '@shared/domain/customer';
import type { Store } from '../connection';
import { preparedPerDatabase } from '../prepared';
import { promises } from '../schema';

type PromiseRow = typeof promises.$inferSelect;
/** A promise with whose it is: reminders open that customer, changes tell that customer's card. */
export type CustomerOwnedPromise = CustomerPromise & { customerId: number };

/** The columns of a promise as the contract shows it. */
export const promiseFields = {
  id: promises.id,
  description: promises.description,
  ownerType: promises.ownerType,
  ownerName: promises.ownerName,
  dueAt: promises.dueAt,
  status: promises.status,
  createdAt: promises.createdAt,
};

const ownedFields = { ...promiseFields, customerId: promises.customerId };

const statements = preparedPerDatabase((store: Store) => ({
  dueSoon: store.orm
    .select(ownedFields)
    .from(promises)
    .where(and(eq(promises.status, 'open'), eq(promises.ownerName, sql.placeholder('ownerName')), lte(promises.dueAt, sql.placeholder('until'))))
    .orderBy(asc(promises.dueAt), asc(promises.id))
    .prepare(),
  // The customer card's timeline reads promises one by one.
  promise: store.orm.select(promiseFields).from(promises).where(eq(promises.id, sql.placeholder('id'))).prepare(),
  // And every promise's outbox entry reads the whole row.
  row: store.orm.select().from(promises).where(eq(promises.id, sql.placeholder('id'))).prepare(),
}));

export function insertPromise(store: Store, promise: typeof promises.$inferInsert): number {
  const [row] = store.orm.insert(promises).values(promise).returning({ id: promises.id }).all();
  if (!row) throw new Error('The promise was not stored');
  return row.id;
}

export type PromiseChanges = Partial<typeof promises.$inferInsert>;

/** True when the promise exists (and now has the changes). */
export function updatePromiseRow(store: Store, id: number, changes: PromiseChanges): boolean {
  return store.orm.update(promises).set(changes).where(eq(promises.id, id)).run().changes > 0;
}

export function findPromiseRow(store: Store, id: number): PromiseRow | undefined {
  return statements(store).row.get({ id });
}

export function findPromise(store: Store, id: number): CustomerPromise | undefined {
  return statements(store).promise.get({ id });
}

export function findOwnedPromise(store: Store, id: number): CustomerOwnedPromise | undefined {
  return store.orm.select(ownedFields).from(promises).where(eq(promises.id, id)).get();
}

/** Open promises of this owner due by `until` (overdue ones included), soonest first. */
export function openPromisesDueBy(store: Store, ownerName: string, until: number): CustomerOwnedPromise[] {
  return statements(store).dueSoon.all({ ownerName, until });
}
