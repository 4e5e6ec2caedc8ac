import type { CustomerHit } from '@shared/domain/customer';
import { digitsOf, looksLikePhoneNumber, minimumPhoneDigits, toE164 } from '@shared/domain/phone-number';
import type { Sqlite } from '../../store/database';
import { preparedPerDatabase } from '../../store/prepared';

interface Match {
  customerId: number;
  phoneId: number | null;
}

const statements = preparedPerDatabase((sqlite: Sqlite) => ({
  byName: sqlite.prepare<[string, number], Match>(
    // No ORDER BY rank: a two-letter prefix matches tens of thousands of
    // customers, and ranking them all costs more than the as-you-type budget.
    // Every hit matches every typed word; the agent narrows by typing on.
    `SELECT rowid AS customerId, NULL AS phoneId FROM customer_search
     WHERE customer_search MATCH ? LIMIT ?`,
  ),
  byNote: sqlite.prepare<[string, number], Match>(
    `SELECT n.customer_id AS customerId, NULL AS phoneId
     FROM note_search JOIN notes n ON n.id = note_search.rowid
     WHERE note_search MATCH ? LIMIT ?`,
  ),
  byExactPhone: sqlite.prepare<[string, number], Match>(
    'SELECT customer_id AS customerId, id AS phoneId FROM customer_phones WHERE e164 = ? LIMIT ?',
  ),
  byPhoneDigits: sqlite.prepare<[string, number], Match>(
    `SELECT p.customer_id AS customerId, p.id AS phoneId
     FROM phone_search JOIN customer_phones p ON p.id = phone_search.rowid
     WHERE phone_search MATCH ? LIMIT ?`,
  ),
  hit: sqlite.prepare<
    { phoneId: number | null; customerId: number },
    { id: number; displayName: string; company: string | null; tier: CustomerHit['tier']; email: string | null; phone: string | null }
  >(
    `SELECT c.id, c.display_name AS displayName, c.company, c.tier, c.email,
            coalesce((SELECT e164 FROM customer_phones WHERE id = :phoneId),
                     (SELECT e164 FROM customer_phones WHERE customer_id = c.id ORDER BY id LIMIT 1)) AS phone
     FROM customers c WHERE c.id = :customerId`,
  ),
}));

/** Quotes a word for FTS5 so that no user input is read as query syntax. */
function prefixTerm(word: string): string {
  return `"${word.replaceAll('"', '""')}"*`;
}

function wordsOf(query: string): string[] {
  return query.split(/[^\p{L}\p{N}@._-]+/u).filter((word) => word.length > 0);
}

/**
 * As-you-type search over names, companies, emails, note texts and any part
 * of a phone number, in Latin and Cyrillic. Name matches come before matches
 * found only in notes.
 */
export function searchCustomers(
  sqlite: Sqlite,
  query: string,
  options: { limit: number; defaultCountry: string },
): CustomerHit[] {
  const { limit } = options;
  const prepared = statements(sqlite);
  let matches: Match[];

  if (looksLikePhoneNumber(query)) {
    const digits = digitsOf(query);
    if (digits.length < minimumPhoneDigits) return [];
    const e164 = toE164(query, options.defaultCountry);
    matches = [
      ...(e164 ? prepared.byExactPhone.all(e164, limit) : []),
      ...prepared.byPhoneDigits.all(`"${digits}"`, limit),
    ];
  } else {
    const words = wordsOf(query);
    if (words.length === 0) return [];
    const expression = words.map(prefixTerm).join(' ');
    matches = prepared.byName.all(expression, limit);
    if (matches.length < limit) matches = matches.concat(prepared.byNote.all(expression, limit));
  }

  const seen = new Set<number>();
  const hits: CustomerHit[] = [];
  for (const match of matches) {
    if (hits.length === limit) break;
    if (seen.has(match.customerId)) continue;
    seen.add(match.customerId);
    const hit = prepared.hit.get(match);
    if (hit) hits.push(hit);
  }
  return hits;
}
