import { describe, expect, it } from 'vitest';
import type { CustomerProfile } from '@shared/domain/customer';
import { callPlaceholders } from '../../../src/renderer/src/features/script-pane/call-placeholders';

const customer: CustomerProfile = {
  id: 1,
  firstName: 'Олена',
  lastName: 'Шевчук',
  displayName: 'Олена Іванівна Шевчук',
  company: null,
  email: null,
  tier: 'standard',
  preferredLanguage: 'uk',
  preferredTone: 'formal',
  tags: [],
  phones: [],
  openPromises: [
    { id: 7, description: 'Передзвонити з трек-номером', ownerType: 'team', ownerName: 'Відділ логістики', dueAt: Date.UTC(2025, 2, 12, 13), status: 'open', createdAt: 0 },
  ],
  callCount: 1,
  lastContactAt: null,
};

describe('what a script phrase is filled with on a call', () => {
  it('addresses a Ukrainian customer in the vocative, formally with «пані»', () => {
    const values = callPlaceholders(customer, 'Анна Коваленко', '+380671234567', 'uk');
    expect(values['customer.firstNameVocative']).toBe('Олено');
    expect(values['customer.formalAddress']).toBe('пані Олено');
  });

  it('names who keeps the promise and reads its time with the long month', () => {
    const values = callPlaceholders(customer, 'Анна Коваленко', '+380671234567', 'uk');
    expect(values['promise.owner']).toBe('Відділ логістики');
    expect(values['promise.due']).toMatch(/^12 березня о \d{1,2}:00$/);
  });

  it('takes the promise made on this call over the open one, with its owner', () => {
    const made = { description: 'Надіслати умови гарантії', ownerType: 'me' as const, ownerName: 'Анна Коваленко', dueAt: Date.UTC(2025, 2, 13, 9) };
    const values = callPlaceholders(customer, 'Анна Коваленко', '+380671234567', 'ru', [made]);
    expect(values['promise.owner']).toBe('Анна Коваленко');
    expect(values['promise.due']).toMatch(/^13 марта в \d{1,2}:00$/);
  });

  it('leaves the formal address out when the data does not give it, and everything about the customer when nobody is known', () => {
    expect(callPlaceholders({ ...customer, displayName: 'Олена Шевчук' }, null, '+380671234567', 'uk')['customer.formalAddress']).toBeUndefined();
    const unknown = callPlaceholders(null, null, '+380671234567', 'uk');
    expect(unknown['customer.firstNameVocative']).toBeUndefined();
    expect(unknown['promise.owner']).toBeUndefined();
  });
});
