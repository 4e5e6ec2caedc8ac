import { latinSkeleton, personSearchText, searchForm, searchIndexText, searchWords, skeletonsWhileTyping, type CustomerNames } from '@shared/domain/name-search-keys';

/*
 * Customer search's name lookups: each as an FTS5 query over customer_search
 * (its columns are in migration 0009), and the same lookup answered in code
 * for a customer already found, to put a few matches in order. Every piece
 * of user input is quoted: nothing typed is read as query syntax.
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

type Column = 'person' | 'company' | 'email';

/** Words (the last one perhaps only begun) side by side in one of the columns. */
interface Phrase {
  columns: readonly Column[];
  words: readonly string[];
  prefix: boolean;
}

/**
 * What one typed word looks for: any of these phrases. Respelled, it is its
 * skeletons in a name: every name word's skeleton is indexed, so they find
 * the name as typed too, and a prefix costs in proportion to every indexed
 * word it starts: adding the Cyrillic form would double that for nothing.
 * E-mails are matched as typed («петров» is not looking for petrov@…). A word
 * of several parts (an e-mail's ivan.petrov, Анна-Мария) is a phrase as
 * typed, as the index holds those parts side by side.
 */
function phrasesOf(word: string, { prefix, respelled, within }: Lookup): Phrase[] {
  const parts = searchWords(word);
  const [only] = parts;
  if (only === undefined) return [];
  const columns: readonly Column[] = within === 'person' ? ['person'] : within === 'names' ? ['person', 'company'] : ['person', 'company', 'email'];
  // A single letter is looked up as typed: its skeletons would double the
  // dearest lookup there is (no prefix index that short) to find names that
  // the next letter finds anyway.
  if (parts.length > 1 || !respelled || [...only].length === 1) return [{ columns, words: parts, prefix }];
  const names = columns.filter((column) => column !== 'email');
  const skeletons = (prefix ? skeletonsWhileTyping(only) : [latinSkeleton(only)]).filter((key) => key.length > 0);
  const phrases = skeletons.map((key): Phrase => ({ columns: names, words: [key], prefix }));
  if (columns.includes('email') && /[a-z0-9]/.test(only)) phrases.push({ columns: ['email'], words: [only], prefix });
  return phrases;
}

function ftsPhrase({ columns, words, prefix }: Phrase): string {
  return `{${columns.join(' ')}} : ${quoted(words.join(' '), prefix)}`;
}

/** A customer's columns of customer_search, each as the words the index holds. */
export type IndexedCustomer = Readonly<Record<Column, readonly string[]>>;

/** What the triggers of migration 0009 index for a customer. */
export function indexedCustomer(customer: CustomerNames & { email: string | null }): IndexedCustomer {
  const words = (text: string) => text.split(' ').filter((word) => word.length > 0);
  return { person: words(personSearchText(customer)), company: words(searchIndexText(customer.company)), email: searchWords(customer.email ?? '') };
}

function foundIn(customer: IndexedCustomer, { columns, words, prefix }: Phrase): boolean {
  return columns.some((column) => {
    const indexed = customer[column];
    return indexed.some((_, start) =>
      words.every((word, offset) => {
        const found = indexed[start + offset];
        return found !== undefined && (prefix && offset === words.length - 1 ? found.startsWith(word) : found === word);
      }),
    );
  });
}

export interface NameSearch {
  /** The FTS5 query over customer_search. */
  expression: string;
  /** The same query, answered for one customer already found. */
  matches(customer: IndexedCustomer): boolean;
}

/**
 * The name searches in the order their hits are shown: people before
 * companies (a shop called «Олена» after the people called Олена), a whole
 * word before the beginning of one, a person's name as typed before its other
 * spellings (Алёна before Олена, whose skeleton is the same). The last one
 * finds (all but perhaps a half-typed spelling that only the ones before it
 * find) what all of them find.
 */
export function nameSearches(query: string): NameSearch[] {
  const words = wordsOf(searchForm(query));
  const anywhere = words.length === 1 ? 'names and e-mail' : 'names';
  const lookups: Lookup[] = [
    { prefix: false, respelled: false, within: 'person' },
    { prefix: false, respelled: true, within: 'person' },
    { prefix: true, respelled: false, within: 'person' },
    { prefix: true, respelled: true, within: 'person' },
    { prefix: false, respelled: true, within: anywhere },
    { prefix: true, respelled: true, within: anywhere },
  ];
  const searches = new Map<string, NameSearch>();
  for (const lookup of lookups) {
    const terms = words.map((word) => phrasesOf(word, lookup)).filter((phrases) => phrases.length > 0);
    if (terms.length === 0) continue;
    const expression = terms.map((phrases) => `(${phrases.map(ftsPhrase).join(' OR ')})`).join(' AND ');
    // A word without other spellings makes some of them the same search.
    if (!searches.has(expression)) {
      searches.set(expression, { expression, matches: (customer) => terms.every((phrases) => phrases.some((phrase) => foundIn(customer, phrase))) });
    }
  }
  return [...searches.values()];
}

/** Notes are indexed as written: each typed word is the beginning of one. */
export function noteSearch(query: string): string | undefined {
  const words = wordsOf(query);
  return words.length > 0 ? words.map((word) => quoted(word, true)).join(' ') : undefined;
}
