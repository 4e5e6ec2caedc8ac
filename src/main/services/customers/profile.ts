import { and, asc, count, eq, max, sql } from 'drizzle-orm';
import type { CustomerProfile } from '@shared/domain/customer';
import type { Orm } from '../../store/database';
import { preparedPerDatabase } from '../../store/prepared';
import { customerPhones, customers, customerTags, interactions, promises } from '../../store/schema';

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

const customerId = sql.placeholder('customerId');

const statements = preparedPerDatabase((orm: Orm) => ({
  customer: orm
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
  tags: orm.select({ tag: customerTags.tag }).from(customerTags).where(eq(customerTags.customerId, customerId)).orderBy(asc(customerTags.tag)).prepare(),
  phones: orm
    .select({ e164: customerPhones.e164, label: customerPhones.label })
    .from(customerPhones)
    .where(eq(customerPhones.customerId, customerId))
    .orderBy(asc(customerPhones.id))
    .prepare(),
  openPromises: orm
    .select(promiseFields)
    .from(promises)
    .where(and(eq(promises.customerId, customerId), eq(promises.status, 'open')))
    .orderBy(asc(promises.dueAt), asc(promises.id))
    .prepare(),
  calls: orm
    .select({ callCount: count(), lastContactAt: max(interactions.startedAt) })
    .from(interactions)
    .where(eq(interactions.customerId, customerId))
    .prepare(),
}));

export function getCustomerProfile(orm: Orm, id: number): CustomerProfile | null {
  const prepared = statements(orm);
  const customer = prepared.customer.get({ customerId: id });
  if (!customer) return null;
  const calls = prepared.calls.get({ customerId: id });
  return {
    ...customer,
    tags: prepared.tags.all({ customerId: id }).map((row) => row.tag),
    phones: prepared.phones.all({ customerId: id }),
    openPromises: prepared.openPromises.all({ customerId: id }),
    callCount: calls?.callCount ?? 0,
    lastContactAt: calls?.lastContactAt ?? null,
  };
}
