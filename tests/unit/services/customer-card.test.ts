import { beforeEach, describe, expect, it } from 'vitest';
import type { TimelineCursor } from '@shared/domain/customer';
import { getCustomerProfile } from '../../../src/main/services/customers/profile';
import { getCustomerTimeline } from '../../../src/main/services/customers/timeline';
import type { Store } from '../../../src/main/store/connection';
import { addCustomer } from '../support/customers';
import { useTempStore } from '../support/temp-store';

const day = 86_400_000;
const now = Date.UTC(2026, 10, 23, 9, 0);

describe('the customer card', () => {
  const tempStore = useTempStore();
  let store: Store;
  let customerId: number;

  beforeEach(() => {
    store = tempStore();
    const { sqlite } = store;
    customerId = addCustomer(sqlite, { firstName: 'Ольга', lastName: 'Коваленко', tier: 'vip', phones: ['+380501112233'], tags: ['опт', 'b2b'] });
    sqlite.prepare("INSERT INTO disposition_codes (code, label_en, label_ru, label_uk) VALUES ('resolved', 'Resolved', 'Решено', 'Вирішено')").run();
    sqlite.prepare("INSERT INTO root_cause_codes (code, label_en, label_ru, label_uk) VALUES ('delivery-delay', 'Delivery delay', 'Задержка доставки', 'Затримка доставки')").run();
    const call = sqlite.prepare(
      `INSERT INTO interactions (customer_id, direction, from_number, to_number, started_at, answered_at, ended_at, agent, outcome, disposition_code)
       VALUES (?, 'inbound', '+380501112233', '+74950000000', ?, ?, ?, 'anna', 'answered', 'resolved')`,
    );
    const callId = Number(call.run(customerId, now - 3 * day, now - 3 * day + 5_000, now - 3 * day + 185_000).lastInsertRowid);
    sqlite.prepare("INSERT INTO interaction_root_causes (interaction_id, code) VALUES (?, 'delivery-delay')").run(callId);
    sqlite.prepare("INSERT INTO notes (customer_id, interaction_id, author, body, created_at) VALUES (?, ?, 'anna', 'Посылка задержана на складе', ?)").run(customerId, callId, now - 3 * day);
    const promise = sqlite.prepare(
      `INSERT INTO promises (customer_id, interaction_id, description, owner_type, owner_name, due_at, status, status_changed_at, created_at)
       VALUES (?, ?, ?, 'me', 'anna', ?, ?, ?, ?)`,
    );
    promise.run(customerId, callId, 'Call back with the tracking number', now - 1 * day, 'open', now - 3 * day, now - 3 * day);
    promise.run(customerId, callId, 'Send the refund form', now + 2 * day, 'open', now - 3 * day, now - 3 * day);
    promise.run(customerId, callId, 'Apologize in writing', now - 2 * day, 'kept', now - 2 * day, now - 3 * day);
  });

  it('shows who the customer is, with open promises soonest-due first', () => {
    const profile = getCustomerProfile(store, customerId);
    expect(profile).toMatchObject({
      displayName: 'Ольга Коваленко',
      tier: 'vip',
      tags: ['b2b', 'опт'],
      phones: [{ e164: '+380501112233', label: null }],
      callCount: 1,
      lastContactAt: now - 3 * day,
    });
    expect(profile?.openPromises.map((promise) => promise.description)).toEqual([
      'Call back with the tracking number',
      'Send the refund form',
    ]);
  });

  it('answers null for a customer that does not exist', () => {
    expect(getCustomerProfile(store, 999)).toBeNull();
  });

  it('lists calls, notes and promises newest first, with labels in every language', () => {
    const page = getCustomerTimeline(store, customerId, null, 50);
    expect(page.entries.map((entry) => entry.kind)).toEqual(['promise', 'promise', 'promise', 'note', 'call']);
    const call = page.entries.find((entry) => entry.kind === 'call');
    expect(call).toMatchObject({
      durationSec: 180,
      disposition: { code: 'resolved', label: { ru: 'Решено' } },
      rootCauses: [{ code: 'delivery-delay', label: { uk: 'Затримка доставки' } }],
    });
    expect(page.next).toBeNull();
  });

  it('pages through thousands of entries without gaps or repeats', () => {
    const insert = store.sqlite.prepare("INSERT INTO notes (customer_id, author, body, created_at) VALUES (?, 'bot', ?, ?)");
    store.sqlite.transaction(() => {
      // Many share a timestamp: the cursor must still be exact.
      for (let i = 0; i < 2_500; i++) insert.run(customerId, `note ${i}`, now - Math.floor(i / 10) * 1000);
    })();
    const seen = new Set<string>();
    let cursor: TimelineCursor | null = null;
    let pages = 0;
    do {
      const page = getCustomerTimeline(store, customerId, cursor, 200);
      for (const entry of page.entries) seen.add(`${entry.kind}:${entry.id}`);
      cursor = page.next;
      pages += 1;
    } while (cursor);
    expect(seen.size).toBe(2_505);
    expect(pages).toBe(13);
  });
});
