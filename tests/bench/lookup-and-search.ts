import { cyrillicToLatin } from '@shared/domain/cyrillic-to-latin';
import { findCustomerIdsByPhone } from '../../src/main/store/queries/customer-search.raw';
import { searchCustomers } from '../../src/main/services/customers/search';
import type { Sqlite, Store } from '../../src/main/store/connection';
import { createSeededRandom } from '../../src/main/store/demo/seeded-random';
import { formatPercentiles, percentiles, printLatency, printTarget, timeSideBySide } from './measure';

const samples = 10_000;
const warmup = 500;

/** `count` rows of `table` picked at random (with repeats), read by `sql` with the row's rowid as its one parameter. */
function randomRows<T>(sqlite: Sqlite, table: string, sql: string, count: number, seed: number): T[] {
  const maxRowid = sqlite.prepare<[], number>(`SELECT max(rowid) FROM ${table}`).pluck().get() ?? 0;
  const random = createSeededRandom(seed);
  const statement = sqlite.prepare<[number], T>(sql);
  const rows: T[] = [];
  while (rows.length < count) {
    const row = statement.get(1 + random.int(maxRowid));
    if (row) rows.push(row);
  }
  return rows;
}

export function benchLookup(store: Store): boolean {
  const { sqlite } = store;
  console.log(`\nCustomer lookup by E.164 number (screen pop), ${samples.toLocaleString('en')} random existing numbers`);
  const numbers = randomRows<{ e164: string }>(sqlite, 'customer_phones', 'SELECT e164 FROM customer_phones WHERE rowid = ?', samples + warmup, 11).map(
    (row) => row.e164,
  );
  const plain = sqlite.prepare('SELECT customer_id FROM customer_phones WHERE e164 = ?').pluck();
  const lookup = (e164: string) => findCustomerIdsByPhone(store, e164);
  const baselineLookup = (e164: string) => plain.all(e164);
  timeSideBySide(numbers.slice(0, warmup), lookup, baselineLookup);
  const timings = timeSideBySide(numbers.slice(warmup), lookup, baselineLookup);
  const measured = percentiles(timings.measured);
  printLatency('findCustomerIdsByPhone', measured, 'baseline, plain indexed SELECT', percentiles(timings.baseline));
  return printTarget('lookup p99 < 1 ms', measured.p99 < 1);
}

const searchKinds = ['surname prefix', 'surname prefix in Latin letters', 'full name', 'full name with е for ё and the keyboard apostrophe', 'part of a number'] as const;

interface SearchCase {
  kind: (typeof searchKinds)[number];
  query: string;
  /** The raw FTS expression the baseline runs for the same query. */
  table: 'customer_search' | 'phone_search';
  match: string;
}

const prefixMatch = (text: string) => text.split(' ').map((word) => `"${word}"*`).join(' ');

/**
 * What agents type: beginnings of surnames (2–6 letters, Latin and Cyrillic,
 * and a Cyrillic one in Latin letters), full names (as stored, and names with
 * ё or an apostrophe typed with е and ' instead), parts of numbers.
 */
function searchCases(sqlite: Sqlite, count: number): SearchCase[] {
  const people = randomRows<{ lastName: string; displayName: string; e164: string }>(
    sqlite,
    'customers',
    `SELECT c.last_name AS lastName, c.display_name AS displayName,
            (SELECT e164 FROM customer_phones WHERE customer_id = c.id LIMIT 1) AS e164
     FROM customers c WHERE c.rowid = ?`,
    count,
    23,
  );
  // From a random customer on, the first whose name has ё or an apostrophe (a few in a hundred in the demo data).
  const respelled = randomRows<{ displayName: string }>(
    sqlite,
    'customers',
    `SELECT display_name AS displayName FROM customers
     WHERE rowid >= ? AND (display_name LIKE '%ё%' OR display_name LIKE '%’%' OR display_name LIKE '%ʼ%') LIMIT 1`,
    count,
    31,
  ).map((row) => row.displayName.replaceAll('ё', 'е').replace(/[’ʼ]/gu, "'"));
  const random = createSeededRandom(29);
  return people.map((person, index): SearchCase => {
    const kind = searchKinds[index % searchKinds.length] as SearchCase['kind'];
    switch (kind) {
      case 'surname prefix': {
        const prefix = person.lastName.slice(0, random.between(2, 6)).toLowerCase();
        return { kind, query: prefix, table: 'customer_search', match: `"${prefix}"*` };
      }
      case 'surname prefix in Latin letters': {
        const prefix = cyrillicToLatin(person.lastName).slice(0, random.between(2, 6)).toLowerCase();
        return { kind, query: prefix, table: 'customer_search', match: `"${prefix}"*` };
      }
      case 'full name':
        return { kind, query: person.displayName, table: 'customer_search', match: prefixMatch(person.displayName) };
      case 'full name with е for ё and the keyboard apostrophe': {
        const name = respelled[index] ?? person.displayName;
        return { kind, query: name, table: 'customer_search', match: prefixMatch(name.replaceAll("'", ' ')) };
      }
      case 'part of a number': {
        const digits = person.e164.slice(-random.between(4, 7));
        return { kind, query: digits, table: 'phone_search', match: `"${digits}"` };
      }
    }
  });
}

export function benchSearch(store: Store): boolean {
  const { sqlite } = store;
  console.log(`\nFull-text customer search (as-you-type), ${samples.toLocaleString('en')} queries: ${searchKinds.join(', ')}`);
  const cases = searchCases(sqlite, samples + warmup);
  const options = { limit: 20, defaultCountry: 'RU' };
  const raw = {
    customer_search: sqlite.prepare('SELECT rowid FROM customer_search WHERE customer_search MATCH ? LIMIT 20').pluck(),
    phone_search: sqlite.prepare('SELECT rowid FROM phone_search WHERE phone_search MATCH ? LIMIT 20').pluck(),
  };
  const search = (item: SearchCase) => searchCustomers(store, item.query, options);
  const baselineSearch = (item: SearchCase) => raw[item.table].all(item.match);
  timeSideBySide(cases.slice(0, warmup), search, baselineSearch);
  const measuredCases = cases.slice(warmup);
  const timings = timeSideBySide(measuredCases, search, baselineSearch);
  const measured = percentiles(timings.measured);
  printLatency('searchCustomers (matches, then each hit with its phone)', measured, 'baseline, raw FTS5 MATCH … LIMIT 20', percentiles(timings.baseline));
  for (const kind of searchKinds) {
    const ofKind = (all: readonly number[]) => all.filter((_, index) => measuredCases[index]?.kind === kind);
    console.log(
      `    ${kind}: searchCustomers ${formatPercentiles(percentiles(ofKind(timings.measured)))}; baseline ${formatPercentiles(percentiles(ofKind(timings.baseline)))}`,
    );
  }
  return printTarget('search p95 < 20 ms', measured.p95 < 20);
}
