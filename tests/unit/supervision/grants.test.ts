import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppCore } from '../../../src/main/app-core';
import { getRoster } from '../../../src/main/services/roster/roster';
import { verifyGrant } from '../../../src/main/services/supervision/verify-grant';
import { createGrantClient } from '../../../src/main/services/sync/grant-client';
import { grantClockSkewMs, grantMaxLifetimeMs, grantSchema, grantSigningInput, parseGrant, type Grant, type GrantRefusalReason, type SupervisionMode } from '../../../src/shared/domain/supervision';
import { startReferenceServer, type ReferenceServer } from '../../sync/reference-server';
import { supervisionRoster } from '../../sync/items';
import { crmToken, useConsolesForTheFile } from '../support/supervision-consoles';

const token = crmToken;
const roster = supervisionRoster;
const consoleOf = useConsolesForTheFile();
let crm: ReferenceServer;
/** A second CRM with the same roster whose key no console was given. */
let strangerCrm: ReferenceServer;

let olena: AppCore;
let anna: AppCore;
let ivan: AppCore;

beforeAll(async () => {
  crm = await startReferenceServer({ token });
  crm.publish(...roster, crm.supervisionKeyItem);
  strangerCrm = await startReferenceServer({ token });
  strangerCrm.publish(...roster);
  olena = await consoleOf('olena', crm);
  anna = await consoleOf('1001', crm);
  ivan = await consoleOf('ivan', crm);
}, 60_000);

afterAll(async () => {
  await crm.close();
  await strangerCrm.close();
});

async function grantFrom(core: AppCore, agentId: string, mode: SupervisionMode): Promise<Grant> {
  const answer = await core.dispatch('supervision.grant.request', { agentId, mode });
  if (!answer.ok) throw new Error(`no grant: ${JSON.stringify(answer.error)}`);
  return grantSchema.parse(answer.value);
}

const verifyOnAnna = (grant: string, mode: SupervisionMode = 'listen', fromSipAddress = 'sip:olena@example.com') =>
  anna.dispatch('supervision.grant.verify', { grant, mode, fromSipAddress });

const refusal = (reason: GrantRefusalReason) => ({ ok: false, error: { code: 'supervision_grant_refused', reason } });

function auditRows(core: AppCore, action: string): { details: string }[] {
  return core.store.sqlite.prepare<[string], { details: string }>('SELECT details FROM audit_log WHERE action = ? ORDER BY id').all(action);
}

describe('a supervisor’s console gets a grant the agent’s console accepts once', () => {
  it('the CRM grants a supervisor leading the agent’s team, for at most 60 s; the agent’s console accepts it and names the supervisor', async () => {
    const before = Date.now();
    const grant = await grantFrom(olena, 'person-anna', 'listen');
    expect(grant).toMatchObject({ agentSipAddress: '1001@example.com', mode: 'listen' });
    expect(grant.expiresAt).toBeGreaterThan(before);
    expect(grant.expiresAt).toBeLessThanOrEqual(Date.now() + grantMaxLifetimeMs);

    expect(await verifyOnAnna(grant.grant)).toEqual({
      ok: true,
      value: { supervisorId: 'person-olena', supervisorName: 'Olena Shevchenko', agentId: 'person-anna', maxMode: 'listen', expiresAt: grant.expiresAt },
    });
    expect(await verifyOnAnna(grant.grant)).toEqual(refusal('replayed'));
  });

  it('a ceiling allows its mode and the ones before it, not the ones after', async () => {
    expect(await verifyOnAnna((await grantFrom(olena, 'person-anna', 'whisper')).grant, 'listen')).toMatchObject({ ok: true, value: { maxMode: 'whisper' } });
    expect(await verifyOnAnna((await grantFrom(olena, 'person-anna', 'listen')).grant, 'barge')).toEqual(refusal('mode-not-granted'));
  });

  it('refuses a grant that was altered, signed by a key the feed never gave, for another agent, or from another address', async () => {
    const { grant } = await grantFrom(olena, 'person-anna', 'listen');
    const parsed = parseGrant(grant);
    if (parsed === null) throw new Error('the CRM’s grant does not parse');
    const signature = grant.split('.')[1];
    const raised = `${grantSigningInput({ ...parsed.payload, maxMode: 'barge' })}.${signature}`;
    expect(await verifyOnAnna(raised, 'barge')).toEqual(refusal('forged'));
    expect(await verifyOnAnna('not-a-grant', 'listen')).toEqual(refusal('malformed'));

    const fromStranger = await createGrantClient({ baseUrl: strangerCrm.url, token }).requestGrant({ supervisorId: 'person-olena', agentId: 'person-anna', mode: 'listen' });
    if (!fromStranger.granted) throw new Error('the second CRM refused');
    expect(await verifyOnAnna(fromStranger.grant)).toEqual(refusal('unknown-key'));

    expect(await verifyOnAnna((await grantFrom(olena, 'person-petro', 'listen')).grant)).toEqual(refusal('wrong-agent'));
    const forAnna = (await grantFrom(olena, 'person-anna', 'listen')).grant;
    expect(await verifyOnAnna(forAnna, 'listen', 'sip:ivan@example.com')).toEqual(refusal('wrong-supervisor'));
    expect(await verifyOnAnna(forAnna, 'listen', 'Olena <anonymous>')).toEqual(refusal('wrong-supervisor'));
    // The altered grant was refused before its nonce was taken: the genuine one is still good.
    expect(await verifyOnAnna(grant)).toMatchObject({ ok: true });
  });

  it(`refuses an expired grant, allowing ${grantClockSkewMs / 1000} s of clock difference either way`, async () => {
    const { grant, expiresAt } = await grantFrom(olena, 'person-anna', 'listen');
    const request = { grant, mode: 'listen' as const, fromSipAddress: 'olena@example.com' };
    const issuedAt = parseGrant(grant)?.payload.issuedAt ?? 0;
    expect(verifyGrant(anna.store, request, getRoster(anna.store), expiresAt + grantClockSkewMs + 1)).toEqual({ accepted: false, reason: 'expired' });
    expect(verifyGrant(anna.store, request, getRoster(anna.store), issuedAt - grantClockSkewMs - 1)).toEqual({ accepted: false, reason: 'expired' });
    expect(verifyGrant(anna.store, request, getRoster(anna.store), expiresAt + grantClockSkewMs - 1)).toMatchObject({ accepted: true });
  });

  it('writes every refusal to the agent’s audit log with its reason and the ids, never the token', () => {
    const refused = auditRows(anna, 'supervision.grant-refused').map((row) => JSON.parse(row.details) as Record<string, unknown>);
    expect(refused.map((details) => details.reason).sort()).toEqual(
      ['expired', 'expired', 'forged', 'malformed', 'mode-not-granted', 'replayed', 'unknown-key', 'wrong-agent', 'wrong-supervisor', 'wrong-supervisor'].sort(),
    );
    expect(refused.find((details) => details.reason === 'wrong-agent')).toMatchObject({ supervisorId: 'person-olena', agentId: 'person-petro' });
    const everything = JSON.stringify(anna.store.sqlite.prepare('SELECT * FROM audit_log').all());
    expect(everything).not.toMatch(/[A-Za-z0-9_-]{40,}\.[A-Za-z0-9_-]{40,}/);
  });
});

