import { describe, expect, it } from 'vitest';
import { scriptFileText } from '@shared/scripts/parse-script-file';
import { defaultScripts } from '../../../src/main/services/scripts/default-scripts';
import { importScript } from '../../../src/main/services/scripts/import-script';
import { latestScript } from '../../../src/main/services/scripts/script-store';
import { createHttpConnector } from '../../../src/main/services/sync/http-connector';
import { pullChanges } from '../../../src/main/services/sync/pull-changes';
import { pushOutbox } from '../../../src/main/services/sync/push-outbox';
import { useReferenceServers } from '../support/reference-servers';
import { useTempStore } from '../support/temp-store';

const tempStore = useTempStore();
const referenceServer = useReferenceServers();

async function crm() {
  const server = await referenceServer();
  return { server, connector: createHttpConnector({ baseUrl: server.url, token: null, timeoutMs: 2_000 }) };
}

const supportScript = () => {
  const body = defaultScripts().find((script) => script.slug === 'inbound-support');
  if (!body) throw new Error('The shipped support script is missing');
  return body;
};

describe('call scripts sync like everything else', () => {
  it('a version a supervisor saves goes to the CRM, and another console takes it for its next calls', async () => {
    const { server, connector } = await crm();
    const here = tempStore();
    const edited = { ...supportScript(), title: { ...supportScript().title, en: 'Support, revised' } };
    const saved = importScript(here, 'inbound-support.yaml', scriptFileText(edited), 'Olena (supervisor)').script;
    expect(saved?.version).toBe(1);

    expect(await pushOutbox(here, connector, { batchSize: 10, backoff: { baseMs: 1, maxMs: 1 } })).toMatchObject({ acknowledged: 1, refused: 0 });
    expect(server.storedTimes.get('inbound-support@1')).toBe(1);

    // The CRM hands the version on to another console, which had none.
    const there = tempStore();
    server.publish({ kind: 'script', id: 'inbound-support@1', slug: 'inbound-support', version: 1, body: edited, createdAt: 5, createdBy: 'Olena (supervisor)' });
    expect(await pullChanges(there, connector, { pageSize: 10, defaultCountry: 'GB' })).toMatchObject({ applied: 1, rejected: 0 });
    expect(latestScript(there, 'inbound-support')?.body.title.en).toBe('Support, revised');

    // A replayed copy changes nothing.
    server.publish({ kind: 'script', id: 'inbound-support@1', slug: 'inbound-support', version: 1, body: edited, createdAt: 5, createdBy: null });
    expect(await pullChanges(there, connector, { pageSize: 10, defaultCountry: 'GB' })).toMatchObject({ applied: 0, rejected: 0 });
  });

  it('refuses a broken script and another text under a version already held, and says why', async () => {
    const { server, connector } = await crm();
    const store = tempStore();
    const { sqlite } = store;
    const body = supportScript();
    const broken = { ...body, start: 'no-such-step' };
    server.publish(
      { kind: 'script', id: 'inbound-support@1', slug: 'inbound-support', version: 1, body, createdAt: 1 },
      { kind: 'script', id: 'inbound-support@1', slug: 'inbound-support', version: 1, body: { ...body, title: { en: 'Rewritten', ru: 'Переписан', uk: 'Переписаний' } }, createdAt: 2 },
      { kind: 'script', id: 'inbound-support@2', slug: 'inbound-support', version: 2, body: broken, createdAt: 3 },
    );
    expect(await pullChanges(store, connector, { pageSize: 10, defaultCountry: 'GB' })).toMatchObject({ applied: 1, rejected: 2 });
    const reasons = sqlite.prepare<[], string>("SELECT details FROM audit_log WHERE action = 'sync.item-rejected'").pluck().all().join('\n');
    expect(reasons).toContain('versions never change');
    expect(reasons).toContain('unknown-target');
    expect(sqlite.prepare('SELECT count(*) FROM scripts').pluck().get()).toBe(1);
  });
});
