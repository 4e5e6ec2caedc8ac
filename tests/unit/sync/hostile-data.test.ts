import { afterEach, expect, it } from 'vitest';
import { createHttpConnector } from '../../../src/main/services/sync/http-connector';
import { pullChanges } from '../../../src/main/services/sync/pull-changes';
import { customerItem, noteItem, promiseItem } from '../../sync/items';
import { startReferenceServer, type ReferenceServer } from '../../sync/reference-server';
import { useTempStore } from '../support/temp-store';

const tempStore = useTempStore();
let server: ReferenceServer | null = null;
afterEach(() => server?.close());

it('hostile data from the CRM is stored safely as text, and what was changed or refused is reported without the values', async () => {
  server = await startReferenceServer();
  const script = '<script>alert("pwned")</script>';
  const hugeNote = 'x'.repeat(100 * 1024);
  server.publish(
    customerItem(1, { firstName: script, lastName: 'Null\u0000Byte', tier: 'diamond', preferredTone: 'sarcastic', phones: [{ number: 'call me maybe' }, { number: '+447400000001' }] }),
    noteItem('n1', 'crm-c1', { body: hugeNote }),
    noteItem('n2', 'crm-c1', { body: `<img src=x onerror="fetch('//evil')">` }),
    promiseItem('p1', 'crm-c1', { status: 'pending-forever', ownerType: 'robot' }),
    { kind: 'interaction', id: 'i1', customerId: 'crm-c1', direction: 'sideways', fromNumber: '1', toNumber: '2', startedAt: 1, endedAt: 2, outcome: 'abducted' },
    { kind: 'note', id: 'n3', customerId: 'crm-c1', body: 42 },
  );
  const store = tempStore();
  const { sqlite } = store;

  const tally = await pullChanges(store, createHttpConnector({ baseUrl: server.url, token: null }), { pageSize: 10, defaultCountry: 'GB' });

  expect(tally).toMatchObject({ applied: 5, rejected: 1 });
  expect(sqlite.prepare('SELECT first_name, last_name, tier, preferred_tone FROM customers').get()).toEqual({
    first_name: script,
    last_name: 'NullByte',
    tier: 'standard',
    preferred_tone: 'friendly',
  });
  expect(sqlite.prepare('SELECT e164 FROM customer_phones').pluck().all()).toEqual(['+447400000001']);
  expect(sqlite.prepare("SELECT length(body) FROM notes WHERE external_id = 'n1'").pluck().get()).toBe(100 * 1024);
  expect(sqlite.prepare('SELECT status, owner_type FROM promises').get()).toEqual({ status: 'open', owner_type: 'team' });
  expect(sqlite.prepare('SELECT direction, outcome FROM interactions').get()).toEqual({ direction: 'inbound', outcome: 'failed' });

  const audit = sqlite.prepare('SELECT action, entity, entity_id AS ref, details FROM audit_log ORDER BY id').all() as { action: string; entity: string; ref: string; details: string }[];
  expect(audit.map(({ action, entity, ref }) => `${action} ${entity} ${ref}`)).toEqual([
    'sync.item-adjusted customer crm-c1',
    'sync.item-adjusted promise p1',
    'sync.item-adjusted interaction i1',
    'sync.item-rejected note n3',
  ]);
  expect(JSON.parse(audit[0]?.details ?? '{}')).toEqual({
    source: 'crm',
    reasons: ['lastName: NUL bytes removed', 'tier: unknown value, stored as standard', 'preferredTone: unknown value, stored as friendly', 'phones.0: not a valid phone number, left out'],
  });
  const logged = audit.map((entry) => entry.details).join('\n');
  for (const value of ['diamond', 'sarcastic', 'call me maybe', 'alert', 'abducted', 'robot']) expect(logged).not.toContain(value);
});
