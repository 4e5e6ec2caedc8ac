import type { CustomerHit } from '@shared/domain/customer';
import { digitsOf, looksLikePhoneNumber, minimumPhoneDigits, toE164 } from '@shared/domain/phone-number';
import type { Store } from '../../store/connection';
import { nameSearches, noteSearch } from '../../store/queries/customer-search-expressions';
import { customerHit, matchExactPhone, matchNames, matchNotes, matchPhoneDigits, type CustomerMatch } from '../../store/queries/customer-search.raw';

function matchesOfNames(store: Store, query: string, limit: number): CustomerMatch[] {
  const matches: CustomerMatch[] = [];
  const seen = new Set<number>();
  for (const expression of nameSearches(query)) {
    if (seen.size >= limit) break;
    // The earlier searches' hits come back again: ask for enough beyond them.
    for (const match of matchNames(store, expression, limit + seen.size)) {
      if (seen.has(match.customerId)) continue;
      seen.add(match.customerId);
      matches.push(match);
    }
  }
  return matches;
}

/**
 * As-you-type search over names, companies, emails, note texts and any part
 * of a phone number, in Latin and Cyrillic (ё as е, any Ukrainian apostrophe
 * or none, either script for the other). People come first, then companies
 * and emails, then customers found only by their notes.
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
    matches = matchesOfNames(store, query, limit);
    const inNotes = noteSearch(query);
    if (matches.length < limit && inNotes !== undefined) matches = matches.concat(matchNotes(store, inNotes, limit));
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
