import { findCustomerIdsByPhone } from '../../src/main/services/customers/lookup';
import { searchCustomers } from '../../src/main/services/customers/search';
import type { Sqlite } from '../../src/main/store/database';
import { createSeededRandom } from '../../src/main/store/demo/seeded-random';
import { percentiles, printLatency, printTarget, timeSideBySide } from './measure';

const samples = 10_000;
const warmup = 500;

function randomRows<T>(sqlite: Sqlite, sql: string, count: number, seed: number): T[] {
  const max = sqlite.prepare<[], number>(sql.replace(/SELECT .* FROM (\w+) .*/s, 'SELECT max(rowid) FROM $1')).pluck().get() ?? 0;
  const random = createSeededRandom(seed);
  const statement = sqlite.prepare(sql);
  const rows: T[] = [];
  while (rows.length < count) {
    const row = statement.get(1 + random.int(max)) as T | undefined;
    if (row) rows.push(row);
  }
  return rows;
}

export function benchLookup(sqlite: Sqlite): boolean {
  console.log(`\nCustomer lookup by E.164 number (screen pop), ${samples.toLocaleString('en')} random existing numbers`);
  const numbers = randomRows<{ e164: string }>(sqlite, 'SELECT e164 FROM customer_phones WHERE rowid = ?', samples + warmup, 11).map(
    (row) => row.e164,
  );
  const plain = sqlite.prepare('SELECT customer_id FROM customer_phones WHERE e164 = ?').pluck();
  const lookup = (e164: string) => findCustomerIdsByPhone(sqlite, e164);
  const baselineLookup = (e164: string) => plain.all(e164);
  timeSideBySide(numbers.slice(0, warmup), lookup, baselineLookup);
  const timings = timeSideBySide(numbers.slice(warmup), lookup, baselineLookup);
  const measured = percentiles(timings.measured);
  printLatency('findCustomerIdsByPhone', measured, 'baseline, plain indexed SELECT', percentiles(timings.baseline));
  return printTarget('lookup p99 < 1 ms', measured.p99 < 1);
}

interface SearchCase {
  query: string;
  /** The raw FTS expression the baseline runs for the same query. */
  table: 'customer_search' | 'phone_search';
  match: string;
}

/** What agents type: beginnings of surnames (2–6 letters, Latin and Cyrillic), full names, parts of numbers. */
function searchCases(sqlite: Sqlite, count: number): SearchCase[] {
  const people = randomRows<{ lastName: string; displayName: string; e164: string }>(
    sqlite,
    `SELECT c.last_name AS lastName, c.display_name AS displayName,
            (SELECT e164 FROM customer_phones WHERE customer_id = c.id LIMIT 1) AS e164
     FROM customers c WHERE c.rowid = ?`,
    count,
    23,
  );
  const random = createSeededRandom(29);
  return people.map((person, index): SearchCase => {
    switch (index % 3) {
      case 0: {
        const prefix = person.lastName.slice(0, random.between(2, 6)).toLowerCase();
        return { query: prefix, table: 'customer_search', match: `"${prefix}"*` };
      }
      case 1:
        return {
          query: person.displayName,
          table: 'customer_search',
          match: person.displayName.split(' ').map((word) => `"${word}"*`).join(' '),
        };
      default: {
        const digits = person.e164.slice(-random.between(4, 7));
        return { query: digits, table: 'phone_search', match: `"${digits}"` };
      }
    }
  });
}

export function benchSearch(sqlite: Sqlite): boolean {
  console.log(`\nFull-text customer search (as-you-type), ${samples.toLocaleString('en')} queries: surname prefixes, full names, parts of numbers`);
  const cases = searchCases(sqlite, samples + warmup);
  const options = { limit: 20, defaultCountry: 'RU' };
  const raw = {
    customer_search: sqlite.prepare('SELECT rowid FROM customer_search WHERE customer_search MATCH ? LIMIT 20').pluck(),
    phone_search: sqlite.prepare('SELECT rowid FROM phone_search WHERE phone_search MATCH ? LIMIT 20').pluck(),
  };
  const search = (item: SearchCase) => searchCustomers(sqlite, item.query, options);
  const baselineSearch = (item: SearchCase) => raw[item.table].all(item.match);
  timeSideBySide(cases.slice(0, warmup), search, baselineSearch);
  const timings = timeSideBySide(cases.slice(warmup), search, baselineSearch);
  const measured = percentiles(timings.measured);
  printLatency('searchCustomers (matches, then each hit with its phone)', measured, 'baseline, raw FTS5 MATCH … LIMIT 20', percentiles(timings.baseline));
  return printTarget('search p95 < 20 ms', measured.p95 < 20);
}
