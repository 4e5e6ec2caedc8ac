import { expect, it } from 'vitest';
import { createHttpConnector } from '../../../src/main/services/sync/http-connector';
import { initialCursor } from '../../../src/main/services/sync/wire';
import { interactionItem } from '../../sync/items';
import { useReferenceServers } from '../support/reference-servers';

const referenceServer = useReferenceServers();

it('the reference CRM keeps the later copy of a call: an older one pushed after it is acknowledged and changes nothing', async () => {
  const server = await referenceServer();
  const connector = createHttpConnector({ baseUrl: server.url, token: null });
  server.publish(interactionItem('i1', 'crm-c1', { updatedAt: 2_000, weOffered: 'A refund' }));

  const answers = await connector.push([
    { key: 'k1', item: interactionItem('i1', 'crm-c1', { updatedAt: 1_000, weOffered: 'A voucher (older)' }) },
    { key: 'k2', item: interactionItem('i1', 'crm-c1', { updatedAt: 2_000, weOffered: 'Same time, other text' }) },
    { key: 'k3', item: interactionItem('i1', 'crm-c1', { updatedAt: 3_000, weOffered: 'A refund and a call back' }) },
    { key: 'k4', item: interactionItem('i1', 'crm-c1', { weOffered: 'From a console without updatedAt' }) },
  ]);

  expect(answers.map((answer) => answer.status)).toEqual(['stored', 'stored', 'stored', 'stored']);
  const { items } = await connector.pull(initialCursor, 10);
  expect(items.map((item) => (item as { weOffered: string }).weOffered)).toEqual(['A refund', 'A refund and a call back', 'From a console without updatedAt']);
});