describe('who may ask for a grant', () => {
  it('a supervisor who does not lead the agent’s team is refused by the console, and by the CRM if asked directly; both are audited on the console', async () => {
    expect(await ivan.dispatch('supervision.grant.request', { agentId: 'person-anna', mode: 'listen' })).toEqual({
      ok: false,
      error: { code: 'not_a_supervisor', agentId: 'person-anna' },
    });
    expect(await anna.dispatch('supervision.grant.request', { agentId: 'person-petro', mode: 'listen' })).toMatchObject({ ok: false, error: { code: 'not_a_supervisor' } });
    const atCrm = await createGrantClient({ baseUrl: crm.url, token }).requestGrant({ supervisorId: 'person-ivan', agentId: 'person-anna', mode: 'listen' });
    expect(atCrm).toEqual({ granted: false, reason: 'the supervisor does not lead team Support' });
    expect(auditRows(ivan, 'supervision.grant-request-refused').map((row) => JSON.parse(row.details) as unknown)).toEqual([
      { agentId: 'person-anna', mode: 'listen', refusal: 'not-a-supervisor' },
    ]);
  });

  it('a leading supervisor still gets the CRM’s 403 in its own words when the CRM says no', async () => {
    crm.publish({ ...roster[2], active: false, updatedAt: 20 });
    try {
      // The console has not synced the change yet: its roster still says yes, the CRM decides.
      expect(await olena.dispatch('supervision.grant.request', { agentId: 'person-anna', mode: 'listen' })).toEqual({
        ok: false,
        error: { code: 'supervision_refused', reason: 'the agent is not an active person of the roster' },
      });
    } finally {
      crm.publish({ ...roster[2], updatedAt: 30 });
    }
  });

  it('says the CRM is missing, refuses the token, or is out of reach, as sync would', async () => {
    const shadow = await startReferenceServer({ token });
    shadow.publish(...roster, shadow.supervisionKeyItem);
    const unplugged = await consoleOf('olena', shadow);
    expect(await unplugged.dispatch('supervision.grant.request', { agentId: 'person-anna', mode: 'listen' })).toMatchObject({ ok: true });

    await unplugged.dispatch('sync.connection.save', { url: shadow.url, token: 'wrong-token' });
    expect(await unplugged.dispatch('supervision.grant.request', { agentId: 'person-anna', mode: 'listen' })).toEqual({
      ok: false,
      error: { code: 'crm_unavailable', problem: 'unauthorized' },
    });
    await shadow.close();
    expect(await unplugged.dispatch('supervision.grant.request', { agentId: 'person-anna', mode: 'listen' })).toEqual({
      ok: false,
      error: { code: 'crm_unavailable', problem: 'unreachable' },
    });
    await unplugged.dispatch('sync.connection.save', { url: '' });
    expect(await unplugged.dispatch('supervision.grant.request', { agentId: 'person-anna', mode: 'listen' })).toEqual({
      ok: false,
      error: { code: 'crm_unavailable', problem: 'not-configured' },
    });
  });
});

describe('the CRM’s keys rotate', () => {
  it('a grant signed with a key the console has not synced yet is refused, then accepted once the feed brings it; grants of the retired key issued before still hold', async () => {
    const underOldKey = await grantFrom(olena, 'person-anna', 'listen');
    crm.rotateSupervisionKey();
    crm.publish({ kind: 'supervision-key', id: 'too-short', publicKey: Buffer.alloc(16).toString('base64'), validFrom: 0, updatedAt: 1 });
    const underNewKey = await grantFrom(olena, 'person-anna', 'listen');
    expect(await verifyOnAnna(underNewKey.grant)).toEqual(refusal('unknown-key'));

    await anna.dispatch('sync.now', {});
    expect(await verifyOnAnna(underNewKey.grant)).toMatchObject({ ok: true });
    expect(await verifyOnAnna(underOldKey.grant)).toMatchObject({ ok: true });
    const rejected = anna.store.sqlite.prepare<[], string>("SELECT details FROM audit_log WHERE action = 'sync.item-rejected'").pluck().all().join('\n');
    expect(rejected).toContain('publicKey: not a raw 32-byte Ed25519 public key in base64');
  });
});
