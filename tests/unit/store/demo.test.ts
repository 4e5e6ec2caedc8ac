import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { beforeAll, describe, expect, it } from 'vitest';
import { russianToLatin, ukrainianToLatin } from '@shared/domain/cyrillic-to-latin';
import { genderOfPatronymic, patronymicOf } from '@shared/domain/formal-address';
import type { Language } from '@shared/domain/language';
import { searchCustomers } from '../../../src/main/services/customers/search';
import { openStore } from '../../../src/main/store/database';
import type { Sqlite, Store } from '../../../src/main/store/connection';
import { generateDemoData, type DemoSummary } from '../../../src/main/store/demo/generate';
import { namePool, type Sex } from '../../../src/main/store/demo/name-pools';
import { useTempDir } from '../support/temp-store';

const now = Date.UTC(2026, 10, 23, 9, 0);
const day = 24 * 60 * 60_000;
const cyrillic = /[А-Яа-яЁёІіЇїЄєҐґ]/;
const countryOf: Record<Language, string> = { en: 'US', ru: 'RU', uk: 'UA' };
const generatedTables = ['customers', 'customer_tags', 'customer_phones', 'interactions', 'interaction_root_causes', 'notes', 'promises'];

function dump(sqlite: Sqlite): Record<string, unknown[]> {
  return Object.fromEntries(generatedTables.map((table) => [table, sqlite.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).raw().all()]));
}

/** The sexes a name is given to in the generator's pool of that language. */
function sexesOf(names: Record<Sex, readonly { text: string }[]>, name: string): Sex[] {
  return (['female', 'male'] as const).filter((sex) => names[sex].some((entry) => entry.text === name));
}

