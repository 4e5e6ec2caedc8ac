import { join } from 'node:path';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../src/main/store/database';
import { generateDemoData, type DemoSummary } from '../../../src/main/store/demo/generate';
import { searchCustomers } from '../../../src/main/services/customers/search';
import { useTempDir } from '../support/temp-store';

const now = Date.UTC(2026, 10, 23, 9, 0);
const cyrillic = /[А-Яа-яЁёІіЇїЄєҐґ]/;

describe('the demo contact center', () => {
  const tempDir = useTempDir();
  let store: Store;
  let summary: DemoSummary;

  beforeAll(() => {
    store = openStore(join(tempDir(), 'demo.sqlite'));
    summary = generateDemoData(store.sqlite, { customers: 2_000, seed: 7, now });
    return () => store.close();
  });

  const all = <T>(sql: string, ...params: unknown[]) => store.sqlite.prepare(sql).all(...params) as T[];
  const one = <T>(sql: string, ...params: unknown[]) => store.sqlite.prepare(sql).pluck().get(...params) as T;

  it('has customers in English, Russian and Ukrainian, each with history on average', () => {
    expect(summary.customers).toBe(2_000);
    const languages = all<{ preferred_language: string; n: number }>(
      'SELECT preferred_language, count(*) AS n FROM customers GROUP BY preferred_language ORDER BY 1',
    );
    expect(languages.map((row) => row.preferred_language)).toEqual(['en', 'ru', 'uk']);
    for (const { n } of languages) expect(n).toBeGreaterThan(300);
    expect(summary.interactions / summary.customers).toBeGreaterThan(4);
    expect(one<number>("SELECT count(*) FROM customers WHERE preferred_language IN ('ru', 'uk') AND display_name NOT GLOB '*[А-яІіЇїЄєҐґ]*'")).toBe(0);
  });

  it('gives every customer at least one valid number, none shared', () => {
    expect(one<number>('SELECT count(*) FROM customers c WHERE NOT EXISTS (SELECT 1 FROM customer_phones p WHERE p.customer_id = c.id)')).toBe(0);
    expect(one<number>('SELECT count(*) - count(DISTINCT e164) FROM customer_phones')).toBe(0);
    const sample = all<{ e164: string; lang: string }>(
      'SELECT p.e164, c.preferred_language AS lang FROM customer_phones p JOIN customers c ON c.id = p.customer_id WHERE p.id % 7 = 0',
    );
    const countryOf = { en: 'US', ru: 'RU', uk: 'UA' } as Record<string, string>;
    for (const { e164, lang } of sample) {
      const parsed = parsePhoneNumberFromString(e164);
      expect(parsed?.isValid(), e164).toBe(true);
      expect(parsed?.country, e164).toBe(countryOf[lang]);
    }
  });

  it('makes Russian surnames agree with the first name', () => {
    // A handful of common female names; their surnames must not be in the masculine -ов/-ин form.
    const mismatched = one<number>(
      "SELECT count(*) FROM customers WHERE preferred_language = 'ru' AND first_name IN ('Анна', 'Мария', 'Елена', 'Ольга', 'Татьяна') AND (last_name LIKE '%ов' OR last_name LIKE '%ин')",
    );
    expect(mismatched).toBe(0);
  });

  it('has notes in Cyrillic, promises kept, broken and overdue', () => {
    const notes = all<{ body: string }>('SELECT body FROM notes LIMIT 200');
    expect(notes.some((note) => cyrillic.test(note.body))).toBe(true);
    const statuses = all<{ status: string }>('SELECT DISTINCT status FROM promises ORDER BY 1').map((row) => row.status);
    expect(statuses).toEqual(['broken', 'kept', 'open']);
    expect(one<number>("SELECT count(*) FROM promises WHERE status = 'open' AND due_at < ?", now)).toBeGreaterThan(10);
    expect(one<number>("SELECT count(*) FROM promises WHERE status = 'open' AND due_at >= ?", now)).toBeGreaterThan(0);
    expect(one<number>('SELECT count(*) FROM interactions WHERE customer_wanted IS NOT NULL AND we_offered IS NOT NULL')).toBeGreaterThan(0);
  });

  it('is found by search: a generated customer by surname and by part of a number', () => {
    const customer = store.sqlite
      .prepare<[], { id: number; displayName: string; e164: string }>(
        `SELECT c.id, c.display_name AS displayName, p.e164 FROM customers c JOIN customer_phones p ON p.customer_id = c.id
         WHERE c.preferred_language = 'uk' LIMIT 1`,
      )
      .get();
    if (!customer) throw new Error('no Ukrainian-speaking customer');
    const byName = searchCustomers(store.sqlite, customer.displayName, { limit: 50, defaultCountry: 'UA' });
    expect(byName.map((hit) => hit.id)).toContain(customer.id);
    const byDigits = searchCustomers(store.sqlite, customer.e164.slice(-7), { limit: 50, defaultCountry: 'UA' });
    expect(byDigits.map((hit) => hit.id)).toContain(customer.id);
  });

  it('is the same for the same seed', () => {
    const again = openStore(join(tempDir(), 'again.sqlite'));
    generateDemoData(again.sqlite, { customers: 300, seed: 7, now });
    const first = store.sqlite.prepare('SELECT display_name, email FROM customers ORDER BY id LIMIT 300').all();
    const second = again.sqlite.prepare('SELECT display_name, email FROM customers ORDER BY id LIMIT 300').all();
    again.close();
    expect(second).toEqual(first);
  });
});
