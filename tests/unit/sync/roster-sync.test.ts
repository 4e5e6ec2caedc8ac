import { describe, expect, it } from 'vitest';
import { watchedTeams } from '@shared/domain/roster';
import { getRoster } from '../../../src/main/services/roster/roster';
import { writeSetting } from '../../../src/main/store/queries/settings';
import { createHttpConnector } from '../../../src/main/services/sync/http-connector';
import { pullChanges } from '../../../src/main/services/sync/pull-changes';
import { useReferenceServers } from '../support/reference-servers';
import { useTempStore } from '../support/temp-store';

const tempStore = useTempStore();
const referenceServer = useReferenceServers();

const olena = {
  kind: 'agent',
  id: 'person-olena',
  sipAddress: 'sip:olena@Example.COM;transport=ws',
  displayName: 'Olena Shevchenko',
  team: 'Support',
  leadsTeams: ['Support', 'Billing'],
  role: 'supervisor',
  active: true,
  updatedAt: 10,
};
const anna = { kind: 'agent', id: 'person-anna', sipAddress: '1001@example.com', displayName: 'Anna Kovalenko', team: 'Support', role: 'agent', updatedAt: 10 };

async function pullFrom(items: unknown[]) {
  const server = await referenceServer();
  const connector = createHttpConnector({ baseUrl: server.url, token: null, timeoutMs: 2_000 });
  const store = tempStore();
  server.publish(...items);
  const result = await pullChanges(store, connector, { pageSize: 10, defaultCountry: 'GB' });
  return { store, result, server, connector };
}

describe('the roster arrives from the CRM as `agent` items', () => {
  it('knows this console’s user by the phone account’s SIP address, and which teams a supervisor watches', async () => {
    const { store, result } = await pullFrom([olena, anna]);
    expect(result).toMatchObject({ applied: 2, rejected: 0 });
    writeSetting(store, 'phone.account', { server: 'wss://example.com/ws', username: 'olena', domain: 'example.com', displayName: 'Olena' }, 1);

    const roster = getRoster(store);
    expect(roster.me).toMatchObject({ id: 'person-olena', sipAddress: 'olena@example.com', role: 'supervisor' });
    expect(roster.agents.map((agent) => agent.displayName)).toEqual(['Anna Kovalenko', 'Olena Shevchenko']);
    expect([...watchedTeams(roster.me, roster.agents)].sort()).toEqual(['Billing', 'Support']);
    expect(watchedTeams(roster.agents.find((agent) => agent.id === 'person-anna') ?? null, roster.agents).size).toBe(0);
  });

  it('takes a newer copy, ignores a replayed older one, and keeps people who left as inactive', async () => {
    const { store, server, connector } = await pullFrom([anna]);
    server.publish({ ...anna, team: 'Billing', active: false, updatedAt: 20 }, { ...anna, team: 'Sales', updatedAt: 15 });
    expect(await pullChanges(store, connector, { pageSize: 10, defaultCountry: 'GB' })).toMatchObject({ applied: 1, rejected: 0 });
    expect(getRoster(store).agents).toEqual([expect.objectContaining({ id: 'person-anna', team: 'Billing', active: false })]);
    expect(getRoster(store).me).toBeNull();
  });

  it('refuses an address that is not user@domain and stores an unknown role as agent, saying so', async () => {
    const { store, result } = await pullFrom([
      { ...anna, id: 'person-bad', sipAddress: 'just-a-name' },
      { ...anna, id: 'person-new-role', role: 'team-lead' },
    ]);
    expect(result).toMatchObject({ applied: 1, rejected: 1 });
    expect(getRoster(store).agents).toEqual([expect.objectContaining({ id: 'person-new-role', role: 'agent' })]);
    const reasons = store.sqlite.prepare<[], string>("SELECT details FROM audit_log WHERE action LIKE 'sync.item-%'").pluck().all().join('\n');
    expect(reasons).toContain('sipAddress: not a SIP address of the form user@domain');
    expect(reasons).toContain('role: unknown value, stored as agent');
  });
});
