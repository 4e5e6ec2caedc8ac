import { latinSkeleton, searchForm, searchWords, skeletonsWhileTyping } from '@shared/domain/name-search-keys';

/*
 * FTS5 query expressions for customer search (the columns of customer_search
 * are in migration 0009). Every piece of user input is quoted: nothing typed
 * is read as query syntax.
 */

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
export function nameSearches(query: string): string[] {
  const words = wordsOf(searchForm(query));
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

/** Notes are indexed as written: each typed word is the beginning of one. */
export function noteSearch(query: string): string | undefined {
  const words = wordsOf(query);
  return words.length > 0 ? words.map((word) => quoted(word, true)).join(' ') : undefined;
}
