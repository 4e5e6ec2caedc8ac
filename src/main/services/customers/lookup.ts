import type { Sqlite } from '../../store/database';
import { preparedPerDatabase } from '../../store/prepared';

const statements = preparedPerDatabase((sqlite: Sqlite) => ({
  idsByPhone: sqlite
    .prepare<[string], number>('SELECT customer_id FROM customer_phones WHERE e164 = ? ORDER BY customer_id')
    .pluck(),
}));

/** Customers who own this E.164 number (several when a number is shared, e.g. a family line). */
export function findCustomerIdsByPhone(sqlite: Sqlite, e164: string): number[] {
  return statements(sqlite).idsByPhone.all(e164);
}
