import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppCore } from '../../../src/main/app-core';
import { createHttpConnector } from '../../../src/main/services/sync/http-connector';
import type { SupervisionSessionEvent } from '../../../src/shared/domain/supervision';
import { startReferenceServer, type ReferenceServer } from '../../sync/reference-server';
import { supervisionRoster } from '../../sync/items';
import { crmToken, useConsolesForTheFile } from '../support/supervision-consoles';

const consoleOf = useConsolesForTheFile();
let crm: ReferenceServer;
let olena: AppCore;
let anna: AppCore;

beforeAll(async () => {
  crm = await startReferenceServer({ token: crmToken });
  crm.publish(...supervisionRoster, crm.supervisionKeyItem);
  olena = await consoleOf('olena', crm);
  anna = await consoleOf('1001', crm);
}, 60_000);

afterAll(() => crm.close());

const t0 = 1_700_000_000_000;

function recorder(core: AppCore, base: Omit<SupervisionSessionEvent, 'event' | 'mode' | 'at' | 'reason'>) {
  return async (event: SupervisionSessionEvent['event'], mode: SupervisionSessionEvent['mode'], at: number, reason?: SupervisionSessionEvent['reason']) =>
    core.dispatch('supervision.session.record', { ...base, event, mode, at, ...(reason === undefined ? {} : { reason }) });
}

async function crmFeed(): Promise<unknown[]> {
  const page = await createHttpConnector({ baseUrl: crm.url, token: crmToken }).pull('', 1_000);
  return page.items;
}

function count(core: AppCore, sql: string, ...params: string[]): number {
  return core.store.sqlite.prepare<string[], number>(sql).pluck().get(...params) ?? 0;
}

describe('a monitoring session is recorded on both consoles and reaches the CRM once', () => {
  it('the supervisor’s listen → whisper → barge → end becomes one supervision item with the modes and their times; the agent’s side is audited only', async () => {
    const sessionId = randomUUID();
    const call = { sessionId, supervisorId: 'person-olena', agentId: 'person-anna', callId: 'customer-call@pbx' };
    const supervisorSide = recorder(olena, { ...call, side: 'supervisor' });
    const started = await anna.dispatch('calls.start', { direction: 'inbound', remote: '+380671234567', local: '1001', sipCallId: 'customer-call@pbx', startedAt: t0 - 30_000 });
    if (!started.ok) throw new Error('the customer call did not start');
    const { interactionId } = started.value as { interactionId: number };
    const agentSide = recorder(anna, { ...call, side: 'agent', interactionId });

    expect(await supervisorSide('started', 'listen', t0)).toEqual({ ok: true, value: {} });
    expect(await agentSide('started', 'listen', t0 + 40)).toEqual({ ok: true, value: {} });
    await supervisorSide('mode-changed', 'whisper', t0 + 5_000);
    await agentSide('mode-changed', 'whisper', t0 + 5_030);
    await supervisorSide('mode-changed', 'barge', t0 + 9_000);
    await supervisorSide('ended', 'barge', t0 + 12_000, 'call-ended');
    await agentSide('ended', 'barge', t0 + 12_010, 'call-ended');
    // A retry after a lost answer changes nothing.
    expect(await supervisorSide('ended', 'barge', t0 + 12_500, 'call-ended')).toEqual({ ok: true, value: {} });
    await olena.dispatch('sync.now', {});
    await anna.dispatch('sync.now', {});

    expect(crm.storedTimes.get(sessionId)).toBe(1);
    const items = (await crmFeed()).filter((item) => (item as { id?: string }).id === sessionId);
    expect(items).toEqual([
      {
        kind: 'supervision',
        id: sessionId,
        supervisorId: 'person-olena',
        agentId: 'person-anna',
        callId: 'customer-call@pbx',
        interactionId: null,
        startedAt: t0,
        endedAt: t0 + 12_000,
        endReason: 'call-ended',
        modes: [
          { mode: 'listen', from: t0, to: t0 + 5_000 },
          { mode: 'whisper', from: t0 + 5_000, to: t0 + 9_000 },
          { mode: 'barge', from: t0 + 9_000, to: t0 + 12_000 },
        ],
      },
    ]);
    expect(count(anna, "SELECT count(*) FROM sync_outbox WHERE entity = 'supervision'")).toBe(0);
    // The CRM's copy coming back in the feed is passed over, not refused.
    await olena.dispatch('sync.now', {});
    expect(count(olena, "SELECT count(*) FROM audit_log WHERE action = 'sync.item-rejected'")).toBe(0);
    expect(count(olena, "SELECT count(*) FROM sync_outbox WHERE entity = 'supervision' AND acked_at IS NOT NULL")).toBe(1);

    const audited = (core: AppCore) =>
      core.store.sqlite.prepare<[string], string>("SELECT action FROM audit_log WHERE entity = 'supervision-session' AND entity_id = ? ORDER BY id").pluck().all(sessionId);
    expect(audited(olena)).toEqual([
      'supervision.session-started',
      'supervision.session-mode-changed',
      'supervision.session-mode-changed',
      'supervision.session-ended',
      'supervision.session-ended',
    ]);
    expect(audited(anna)).toEqual(['supervision.session-started', 'supervision.session-mode-changed', 'supervision.session-ended']);
    expect(count(anna, 'SELECT interaction_id FROM supervision_sessions WHERE session_id = ?', sessionId)).toBe(interactionId);
  });

  it('refuses, and audits, an event for a session never started or a call the console does not hold; an end without a reason is not accepted', async () => {
    const base = { sessionId: randomUUID(), supervisorId: 'person-olena', agentId: 'person-anna', callId: 'other-call@pbx', side: 'supervisor' as const };
    expect(await olena.dispatch('supervision.session.record', { ...base, event: 'mode-changed', mode: 'whisper', at: t0 })).toEqual({
      ok: false,
      error: { code: 'supervision_session_not_found', sessionId: base.sessionId },
    });
    expect(await olena.dispatch('supervision.session.record', { ...base, event: 'ended', mode: 'listen', at: t0 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_request', field: 'reason' },
    });
    expect(await olena.dispatch('supervision.session.record', { ...base, event: 'started', mode: 'listen', at: t0, interactionId: 987_654 })).toEqual({
      ok: false,
      error: { code: 'call_not_found', interactionId: 987_654 },
    });
    const refusals = olena.store.sqlite
      .prepare<[string], string>("SELECT details FROM audit_log WHERE action = 'supervision.session-event-refused' AND entity_id = ? ORDER BY id")
      .pluck()
      .all(base.sessionId)
      .map((details) => JSON.parse(details) as unknown);
    expect(refusals).toEqual([expect.objectContaining({ event: 'mode-changed', refusal: 'no-session' }), expect.objectContaining({ event: 'started', refusal: 'no-call' })]);
  });
});
