import { expect, it } from 'vitest';
import { recordCall } from '../../../src/main/services/calls/record-call';
import { createHttpConnector } from '../../../src/main/services/sync/http-connector';
import { pullChanges } from '../../../src/main/services/sync/pull-changes';
import { pushOutbox } from '../../../src/main/services/sync/push-outbox';
import { interactionItem } from '../../sync/items';
import { useReferenceServers } from '../support/reference-servers';
import { useTempStore } from '../support/temp-store';

const tempStore = useTempStore();
const referenceServer = useReferenceServers();
const push = { batchSize: 50, backoff: { baseMs: 1, maxMs: 1 } };
const qualityOf = (store: ReturnType<typeof tempStore>, sipCallId: string) =>
  store.sqlite
    .prepare('SELECT quality_mos AS mos, quality_loss_percent AS loss, quality_jitter_ms AS jitter, quality_round_trip_ms AS rtt, longest_no_audio_s AS silence FROM interactions WHERE sip_call_id = ?')
    .get(sipCallId);

it("a call's quality goes to the CRM with the call, so a supervisor's console that pulls it has the figures to review", async () => {
  const server = await referenceServer({});
  const connector = createHttpConnector({ baseUrl: server.url, token: null });
  const agentConsole = tempStore();
  recordCall(
    agentConsole,
    {
      direction: 'inbound',
      remote: '+442071234567',
      local: 'anna',
      sipCallId: 'quality-1@pbx',
      startedAt: 1_000,
      answeredAt: 4_000,
      endedAt: 64_000,
      outcome: 'answered',
      endReason: 'remote-hangup',
      sipCode: null,
      longestNoAudioSeconds: 7,
      quality: { mos: 3.6, lossPercent: 4.5, jitterMs: 31, roundTripMs: 120 },
    },
    'GB',
  );
  await pushOutbox(agentConsole, connector, push);

  const supervisorConsole = tempStore();
  await pullChanges(supervisorConsole, connector, { pageSize: 10, defaultCountry: 'GB' });

  expect(qualityOf(supervisorConsole, 'quality-1@pbx')).toEqual({ mos: 3.6, loss: 4.5, jitter: 31, rtt: 120, silence: 7 });
});

it('a figure out of its range is left out and reported without its value; the call and its other figures are kept, and a later copy without figures keeps them', async () => {
  const server = await referenceServer({});
  const connector = createHttpConnector({ baseUrl: server.url, token: null });
  const store = tempStore();
  const pull = () => pullChanges(store, connector, { pageSize: 10, defaultCountry: 'GB' });
  server.publish(interactionItem('i1', 'crm-c1', { sipCallId: 'quality-2@pbx', updatedAt: 1_000, quality: { mos: 7.5, lossPercent: 2, jitterMs: -3, roundTripMs: 80, longestNoAudioSeconds: 1.5 } }));

  await pull();
  expect(qualityOf(store, 'quality-2@pbx')).toEqual({ mos: null, loss: 2, jitter: null, rtt: 80, silence: null });
  const details = store.sqlite.prepare("SELECT details FROM audit_log WHERE action = 'sync.item-adjusted' AND entity_id = 'i1'").pluck().get() as string;
  expect(JSON.parse(details).reasons).toEqual(
    expect.arrayContaining(['quality.mos: out of range, left out', 'quality.jitterMs: out of range, left out', 'quality.longestNoAudioSeconds: out of range, left out']),
  );
  expect(details).not.toContain('7.5');

  server.publish(interactionItem('i1', 'crm-c1', { sipCallId: 'quality-2@pbx', updatedAt: 2_000, weOffered: 'A refund' }));
  await pull();
  expect(qualityOf(store, 'quality-2@pbx')).toEqual({ mos: null, loss: 2, jitter: null, rtt: 80, silence: null });
});
