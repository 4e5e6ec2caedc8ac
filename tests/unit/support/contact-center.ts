import { rosterPerson } from '../../sync/items';
import { installDefaultScorecardForm } from '../../../src/main/services/review/scorecard-form-store';
import { createHttpConnector } from '../../../src/main/services/sync/http-connector';
import { pullChanges } from '../../../src/main/services/sync/pull-changes';
import type { Store } from '../../../src/main/store/connection';
import { writeSetting } from '../../../src/main/store/queries/settings';
import { useReferenceServers } from './reference-servers';
import { useTempStore } from './temp-store';

export const push = { batchSize: 50, backoff: { baseMs: 1, maxMs: 1 } };
export const pull = { pageSize: 50, defaultCountry: 'GB' };

/** A finished call as the CRM's feed carries it. */
export const crmCall = (id: string, agent: string, startedAt: number) => ({
  kind: 'interaction',
  id,
  customerId: null,
  direction: 'inbound',
  fromNumber: '+442079460000',
  toNumber: '1001',
  sipCallId: `${id}/7@pbx`,
  startedAt,
  answeredAt: startedAt + 2_000,
  endedAt: startedAt + 60_000,
  agent,
  outcome: 'answered',
  rootCauses: [],
  updatedAt: startedAt + 60_000,
});

/** The call's row on a console, by the CRM's id. */
export const localCall = (store: Store, externalId: string) => store.sqlite.prepare<[string], number>('SELECT id FROM interactions WHERE external_id = ?').pluck().get(externalId) ?? 0;

/**
 * A reference CRM with a roster (Olena supervises Support; Anna answers for
 * Support, Boris for Sales) and a call of each agent, and consoles signed in
 * as any of them (real SQLite files, synced once, with the shipped form as
 * the app installs it at start). Call at a test file's top level.
 */
export function useContactCenter() {
  const tempStore = useTempStore();
  const referenceServer = useReferenceServers();
  return async () => {
    const server = await referenceServer();
    server.publish(
      rosterPerson('p-olena', 'olena', 'Olena Shevchenko', 'Support', 'supervisor', ['Support']),
      rosterPerson('p-anna', 'anna', 'Anna Kovalenko', 'Support', 'agent'),
      rosterPerson('p-boris', 'boris', 'Boris Melnyk', 'Sales', 'agent'),
      crmCall('call-anna', 'Anna Kovalenko', 1_700_000_000_000),
      crmCall('call-boris', 'Boris Melnyk', 1_700_000_100_000),
    );
    const connector = createHttpConnector({ baseUrl: server.url, token: null, timeoutMs: 2_000 });
    const consoleOf = async (user: string, displayName: string) => {
      const store = tempStore();
      installDefaultScorecardForm(store);
      writeSetting(store, 'phone.account', { server: 'wss://example.com/ws', username: user, domain: 'example.com', displayName }, 1);
      await pullChanges(store, connector, pull);
      return store;
    };
    const supervisor = await consoleOf('olena', 'Olena Shevchenko');
    const agent = await consoleOf('anna', 'Anna Kovalenko');
    return { server, connector, supervisor, agent, consoleOf };
  };
}
