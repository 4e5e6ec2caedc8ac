import type { CustomerHit } from '@shared/domain/customer';
import { digitsOf, looksLikePhoneNumber, minimumPhoneDigits, toE164 } from '@shared/domain/phone-number';
import type { Store } from '../../store/connection';
import { indexedCustomer, nameSearches, noteSearch } from '../../store/queries/customer-search-expressions';
import { customerHit, customerNames, matchExactPhone, matchNames, matchNotes, matchPhoneDigits, type CustomerMatch } from '../../store/queries/customer-search.raw';

/**
 * The name searches' hits in their order. When the broadest search finds no
 * more than a page, those are all the matches: they are put in order here,
 * one lookup instead of one per search. Otherwise (a two-letter prefix
 * matches tens of thousands of customers, too many to rank in the
 * as-you-type budget) each search is a LIMITed lookup of its own, in order,
 * until the page is full.
 */
function matchesOfNames(store: Store, query: string, limit: number): CustomerMatch[] {
  const searches = nameSearches(query);
  const broadest = searches.at(-1);
  if (broadest === undefined) return [];
  const all = matchNames(store, broadest.expression, limit + 1);
  if (all.length <= limit) {
    const rankOf = new Map(
      customerNames(store, all.map((match) => match.customerId)).map((customer) => {
        const indexed = indexedCustomer(customer);
        const rank = searches.findIndex((search) => search.matches(indexed));
        return [customer.id, rank === -1 ? searches.length : rank];
      }),
    );
    const rank = (match: CustomerMatch) => rankOf.get(match.customerId) ?? searches.length;
    return all.sort((a, b) => rank(a) - rank(b));
  }
  const matches: CustomerMatch[] = [];
  const seen = new Set<number>();
  for (const { expression } of searches) {
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
