import type { CustomerProfile, CustomerPromise } from '@shared/domain/customer';
import type { Sqlite } from '../../store/database';
import { preparedPerDatabase } from '../../store/prepared';

type CustomerRow = Omit<CustomerProfile, 'tags' | 'phones' | 'openPromises' | 'callCount' | 'lastContactAt'>;

export const promiseColumns = `id, description, owner_type AS ownerType, owner_name AS ownerName,
  due_at AS dueAt, status, created_at AS createdAt`;

const statements = preparedPerDatabase((sqlite) => ({
  customer: sqlite.prepare<[number], CustomerRow>(
    `SELECT id, first_name AS firstName, last_name AS lastName, display_name AS displayName, company, email, tier,
            preferred_language AS preferredLanguage, preferred_tone AS preferredTone
     FROM customers WHERE id = ?`,
  ),
  tags: sqlite.prepare<[number], string>('SELECT tag FROM customer_tags WHERE customer_id = ? ORDER BY tag').pluck(),
  phones: sqlite.prepare<[number], CustomerProfile['phones'][number]>(
    'SELECT e164, label FROM customer_phones WHERE customer_id = ? ORDER BY id',
  ),
  openPromises: sqlite.prepare<[number], CustomerPromise>(
    `SELECT ${promiseColumns} FROM promises WHERE customer_id = ? AND status = 'open' ORDER BY due_at, id`,
  ),
  calls: sqlite.prepare<[number], { callCount: number; lastContactAt: number | null }>(
    'SELECT count(*) AS callCount, max(started_at) AS lastContactAt FROM interactions WHERE customer_id = ?',
  ),
}));

export function getCustomerProfile(sqlite: Sqlite, customerId: number): CustomerProfile | null {
  const prepared = statements(sqlite);
  const customer = prepared.customer.get(customerId);
  if (!customer) return null;
  const calls = prepared.calls.get(customerId) ?? { callCount: 0, lastContactAt: null };
  return {
    ...customer,
    tags: prepared.tags.all(customerId),
    phones: prepared.phones.all(customerId),
    openPromises: prepared.openPromises.all(customerId),
    ...calls,
  };
}
