import { describe, expect, it } from 'vitest';
import { customerItem, noteItem } from '../../sync/items';
import { runConformance } from '../../sync/conformance/run-conformance';
import type { ReferenceServerOptions } from '../../sync/reference-server';
import { useReferenceServers } from '../support/reference-servers';

const referenceServer = useReferenceServers();

async function crm(options: ReferenceServerOptions = {}) {
  const server = await referenceServer(options);
  server.publish(...Array.from({ length: 450 }, (_, n) => customerItem(n)), noteItem('n1', 'crm-c1'));
  return server;
}

describe('the conformance suite a CRM integrator runs', () => {
  it('passes every check against the reference server', async () => {
    const server = await crm({ token: 'tenant-token' });
    const results = await runConformance({ url: server.url, token: 'tenant-token', maxPages: 50 }, () => {});
    expect(results.filter((result) => !result.passed)).toEqual([]);
    expect(results).toHaveLength(6);
  });

  it('catches an endpoint that answers with a page for another cursor', async () => {
    const server = await crm({ faults: ({ kind, n }) => (kind === 'pull' && n === 3 ? 'stale-page' : null) });
    const results = await runConformance({ url: server.url, token: null, maxPages: 50 }, () => {});
    expect(results.find((result) => !result.passed)).toMatchObject({
      name: 'every item is valid, customers come before what refers to them, and paging ends',
      detail: 'page 2: "after" does not echo the cursor asked for',
    });
  });
});
