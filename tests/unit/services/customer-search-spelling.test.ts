import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { searchCustomers } from '../../../src/main/services/customers/search';
import type { Sqlite, Store } from '../../../src/main/store/connection';
import { openStore } from '../../../src/main/store/database';
import { migrations } from '../../../src/main/store/migrations';
import { addCustomer } from '../support/customers';
import { useTempDir, useTempStore } from '../support/temp-store';

const ids = (store: Store, query: string) => searchCustomers(store, query, { limit: 20, defaultCountry: 'UA' }).map((hit) => hit.id);

/** A customer that is an organisation: its display name is its company's, as a CRM sends one without a contact person. */
function addOrganisation(sqlite: Sqlite, name: string): number {
  const { lastInsertRowid } = sqlite
    .prepare("INSERT INTO customers (first_name, last_name, display_name, company, created_at, updated_at) VALUES ('', '', ?, ?, 1, 1)")
    .run(name, name);
  return Number(lastInsertRowid);
}

describe('finding a customer spelled the way ru/uk agents type', () => {
  const tempStore = useTempStore();
  let store: Store;
  const search = (query: string) => ids(store, query);

  beforeEach(() => {
    store = tempStore();
  });

  it('ё and е are one letter, in either case and on either side', () => {
    const fedor = addCustomer(store.sqlite, { firstName: 'Фёдор', lastName: 'Алёшин' });
    const semen = addCustomer(store.sqlite, { firstName: 'Семен', lastName: 'Елкин' });
    expect(search('Федор')).toEqual([fedor]);
    expect(search('алеш')).toEqual([fedor]);
    expect(search('ФЁДОР АЛЁШИН')).toEqual([fedor]);
    expect(search('Семён Ёлкин')).toEqual([semen]);
    expect(search('ёл')).toEqual([semen]);
  });

  it('the Ukrainian apostrophe in any of its spellings, or left out', () => {
    const marianaModifier = addCustomer(store.sqlite, { firstName: 'Марʼяна', lastName: 'Дʼяченко' });
    const marianaKeyboard = addCustomer(store.sqlite, { firstName: "Мар'яна", lastName: 'Вовк' });
    const both = [marianaModifier, marianaKeyboard];
    for (const typed of ["Мар'яна", 'Мар’яна', 'Марʼяна', 'Мар`яна', 'Мар‘яна', 'Маряна', "мар'я"]) {
      expect(search(typed), typed).toEqual(both);
    }
    expect(search("Д'яченко")).toEqual([marianaModifier]);
    expect(search('дяч')).toEqual([marianaModifier]);
    expect(search('Mariana Diachenko')).toEqual([marianaModifier]);
  });

  it('a Cyrillic name typed in Latin letters, by the official rules or the usual variants', () => {
    const olena = addCustomer(store.sqlite, { firstName: 'Олена', lastName: 'Шевченко' });
    const yuliia = addCustomer(store.sqlite, { firstName: 'Юлія', lastName: 'Гриценко' });
    const hryhorii = addCustomer(store.sqlite, { firstName: 'Григорій', lastName: 'Щербак' });
    const fedor = addCustomer(store.sqlite, { firstName: 'Фёдор', lastName: 'Хрущёв' });
    const aleksandr = addCustomer(store.sqlite, { firstName: 'Александр', lastName: 'Цветков' });
    const oleksandr = addCustomer(store.sqlite, { firstName: 'Олександр', lastName: 'Ткаченко' });

    expect(search('Olena')).toEqual([olena]);
    expect(search('Olena Shevchenko')).toEqual([olena]);
    expect(search('shevch')).toEqual([olena]);
    for (const typed of ['Yuliia', 'Yulia', 'Julia', 'Iuliia', 'Yuliya', 'Hrytsenko', 'Gritsenko', 'Yulia Hryts']) {
      expect(search(typed), typed).toEqual([yuliia]);
    }
    for (const typed of ['Hryhorii', 'Grigorii', 'Grigoriy', 'Shcherbak', 'Scherbak']) {
      expect(search(typed), typed).toEqual([hryhorii]);
    }
    for (const typed of ['Fyodor', 'Fedor', 'Khrushchev', 'Hrushchev']) {
      expect(search(typed), typed).toEqual([fedor]);
    }
    for (const typed of ['Tsvetkov', 'Cvetkov']) {
      expect(search(typed), typed).toEqual([aleksandr]);
    }
    expect(search('Oleksandr')).toEqual([aleksandr, oleksandr]);
    expect(search('Aleksandr')).toEqual([aleksandr, oleksandr]);
    expect(search('Alexandr Tkachenko')).toEqual([oleksandr]);
  });

  it('a name stored in Latin letters typed in Cyrillic, Ukrainian or Russian', () => {
    const andrii = addCustomer(store.sqlite, { firstName: 'Andrii', lastName: 'Kovalenko', email: 'a.kovalenko@example.com' });
    const yulia = addCustomer(store.sqlite, { firstName: 'Yulia', lastName: 'Tsvetkova' });
    expect(search('Коваленко')).toEqual([andrii]);
    expect(search('Андрій Кова')).toEqual([andrii]);
    expect(search('Андрей')).toEqual([andrii]);
    expect(search('Юлия Цвет')).toEqual([yulia]);
    expect(search('Юлія')).toEqual([yulia]);
  });

  it('finds each word while it is still being typed, a letter at a time', () => {
    const olena = addCustomer(store.sqlite, { firstName: 'Олена', lastName: 'Шевченко' });
    const andriienko = addCustomer(store.sqlite, { firstName: 'Ірина', lastName: 'Андрієнко' });
    for (let length = 2; length <= 'Shevchenko'.length; length += 1) {
      expect(search('Shevchenko'.slice(0, length)), 'Shevchenko'.slice(0, length)).toEqual([olena]);
    }
    for (let length = 2; length <= 'Andriienko'.length; length += 1) {
      expect(search('Andriienko'.slice(0, length)), 'Andriienko'.slice(0, length)).toEqual([andriienko]);
    }
  });

  it('a person before a company with the same name, whoever was added first', () => {
    const shop = addOrganisation(store.sqlite, 'Олена');
    const employer = addCustomer(store.sqlite, { firstName: 'Jane', lastName: 'Doe', company: 'Olena Trading' });
    const olena = addCustomer(store.sqlite, { firstName: 'Олена', lastName: 'Шевченко' });
    expect(search('Олена')).toEqual([olena, shop, employer]);
    expect(search('Olena')).toEqual([olena, shop, employer]);
    expect(search('Оле')).toEqual([olena, shop, employer]);
  });

  it('the name as typed before another name that is spelled the same in Latin letters', () => {
    const olena = addCustomer(store.sqlite, { firstName: 'Олена', lastName: 'Бондар' });
    const alena = addCustomer(store.sqlite, { firstName: 'Алёна', lastName: 'Орлова' });
    expect(search('Алёна')).toEqual([alena, olena]);
    expect(search('Олена')).toEqual([olena, alena]);
    expect(search('Алё')).toEqual([alena, olena]);
  });

  it('a whole word before the beginning of a longer one', () => {
    const ivanov = addCustomer(store.sqlite, { firstName: 'Пётр', lastName: 'Иванов' });
    const ivan = addCustomer(store.sqlite, { firstName: 'Иван', lastName: 'Петров' });
    expect(search('Иван')).toEqual([ivan, ivanov]);
    expect(search('Ivan')).toEqual([ivan, ivanov]);
    expect(search('Иван Петров')).toEqual([ivan]);
    expect(search('Петр')).toEqual([ivanov, ivan]);
  });

  it('keeps that order when more customers match than a page shows', () => {
    for (let n = 0; n < 25; n += 1) addOrganisation(store.sqlite, `Олена ${n}`);
    for (let n = 0; n < 25; n += 1) addCustomer(store.sqlite, { firstName: 'Олена', lastName: `Іваненко ${n}` });
    for (let n = 0; n < 25; n += 1) addCustomer(store.sqlite, { firstName: 'Пётр', lastName: `Иванов ${n}` });
    const alena = addCustomer(store.sqlite, { firstName: 'Алёна', lastName: 'Орлова' });
    const ivan = addCustomer(store.sqlite, { firstName: 'Иван', lastName: 'Петров' });
    expect(search('Алёна')[0]).toBe(alena);
    expect(search('Иван')[0]).toBe(ivan);
    const organisations = new Set(store.sqlite.prepare<[], number>("SELECT id FROM customers WHERE first_name = ''").pluck().all());
    const olenas = search('Олена');
    expect(olenas).toHaveLength(20);
    expect(olenas.filter((id) => organisations.has(id))).toEqual([]);
  });

  it('never fails on query syntax, punctuation or a huge paste', () => {
    const ivan = addCustomer(store.sqlite, { firstName: 'Иван', lastName: 'Нирин' });
    for (const hostile of ['"', '*', '-', "'", 'ʼ', '’', '^', ':', '(', ')', '{', '}', '" OR "', 'NEAR', 'NEAR(', 'AND', 'NOT', 'person:', '{person}', 'a'.repeat(100_000), 'ʼ'.repeat(10_000)]) {
      expect(() => search(hostile), hostile.slice(0, 20)).not.toThrow();
      expect(search(hostile), hostile.slice(0, 20)).toEqual([]);
    }
    expect(search('Иван*')).toEqual([ivan]);
    expect(search('"Иван"')).toEqual([ivan]);
    expect(search('-Иван')).toEqual([ivan]);
    expect(search('person: Иван')).toEqual([]);
    expect(search('NEAR(Иван Нирин)')).toEqual([]);
    expect(search('Нир')).toEqual([ivan]);
  });

  it('follows a customer renamed from Cyrillic to Latin letters', () => {
    const ivan = addCustomer(store.sqlite, { firstName: 'Иван', lastName: 'Петров' });
    store.sqlite.prepare("UPDATE customers SET first_name = 'Ivan', last_name = 'Sydorenko', display_name = 'Ivan Sydorenko' WHERE id = ?").run(ivan);
    expect(search('Сидоренко')).toEqual([ivan]);
    expect(search('Петров')).toEqual([]);
  });
});

describe('upgrading a database to the spelling-tolerant search', () => {
  const tempDir = useTempDir();

  it('indexes the customers it already had', () => {
    const file = join(tempDir(), 'parley.sqlite');
    const previous = new Database(file);
    for (const migration of migrations.filter((each) => each.version <= 8)) previous.exec(migration.sql);
    previous.pragma('user_version = 8');
    const olena = addCustomer(previous, { firstName: 'Олена', lastName: 'Дʼяченко', email: 'olena@example.com' });
    const shop = addOrganisation(previous, 'Олена');
    const fedor = addCustomer(previous, { firstName: 'Fyodor', lastName: 'Alyoshin' });
    previous.close();

    const store = openStore(file);
    try {
      expect(ids(store, 'Olena')).toEqual([olena, shop]);
      expect(ids(store, "Д'яченко")).toEqual([olena]);
      expect(ids(store, 'Фёдор Алёшин')).toEqual([fedor]);
      expect(ids(store, 'olena@example')).toEqual([olena]);
    } finally {
      store.close();
    }
  });
});
