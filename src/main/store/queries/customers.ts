import { and, asc, count, eq, max, sql } from 'drizzle-orm';
import { inTransaction, type Store } from '../connection';
import { preparedPerDatabase } from '../prepared';
import { customerPhones, customers, customerTags, interactions, promises } from '../schema';
import { promiseFields } from './promises';

const customerId = sql.placeholder('customerId');

// The card opens on every screen pop: its queries are prepared once per database.
const statements = preparedPerDatabase((store: Store) => ({
  customer: store.orm
    .select({
      id: customers.id,
      firstName: customers.firstName,
      lastName: customers.lastName,
      displayName: customers.displayName,
      company: customers.company,
      email: customers.email,
      tier: customers.tier,
      preferredLanguage: customers.preferredLanguage,
      preferredTone: customers.preferredTone,
    })
    .from(customers)
    .where(eq(customers.id, customerId))
    .prepare(),
  tags: store.orm.select({ tag: customerTags.tag }).from(customerTags).where(eq(customerTags.customerId, customerId)).orderBy(asc(customerTags.tag)).prepare(),
  phones: store.orm
    .select({ e164: customerPhones.e164, label: customerPhones.label })
    .from(customerPhones)
    .where(eq(customerPhones.customerId, customerId))
    .orderBy(asc(customerPhones.id))
    .prepare(),
  openPromises: store.orm
    .select(promiseFields)
    .from(promises)
    .where(and(eq(promises.customerId, customerId), eq(promises.status, 'open')))
    .orderBy(asc(promises.dueAt), asc(promises.id))
    .prepare(),
  calls: store.orm
    .select({ callCount: count(), lastContactAt: max(interactions.startedAt) })
    .from(interactions)
    .where(eq(interactions.customerId, customerId))
    .prepare(),
}));

export function findCustomer(store: Store, id: number) {
  return statements(store).customer.get({ customerId: id });
}

export function customerTagsOf(store: Store, id: number): string[] {
  return statements(store).tags.all({ customerId: id }).map((row) => row.tag);
}

export function customerPhonesOf(store: Store, id: number): { e164: string; label: string | null }[] {
  return statements(store).phones.all({ customerId: id });
}

export function openPromisesOf(store: Store, id: number) {
  return statements(store).openPromises.all({ customerId: id });
}

export function customerCallSummary(store: Store, id: number): { callCount: number; lastContactAt: number | null } {
  const calls = statements(store).calls.get({ customerId: id });
  return { callCount: calls?.callCount ?? 0, lastContactAt: calls?.lastContactAt ?? null };
}

export function customerExists(store: Store, id: number): boolean {
  return store.orm.select({ id: customers.id }).from(customers).where(eq(customers.id, id)).get() !== undefined;
}

export function countCustomers(store: Store): number {
  return store.orm.select({ customers: count() }).from(customers).get()?.customers ?? 0;
}

/** A customer with their first phone number, stored together. */
export function insertCustomer(store: Store, customer: typeof customers.$inferInsert, e164: string): number {
  return inTransaction(store, () => {
    const [row] = store.orm.insert(customers).values(customer).returning({ id: customers.id }).all();
    if (!row) throw new Error('The customer was not stored');
    store.orm.insert(customerPhones).values({ customerId: row.id, e164 }).run();
    return row.id;
  });
}
