import type { CustomerHit } from '@shared/domain/customer';
import { latinSkeleton, searchForm, searchWords, skeletonsWhileTyping } from '@shared/domain/name-search-keys';
import { digitsOf, looksLikePhoneNumber, minimumPhoneDigits, toE164 } from '@shared/domain/phone-number';
import type { Store } from '../../store/connection';
import { customerHit, matchExactPhone, matchNames, matchNotes, matchPhoneDigits, type CustomerMatch } from '../../store/queries/customer-search.raw';

/** Quotes text for FTS5 so that no user input is read as query syntax. */
function quoted(text: string, prefix: boolean): string {
  return `"${text.replaceAll('"', '""')}"${prefix ? '*' : ''}`;
}

function wordsOf(query: string): string[] {
  return query.split(/[^\p{L}\p{N}@._-]+/u).filter((word) => word.length > 0);
}

interface Lookup {
  /** The beginning of a word, or the whole word. */
  prefix: boolean;
  /** By its skeletons (any spelling), or only as typed. */
  respelled: boolean;
  /** In the person's name, or also in the company's and, for a query of one word (as an address is), in e-mails. */
  within: 'person' | 'names' | 'names and e-mail';
}

/**
 * One typed word as an FTS5 term. Respelled, it is its skeletons in a name:
 * every name word's skeleton is indexed, so they find the name as typed too,
 * and a prefix costs in proportion to every indexed word it starts: adding
 * the Cyrillic form would double that for nothing. E-mails are matched as
 * typed («петров» is not looking for petrov@…). A word of several parts (an
 * e-mail's ivan.petrov, Анна-Мария) is a phrase as typed, as the index holds
 * those parts side by side.
 */
function nameTerm(word: string, { prefix, respelled, within }: Lookup): string | undefined {
  const parts = searchWords(word);
  const [only] = parts;
  if (only === undefined) return undefined;
  if (parts.length > 1) return quoted(parts.join(' '), prefix);
  // A single letter is looked up as typed: its skeletons would double the
  // dearest lookup there is (no prefix index that short) to find names that
  // the next letter finds anyway.
  if (!respelled || [...only].length === 1) return quoted(only, prefix);
  const skeletons = (prefix ? skeletonsWhileTyping(only) : [latinSkeleton(only)]).filter((key) => key.length > 0);
  const inNames = skeletons.length === 1 && skeletons[0] === only ? quoted(only, prefix) : `(${skeletons.map((key) => quoted(key, prefix)).join(' OR ')})`;
  if (within === 'person') return inNames;
  if (within === 'names' || !/[a-z0-9]/.test(only)) return `{person company} : ${inNames}`;
  return `({person company} : ${inNames} OR email : ${quoted(only, prefix)})`;
}

/**
 * The name searches in the order their hits are shown: people before
 * companies (a shop called «Олена» after the people called Олена), a whole
 * word before the beginning of one, a person's name as typed before its other
 * spellings (Алёна before Олена, whose skeleton is the same). Each is a
 * LIMITed index lookup, never a ranking of every match: a two-letter prefix
 * matches tens of thousands of customers, too many to rank within the
 * as-you-type budget.
 */
function nameSearches(words: readonly string[]): string[] {
  const search = (lookup: Lookup) => {
    const terms = words.map((word) => nameTerm(word, lookup)).filter((term) => term !== undefined);
    if (terms.length === 0) return undefined;
    return lookup.within === 'person' ? `person : (${terms.join(' AND ')})` : terms.join(' AND ');
  };
  const anywhere = words.length === 1 ? 'names and e-mail' : 'names';
  const searches = [
    search({ prefix: false, respelled: false, within: 'person' }),
    search({ prefix: false, respelled: true, within: 'person' }),
    search({ prefix: true, respelled: false, within: 'person' }),
    search({ prefix: true, respelled: true, within: 'person' }),
    search({ prefix: false, respelled: true, within: anywhere }),
    search({ prefix: true, respelled: true, within: anywhere }),
  ];
  // A word without other spellings makes some of them the same search.
  return [...new Set(searches.filter((search) => search !== undefined))];
}

function matchesOfNames(store: Store, query: string, limit: number): CustomerMatch[] {
  const matches: CustomerMatch[] = [];
  const seen = new Set<number>();
  for (const expression of nameSearches(wordsOf(searchForm(query)))) {
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
    const noteWords = wordsOf(query);
    if (matches.length < limit && noteWords.length > 0) {
      matches = matches.concat(matchNotes(store, noteWords.map((word) => quoted(word, true)).join(' '), limit));
    }
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
