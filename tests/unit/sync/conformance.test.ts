import { describe, expect, it } from 'vitest';
import { customerItem, interactionItem, noteItem, supervisionRoster } from '../../sync/items';
import { runConformance } from '../../sync/conformance/run-conformance';
import type { ReferenceServerOptions } from '../../sync/reference-server';
import { useReferenceServers } from '../support/reference-servers';

const referenceServer = useReferenceServers();

async function crm(options: ReferenceServerOptions = {}) {
  const server = await referenceServer(options);
  server.publish(
    ...Array.from({ length: 450 }, (_, n) => customerItem(n)),
    noteItem('n1', 'crm-c1'),
    interactionItem('i1', 'crm-c1', { updatedAt: 1_000 }),
    interactionItem('i1', 'crm-c1', { updatedAt: 2_000, weOffered: 'A refund' }),
    interactionItem('i2', 'crm-c2'),
    ...supervisionRoster,
    server.supervisionKeyItem,
  );
  return server;
}

describe('the conformance suite a CRM integrator runs', () => {
  it('passes every check against the reference server', async () => {
    const server = await crm({ token: 'tenant-token' });
    const results = await runConformance({ url: server.url, token: 'tenant-token', maxPages: 50 }, () => {});
    expect(results.filter((result) => !result.passed)).toEqual([]);
    expect(results).toHaveLength(11);
    expect(results.find((result) => result.name.startsWith('an evaluation'))?.detail).toBe('stored, duplicate, reply stored; the feed ends with the reply');
    expect(results.find((result) => result.name.startsWith('a form version'))?.detail).toBe('stored, duplicate, the other form refused; the feed holds the version once, as pushed');
    expect(results.find((result) => result.name.startsWith('interactions that carry updatedAt'))?.detail).toBe('2 copies with updatedAt, in order');
  });

  it('catches a feed without the key that signs grants: no console could verify one', async () => {
    const server = await referenceServer();
    server.publish(customerItem(1), ...supervisionRoster);
    const results = await runConformance({ url: server.url, token: null, maxPages: 50 }, () => {});
    expect(results.filter((result) => !result.passed).map((result) => result.detail)).toEqual(['the feed has no supervision-key item: no console could verify a grant']);
  });

  it('catches an endpoint that answers with a page for another cursor', async () => {
    const server = await crm({ faults: ({ kind, n }) => (kind === 'pull' && n === 3 ? 'stale-page' : null) });
    const results = await runConformance({ url: server.url, token: null, maxPages: 50 }, () => {});
    expect(results.find((result) => !result.passed)).toMatchObject({
      name: 'every item is valid, customers come before what refers to them, and paging ends',
      detail: 'page 2: "after" does not echo the cursor asked for',
    });
  });

  it('catches a feed that publishes a change to a call with an updatedAt no later than before: the console would keep the old copy', async () => {
    const server = await crm();
    server.publish(interactionItem('i1', 'crm-c1', { updatedAt: 2_000, weOffered: 'A voucher' }), interactionItem('i3', 'crm-c1', { updatedAt: 5 }), interactionItem('i3', 'crm-c1'));
    const results = await runConformance({ url: server.url, token: null, maxPages: 50 }, () => {});
    expect(results.filter((result) => !result.passed)).toEqual([
      {
        name: 'interactions that carry updatedAt move it forward with every later copy (the console keeps the later copy)',
        passed: false,
        detail: 'page 3, item 60: interaction i1 has updatedAt 2000, not later than an earlier copy\'s 2000',
      },
    ]);
  });

  it('catches a CRM that lets a form version change: evaluations scored against it would no longer match their questions', async () => {
    const server = await crm({ formVersionsMayChange: true });
    const results = await runConformance({ url: server.url, token: null, maxPages: 50 }, () => {});
    expect(results.filter((result) => !result.passed)).toEqual([
      {
        name: 'a form version is stored once, comes back in the feed as it was pushed, and another form under the same version is refused',
        passed: false,
        detail: 'pushes answered stored, duplicate, stored (expected stored, duplicate, rejected)',
      },
    ]);
  });
});