describe('the demo contact center', () => {
  let store: Store;
  let summary: DemoSummary;

  beforeAll(() => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-demo-'));
    store = openStore(join(dir, 'demo.sqlite'));
    summary = generateDemoData(store.sqlite, { customers: 2_000, seed: 7, now });
    return () => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    };
  });

  const all = <T>(sql: string, ...params: unknown[]) => store.sqlite.prepare(sql).all(...params) as T[];
  const one = <T>(sql: string, ...params: unknown[]) => store.sqlite.prepare(sql).pluck().get(...params) as T;

  it('has customers in English, Russian and Ukrainian, named in their language, each with history on average', () => {
    expect(summary.customers).toBe(2_000);
    const languages = all<{ preferred_language: Language; n: number }>(
      'SELECT preferred_language, count(*) AS n FROM customers GROUP BY preferred_language ORDER BY 1',
    );
    expect(languages.map((row) => row.preferred_language)).toEqual(['en', 'ru', 'uk']);
    for (const { n } of languages) expect(n).toBeGreaterThan(300);
    expect(summary.interactions / summary.customers).toBeGreaterThan(4);
    for (const { preferred_language, display_name } of all<{ preferred_language: Language; display_name: string }>(
      'SELECT preferred_language, display_name FROM customers',
    )) {
      expect(cyrillic.test(display_name), display_name).toBe(preferred_language !== 'en');
    }
  });

  it('counts every row it wrote', () => {
    const counted = {
      customers: 'customers', tags: 'customer_tags', phones: 'customer_phones', interactions: 'interactions',
      rootCauses: 'interaction_root_causes', notes: 'notes', promises: 'promises',
    } satisfies Record<keyof DemoSummary, string>;
    for (const [kind, table] of Object.entries(counted)) {
      expect(summary[kind as keyof DemoSummary], kind).toBe(one<number>(`SELECT count(*) FROM ${table}`));
    }
  });

  it('gives every customer at least one valid number of their country, none shared', () => {
    expect(one<number>('SELECT count(*) FROM customers c WHERE NOT EXISTS (SELECT 1 FROM customer_phones p WHERE p.customer_id = c.id)')).toBe(0);
    expect(one<number>('SELECT count(*) - count(DISTINCT e164) FROM customer_phones')).toBe(0);
    const sample = all<{ e164: string; language: Language }>(
      `SELECT p.e164, c.preferred_language AS language FROM customer_phones p JOIN customers c ON c.id = p.customer_id
       WHERE p.id % 5 = 0`,
    );
    expect(sample.length).toBeGreaterThan(400);
    for (const { e164, language } of sample) {
      const parsed = parsePhoneNumberFromString(e164);
      expect(parsed?.isValid(), e164).toBe(true);
      expect(parsed?.country, e164).toBe(countryOf[language]);
      // libphonenumber accepts these, but NANP never assigns them to subscribers.
      if (language === 'en') expect(e164.slice(5, 8), e164).not.toMatch(/^(?:.11|555|950|958|959|976)$/);
    }
    const contactCenterNumbers = store.sqlite
      .prepare("SELECT DISTINCT CASE direction WHEN 'inbound' THEN to_number ELSE from_number END FROM interactions")
      .pluck()
      .all() as string[];
    expect(contactCenterNumbers).toHaveLength(3);
    for (const e164 of contactCenterNumbers) expect(parsePhoneNumberFromString(e164)?.isValid(), e164).toBe(true);
  });

  it('gives Russian and Ukrainian customers a surname of the same sex as their first name', () => {
    for (const language of ['ru', 'uk'] as const) {
      const pool = namePool(language);
      const people = all<{ first_name: string; last_name: string }>(
        'SELECT first_name, last_name FROM customers WHERE preferred_language = ?',
        language,
      );
      for (const { first_name, last_name } of people) {
        const lastNameSexes = sexesOf(pool.lastNames, last_name);
        expect(sexesOf(pool.firstNames, first_name).some((sex) => lastNameSexes.includes(sex)), `${first_name} ${last_name}`).toBe(true);
      }
    }
  });

  it('names Russian and Ukrainian customers with a patronymic of their sex, mostly', () => {
    for (const language of ['ru', 'uk'] as const) {
      const pool = namePool(language);
      const people = all<{ firstName: string; lastName: string; displayName: string }>(
        'SELECT first_name AS firstName, last_name AS lastName, display_name AS displayName FROM customers WHERE preferred_language = ?',
        language,
      );
      const withPatronymic = people.filter((person) => patronymicOf(person) !== null);
      expect(withPatronymic.length / people.length, language).toBeGreaterThan(0.7);
      for (const person of withPatronymic) {
        expect(sexesOf(pool.firstNames, person.firstName), person.displayName).toContain(genderOfPatronymic(patronymicOf(person) ?? ''));
      }
    }
  });

  it('picks common first names more often than rare ones', () => {
    for (const language of ['en', 'ru', 'uk'] as const) {
      const names = namePool(language).firstNames.female;
      const count = (name: string) => one<number>('SELECT count(*) FROM customers WHERE first_name = ?', name);
      const head = names.slice(0, 3).reduce((sum, name) => sum + count(name.text), 0);
      const tail = names.slice(-3).reduce((sum, name) => sum + count(name.text), 0);
      expect(head, language).toBeGreaterThan(2 * tail);
    }
  });

  it('writes companies with their legal form, a sole trader under the customer\'s own name', () => {
    const forms: Record<Language, RegExp> = { en: /(?:LLC|Inc\.|Co\.|Group|Partners|Bakery|Clinic)$/, ru: /^(?:ООО «|АО «|ИП )/, uk: /^(?:ТОВ «|ПрАТ «|ФОП )/ };
    const companies = all<{ company: string; language: Language; lastName: string }>(
      'SELECT company, preferred_language AS language, last_name AS lastName FROM customers WHERE company IS NOT NULL',
    );
    expect(companies.length).toBeGreaterThan(300);
    for (const { company, language, lastName } of companies) {
      expect(company, language).toMatch(forms[language]);
      if (/^(?:ИП|ФОП) /.test(company)) expect(company).toContain(lastName);
    }
  });

  it('spells e-mail addresses by the official transliteration of each language', () => {
    const latin: Record<Language, (text: string) => string> = { en: (text) => text, ru: russianToLatin, uk: ukrainianToLatin };
    const people = all<{ firstName: string; lastName: string; email: string; language: Language }>(
      'SELECT first_name AS firstName, last_name AS lastName, email, preferred_language AS language FROM customers WHERE email IS NOT NULL',
    );
    for (const { firstName, lastName, email, language } of people) {
      const local = [firstName, lastName].map((name) => latin[language](name).toLowerCase().replace(/[^a-z]/g, '')).join('.');
      expect(email.startsWith(local), `${firstName} ${lastName}: ${email}`).toBe(true);
    }
    expect(people.some(({ email }) => email.startsWith('hrytsenko') || email.includes('.hrytsenko'))).toBe(true);
  });

  it('writes notes, calls and promises under the agents\' display names, never a login', () => {
    const names = [
      ...all<{ name: string }>('SELECT DISTINCT author AS name FROM notes'),
      ...all<{ name: string }>('SELECT DISTINCT agent AS name FROM interactions'),
      ...all<{ name: string }>("SELECT DISTINCT owner_name AS name FROM promises WHERE owner_type <> 'team'"),
    ];
    for (const { name } of names) expect(name).toMatch(/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u);
  });

  it('dates promises from now: most kept, a few overdue by days (none by months), some due within the day', () => {
    const pastDue = one<number>('SELECT count(*) FROM promises WHERE due_at < ?', now);
    expect(one<number>("SELECT count(*) FROM promises WHERE status = 'kept' AND due_at < ?", now) / pastDue).toBeGreaterThan(0.7);
    expect(one<number>("SELECT count(*) FROM promises WHERE status = 'open' AND due_at < ?", now - 5 * day)).toBe(0);
    expect(one<number>("SELECT count(*) FROM promises WHERE status = 'open' AND due_at BETWEEN ? AND ?", now, now + day)).toBeGreaterThan(3);
  });

  it('writes half a year of history that has all happened by now', () => {
    expect(one<number>('SELECT min(started_at) FROM interactions')).toBeGreaterThanOrEqual(now - 181 * day);
    expect(one<number>('SELECT max(ended_at) FROM interactions')).toBeLessThanOrEqual(now);
    expect(one<number>('SELECT max(created_at) FROM notes')).toBeLessThanOrEqual(now);
    expect(one<number>("SELECT count(*) FROM interactions WHERE outcome = 'answered' AND disposition_code IS NULL")).toBe(0);
    expect(one<number>('SELECT count(*) FROM interaction_root_causes')).toBeGreaterThan(0);
    expect(one<number>('SELECT count(*) FROM interactions WHERE customer_wanted IS NOT NULL AND we_offered IS NOT NULL')).toBeGreaterThan(0);
  });

  it('has notes in Cyrillic, and promises kept, broken, open and overdue', () => {
    const notes = all<{ body: string }>('SELECT body FROM notes LIMIT 200');
    expect(notes.some((note) => cyrillic.test(note.body))).toBe(true);
    const statuses = all<{ status: string }>('SELECT DISTINCT status FROM promises ORDER BY 1').map((row) => row.status);
    expect(statuses).toEqual(['broken', 'kept', 'open']);
    expect(one<number>("SELECT count(*) FROM promises WHERE status = 'open' AND due_at < ?", now)).toBeGreaterThan(10);
    expect(one<number>("SELECT count(*) FROM promises WHERE status = 'open' AND due_at >= ?", now)).toBeGreaterThan(0);
    expect(all<{ owner_type: string }>('SELECT DISTINCT owner_type FROM promises ORDER BY 1').map((row) => row.owner_type)).toEqual([
      'me', 'person', 'team',
    ]);
  });

  it('is found by search: a generated customer by surname, Cyrillic and Latin, and by part of a number', () => {
    for (const language of ['uk', 'en'] as const) {
      const customer = store.sqlite
        .prepare<[Language], { id: number; lastName: string; e164: string }>(
          `SELECT c.id, c.last_name AS lastName, p.e164 FROM customers c JOIN customer_phones p ON p.customer_id = c.id
           WHERE c.preferred_language = ? LIMIT 1`,
        )
        .get(language);
      if (!customer) throw new Error(`no customer who speaks ${language}`);
      const options = { limit: summary.customers, defaultCountry: countryOf[language] };
      expect(searchCustomers(store, customer.lastName, options).map((hit) => hit.id)).toContain(customer.id);
      expect(searchCustomers(store, customer.lastName.slice(0, 3).toLowerCase(), options).map((hit) => hit.id)).toContain(customer.id);
      expect(searchCustomers(store, customer.e164.slice(-7), options).map((hit) => hit.id)).toContain(customer.id);
    }
  });
});

describe('demo data for a seed', () => {
  const tempDir = useTempDir();

  function generate(seed: number): Record<string, unknown[]> {
    const store = openStore(join(tempDir(), 'demo.sqlite'));
    try {
      generateDemoData(store.sqlite, { customers: 300, seed, now });
      return dump(store.sqlite);
    } finally {
      store.close();
    }
  }

  it('is the same every time for the same seed and moment, and differs for another seed', () => {
    const first = generate(7);
    expect(generate(7)).toEqual(first);
    expect(generate(8).customers).not.toEqual(first.customers);
  });
});
