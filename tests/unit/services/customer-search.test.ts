import { beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/main/store/connection';
import { findCustomerIdsByPhone } from '../../../src/main/store/queries/customer-search.raw';
import { searchCustomers } from '../../../src/main/services/customers/search';
import { addCustomer } from '../support/customers';
import { useTempStore } from '../support/temp-store';

describe('finding a customer', () => {
  const tempStore = useTempStore();
  let store: Store;
  let ivan: number;
  let olha: number;
  let jane: number;

  beforeEach(() => {
    store = tempStore();
    ivan = addCustomer(store.sqlite, { firstName: 'Иван', lastName: 'Петров', phones: ['+79161234567'], email: 'ivan.petrov@mail.ru' });
    olha = addCustomer(store.sqlite, { firstName: 'Ольга', lastName: 'Коваленко', phones: ['+380501112233'], tier: 'vip', company: 'Нова Пошта' });
    jane = addCustomer(store.sqlite, { firstName: 'Jane', lastName: 'Doe', phones: ['+12025550143', '+12025550199'], company: 'Acme Logistics' });
    store.sqlite
      .prepare("INSERT INTO notes (customer_id, author, body, created_at) VALUES (?, 'agent', 'Asked about the refund for order 5521', 1)")
      .run(jane);
  });

  const search = (query: string, defaultCountry = 'RU') =>
    searchCustomers(store, query, { limit: 20, defaultCountry }).map((hit) => hit.id);

  it('by the beginning of a name, in Cyrillic and Latin, ignoring case', () => {
    expect(search('пет')).toEqual([ivan]);
    expect(search('ОЛЬГ')).toEqual([olha]);
    expect(search('jan')).toEqual([jane]);
    expect(search('Иван Пет')).toEqual([ivan]);
  });

  it('by company, email and words in notes', () => {
    expect(search('acme')).toEqual([jane]);
    expect(search('Пошта')).toEqual([olha]);
    expect(search('ivan.petrov')).toEqual([ivan]);
    expect(search('refund')).toEqual([jane]);
  });

  it('by any part of a phone number, however it is typed', () => {
    expect(search('1234')).toEqual([ivan]);
    expect(search('111-22')).toEqual([olha]);
    expect(search('555 01')).toEqual([jane]);
    expect(search('8 (916) 123-45-67')).toEqual([ivan]);
    expect(search('050 111 22 33', 'UA')).toEqual([olha]);
  });

  it('shows the matching phone of a customer who has several', () => {
    const [hit] = searchCustomers(store, '0199', { limit: 20, defaultCountry: 'US' });
    expect(hit).toMatchObject({ id: jane, phone: '+12025550199', company: 'Acme Logistics' });
  });

  it('returns nothing for too few digits or for input that is only punctuation', () => {
    expect(search('91')).toEqual([]);
    expect(search('"*')).toEqual([]);
  });

  it('treats query syntax as plain text', () => {
    expect(search('Петров OR NOT Doe')).toEqual([]);
    expect(() => search('NEAR(" ')).not.toThrow();
  });

  it('follows a renamed customer', () => {
    store.sqlite.prepare("UPDATE customers SET last_name = 'Сидоров', display_name = 'Иван Сидоров' WHERE id = ?").run(ivan);
    expect(search('сидор')).toEqual([ivan]);
    expect(search('петров')).toEqual([]);
  });

  it('looks a caller up by exact E.164 number', () => {
    expect(findCustomerIdsByPhone(store, '+79161234567')).toEqual([ivan]);
    expect(findCustomerIdsByPhone(store, '+79161234568')).toEqual([]);
  });
});
