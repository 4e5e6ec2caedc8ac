import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startAppCore, type AppCore } from '../../../../src/main/app-core';
import { jsonPolicySource } from '../../../../src/main/services/policy/json-policy-source';
import { readPolicy } from '../../../../src/main/services/policy/read-policy';
import { createFileSecretStore } from '../../../../src/main/services/secrets/file-secret-store';
import { defaultSettings } from '../../../../src/shared/domain/settings';
import type { EffectivePolicy } from '../../../../src/shared/policy/effective-policy';
import { useTempDir } from '../../support/temp-store';

const tempDir = useTempDir();
let core: AppCore | null = null;
afterEach(() => {
  core?.close();
  core = null;
});

/** The browser shell's way in: a --policy file, read, and the core started over a real database with it. */
async function startWithPolicy(document: unknown, dataDir = tempDir()): Promise<AppCore> {
  const file = join(tempDir(), 'policy.json');
  writeFileSync(file, JSON.stringify(document));
  const policy = await readPolicy([jsonPolicySource(file)]);
  core = startAppCore({ dataDir, shell: 'web', version: 'test', demoData: false, createSecretStore: createFileSecretStore, policy });
  return core;
}

describe('settings under a policy', () => {
  it('refuses to change a locked setting with a typed error naming the policy key, and saves the unlocked ones', async () => {
    const started = await startWithPolicy({ 'wrapUp.timeLimitSeconds': 45, 'wrapUp.requireDisposition': true });
    expect(await started.dispatch('settings.update', { wrapUpSeconds: 300 })).toEqual({
      ok: false,
      error: { code: 'setting_locked', setting: 'settings.wrapUpSeconds', policyKey: 'wrapUp.timeLimitSeconds' },
    });
    // The form sends every field: a locked one with its locked value is no change.
    expect(await started.dispatch('settings.update', { wrapUpSeconds: 45, requireDisposition: true, defaultCountry: 'UA' })).toEqual({
      ok: true,
      value: { ...defaultSettings, wrapUpSeconds: 45, requireDisposition: true, defaultCountry: 'UA' },
    });
  });

  it('lets policy values win over what is stored, and gives the agent’s own value back when the lock is lifted', async () => {
    const dataDir = tempDir();
    let started = await startWithPolicy({}, dataDir);
    await started.dispatch('settings.update', { language: 'en', wrapUpSeconds: 200 });
    started.close();
    started = await startWithPolicy({ 'language.default': 'uk', recommended: { 'wrapUp.timeLimitSeconds': 30 } }, dataDir);
    expect(await started.dispatch('settings.get', {})).toMatchObject({ ok: true, value: { language: 'uk', wrapUpSeconds: 200 } });
    started.close();
    started = await startWithPolicy({}, dataDir);
    expect(await started.dispatch('settings.get', {})).toMatchObject({ ok: true, value: { language: 'en', wrapUpSeconds: 200 } });
  });

  it('uses a recommended value as the default the agent may still change', async () => {
    const started = await startWithPolicy({ recommended: { 'wrapUp.timeLimitSeconds': 30 } });
    expect(await started.dispatch('settings.get', {})).toMatchObject({ ok: true, value: { wrapUpSeconds: 30 } });
    expect(await started.dispatch('settings.update', { wrapUpSeconds: 90 })).toMatchObject({ ok: true, value: { wrapUpSeconds: 90 } });
  });

  it('locks the audio settings when agents may not edit them', async () => {
    const started = await startWithPolicy({ 'audio.agentsMayEdit': false });
    expect(await started.dispatch('settings.update', { noiseSuppression: false })).toMatchObject({
      ok: false,
      error: { code: 'setting_locked', setting: 'settings.noiseSuppression', policyKey: 'audio.agentsMayEdit' },
    });
  });

  it('answers policy.get with the locks and the problems, and keeps the SIP server and CRM address IT set', async () => {
    const started = await startWithPolicy({
      'sip.server': 'wss://pbx.example.com/ws',
      'crm.url': 'https://crm.example.com/sync',
      'wrapUp.timeLimitSeconds': -5,
      'sip.passwrod': 'x',
    });
    const answer = await started.dispatch('policy.get', {});
    expect(answer.ok).toBe(true);
    const policy = (answer as { value: EffectivePolicy }).value;
    expect(policy.locks).toEqual([
      { target: 'phone.server', key: 'sip.server' },
      { target: 'crm.url', key: 'crm.url' },
    ]);
    expect(policy.problems.map((problem) => [problem.path, problem.rule.code])).toEqual([
      ['wrapUp.timeLimitSeconds', 'out_of_range'],
      ['sip.passwrod', 'unknown_key'],
    ]);
    expect(await started.dispatch('sync.connection.get', {})).toMatchObject({ ok: true, value: { url: 'https://crm.example.com/sync' } });
    expect(await started.dispatch('sync.connection.save', { url: 'https://elsewhere.example.com' })).toMatchObject({
      ok: false,
      error: { code: 'setting_locked', setting: 'crm.url', policyKey: 'crm.url' },
    });
    const account = { server: 'wss://other.example.com/ws', domain: 'pbx.example.com', username: '3001', displayName: 'Olena', password: 'secret' };
    expect(await started.dispatch('phone.account.save', account)).toMatchObject({ ok: false, error: { code: 'setting_locked', setting: 'phone.server' } });
    expect(await started.dispatch('phone.account.save', { ...account, server: 'wss://pbx.example.com/ws' })).toMatchObject({ ok: true });
  });

  it('writes a newly locked SIP server over the stored account at start, forgetting the password given to the old one', async () => {
    const dataDir = tempDir();
    let started = await startWithPolicy({}, dataDir);
    await started.dispatch('phone.account.save', { server: 'wss://old.example.com/ws', domain: 'pbx.example.com', username: '3001', displayName: '', password: 'p' });
    started.close();
    started = await startWithPolicy({ 'sip.server': 'wss://pbx.example.com/ws' }, dataDir);
    expect(await started.dispatch('phone.account.get', {})).toMatchObject({
      ok: true,
      value: { account: { server: 'wss://pbx.example.com/ws', username: '3001', hasPassword: false } },
    });
  });

  it('applies a policy read again (the browser shell’s SIGHUP) and tells every page: the lock is lifted, the agent’s value is back', async () => {
    const started = await startWithPolicy({ 'wrapUp.timeLimitSeconds': 45 });
    await started.dispatch('settings.update', { defaultCountry: 'UA' });
    const heard: string[] = [];
    started.onEvent((event) => heard.push(event));
    await started.replacePolicy(await readPolicy([]));
    expect(heard).toEqual(['settings.changed', 'policy.changed']);
    expect(await started.dispatch('settings.update', { wrapUpSeconds: 300 })).toMatchObject({ ok: true, value: { wrapUpSeconds: 300, defaultCountry: 'UA' } });
  });
});
