import type { CustomerHit } from '@shared/domain/customer';
import type { CustomerNames } from '@shared/domain/name-search-keys';
import type { Store } from '../connection';
import { preparedPerDatabase } from '../prepared';

/*
 * Raw prepared statements, not drizzle: these are the screen pop's lookup and
 * the as-you-type search, measured in docs/BENCHMARKS.md against a plain
 * statement (FTS5 MATCH has no drizzle form, and the per-call cost of
 * mapping parameters and rows shows at these sub-millisecond latencies).
 */

export interface CustomerMatch {
  customerId: number;
  phoneId: number | null;
}

const statements = preparedPerDatabase((store: Store) => ({
  idsByPhone: store.sqlite.prepare<[string], number>('SELECT customer_id FROM customer_phones WHERE e164 = ? ORDER BY customer_id').pluck(),
  byName: store.sqlite.prepare<[string, number], CustomerMatch>(
    // No ORDER BY rank: a two-letter prefix matches tens of thousands of
    // customers, and ranking them all costs more than the as-you-type budget.
    // The order comes from asking several narrower expressions in turn.
    `SELECT rowid AS customerId, NULL AS phoneId FROM customer_search
     WHERE customer_search MATCH ? LIMIT ?`,
  ),
  byNote: store.sqlite.prepare<[string, number], CustomerMatch>(
    `SELECT n.customer_id AS customerId, NULL AS phoneId
     FROM note_search JOIN notes n ON n.id = note_search.rowid
     WHERE note_search MATCH ? LIMIT ?`,
  ),
  byExactPhone: store.sqlite.prepare<[string, number], CustomerMatch>(
    'SELECT customer_id AS customerId, id AS phoneId FROM customer_phones WHERE e164 = ? LIMIT ?',
  ),
  byPhoneDigits: store.sqlite.prepare<[string, number], CustomerMatch>(
    `SELECT p.customer_id AS customerId, p.id AS phoneId
     FROM phone_search JOIN customer_phones p ON p.id = phone_search.rowid
     WHERE phone_search MATCH ? LIMIT ?`,
  ),
  names: store.sqlite.prepare<[string], CustomerNames & { id: number; email: string | null }>(
    `SELECT id, first_name AS firstName, last_name AS lastName, display_name AS displayName, company, email
     FROM customers WHERE id IN (SELECT value FROM json_each(?))`,
  ),
  hit: store.sqlite.prepare<CustomerMatch, CustomerHit>(
    `SELECT c.id, c.display_name AS displayName, c.company, c.tier, c.email,
            coalesce((SELECT e164 FROM customer_phones WHERE id = :phoneId),
                     (SELECT e164 FROM customer_phones WHERE customer_id = c.id ORDER BY id LIMIT 1)) AS phone
     FROM customers c WHERE c.id = :customerId`,
  ),
}));

/** Customers who own this E.164 number (several when a number is shared, e.g. a family line). */
export function findCustomerIdsByPhone(store: Store, e164: string): number[] {
  return statements(store).idsByPhone.all(e164);
}

/** `expression`: an FTS5 query over the columns person (name words and their skeletons), company and email. */
export function matchNames(store: Store, expression: string, limit: number): CustomerMatch[] {
  return statements(store).byName.all(expression, limit);
}

export function matchNotes(store: Store, expression: string, limit: number): CustomerMatch[] {
  return statements(store).byNote.all(expression, limit);
}

export function matchExactPhone(store: Store, e164: string, limit: number): CustomerMatch[] {
  return statements(store).byExactPhone.all(e164, limit);
}

/** `expression`: an FTS5 trigram query over the digits of every number. */
export function matchPhoneDigits(store: Store, expression: string, limit: number): CustomerMatch[] {
  return statements(store).byPhoneDigits.all(expression, limit);
}

/** The names of these customers, as their search index words are made from (in no particular order). */
export function customerNames(store: Store, ids: readonly number[]): (CustomerNames & { id: number; email: string | null })[] {
  return statements(store).names.all(JSON.stringify(ids));
}

/** The customer as a search hit, with the phone that matched (or their first). */
export function customerHit(store: Store, match: CustomerMatch): CustomerHit | undefined {
  return statements(store).hit.get(match);
}
