import type { CustomerHit } from '@shared/domain/customer';
import { digitsOf, looksLikePhoneNumber, minimumPhoneDigits, toE164 } from '@shared/domain/phone-number';
import type { Store } from '../../store/connection';
import { customerHit, matchExactPhone, matchNames, matchNotes, matchPhoneDigits, type CustomerMatch } from '../../store/queries/customer-search.raw';

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
  store: Store,
  query: string,
  options: { limit: number; defaultCountry: string },
): CustomerHit[] {
  const { limit } = options;
  let matches: CustomerMatch[];

  if (looksLikePhoneNumber(query)) {
    const digits = digitsOf(query);
    if (digits.length < minimumPhoneDigits) return [];
    const e164 = toE164(query, options.defaultCountry);
    matches = [...(e164 ? matchExactPhone(store, e164, limit) : []), ...matchPhoneDigits(store, `"${digits}"`, limit)];
  } else {
    const words = wordsOf(query);
    if (words.length === 0) return [];
    const expression = words.map(prefixTerm).join(' ');
    matches = matchNames(store, expression, limit);
    if (matches.length < limit) matches = matches.concat(matchNotes(store, expression, limit));
  }

  const seen = new Set<number>();
  const hits: CustomerHit[] = [];
  for (const match of matches) {
    if (hits.length === limit) break;
    if (seen.has(match.customerId)) continue;
    seen.add(match.customerId);
    const hit = customerHit(store, match);
    if (hit) hits.push(hit);
  }
  return hits;
}
