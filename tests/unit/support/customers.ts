import type { Sqlite } from '../../../src/main/store/connection';

export interface CustomerFixture {
  firstName: string;
  lastName: string;
  company?: string;
  email?: string;
  tier?: 'standard' | 'key' | 'vip';
  phones?: string[];
  tags?: string[];
}

/** Adds one customer the way a sync or an import would, returning its id. */
export function addCustomer(sqlite: Sqlite, customer: CustomerFixture, now = Date.now()): number {
  const { lastInsertRowid } = sqlite
    .prepare(
      `INSERT INTO customers (first_name, last_name, display_name, company, email, tier, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      customer.firstName,
      customer.lastName,
      `${customer.firstName} ${customer.lastName}`,
      customer.company ?? null,
      customer.email ?? null,
      customer.tier ?? 'standard',
      now,
      now,
    );
  const id = Number(lastInsertRowid);
  for (const e164 of customer.phones ?? []) {
    sqlite.prepare('INSERT INTO customer_phones (customer_id, e164) VALUES (?, ?)').run(id, e164);
  }
  for (const tag of customer.tags ?? []) {
    sqlite.prepare('INSERT INTO customer_tags (customer_id, tag) VALUES (?, ?)').run(id, tag);
  }
  return id;
}
