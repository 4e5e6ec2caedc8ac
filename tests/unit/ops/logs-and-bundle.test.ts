import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { startAppCore, type AppCore } from '../../../src/main/app-core';
import { createAppLogger } from '../../../src/main/services/logging/app-logger';
import { createFileSecretStore } from '../../../src/main/services/secrets/file-secret-store';
import { addCustomer } from '../support/customers';
import { useTempDir } from '../support/temp-store';
import { maxSipTraceBatch } from '../../../src/shared/logging/log-entry';
import { leaksIn, seeded, sipInvite } from './seeded-values';

/** When the seeded SIP messages passed through the page. */
const sipInviteAt = Date.UTC(2026, 10, 27, 9, 30, 15, 250);

const tempDir = useTempDir();
const cores: AppCore[] = [];
afterEach(() => {
  for (const core of cores.splice(0)) core.close();
});

function readAll(dir: string): string {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isFile())
    .map((name) => readFileSync(join(dir, name), 'utf8'))
    .join('\n');
}

async function ok(core: AppCore, method: string, params: unknown): Promise<unknown> {
  const result = await core.dispatch(method, params);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** A console with a customer, a note, an account and a CRM link holding every seeded value, and every log path used with them. */
async function seededConsole(): Promise<{ core: AppCore; dataDir: string; logsDir: string }> {
  const dataDir = tempDir();
  const logsDir = join(dataDir, 'logs');
  const core = startAppCore({ dataDir, shell: 'web', version: '0.1.0', demoData: false, createSecretStore: createFileSecretStore, echoLogsToConsole: false });
  cores.push(core);
  const customerId = addCustomer(core.store.sqlite, { firstName: seeded.firstName, lastName: seeded.lastName, email: seeded.email, phones: [seeded.e164] });
  core.store.sqlite.prepare('INSERT INTO notes (customer_id, author, body, created_at) VALUES (?, ?, ?, ?)').run(customerId, seeded.agentName, seeded.note, Date.now());
  await ok(core, 'phone.account.save', { server: 'wss://pbx.example.net:8089/ws', username: seeded.sipUser, domain: 'pbx.example.net', displayName: seeded.agentName, password: seeded.sipPassword });
  await ok(core, 'settings.update', { notReadyForwardTo: seeded.e164 });

  // Main's own lines: prose, an error with a stack, an object with nested personal fields, a SIP message.
  core.logger.info(`Screen pop for ${seeded.phoneSpaced} (${seeded.email}), callback ${seeded.phoneLocal}, CRM ?token=${seeded.crmToken}`);
  core.logger.error('Sync failed', new Error(`CRM refused ${seeded.email}: password=${seeded.sipPassword} Bearer ${seeded.crmToken}`));
  core.logger.warn('Customer record did not apply', {
    customer: { firstName: seeded.firstName, lastName: seeded.lastName, phones: [{ e164: seeded.e164 }], notes: [{ body: seeded.note }] },
    script: { answers: [{ value: seeded.scriptAnswer }] },
    agent: { displayName: seeded.agentName },
  });
  core.logger.debug(sipInvite);
  core.logger.info('Outgoing SIP', sipInvite);
  // The page's lines, through the contract. Names in prose cannot be recognized: the page's messages are its own words, the data goes in the context.
  await ok(core, 'log.write', {
    level: 'error',
    scope: 'wrap-up',
    message: `Save failed for ${seeded.email}`,
    context: { customerName: `${seeded.firstName} ${seeded.lastName}`, note: seeded.note, answer: seeded.scriptAnswer, phone: seeded.phoneLocal },
  });
  await ok(core, 'log.write', { level: 'warn', message: `Stack: Error: ${seeded.e164}\n    at dial (app://parley/assets/index.js:1:2)` });
  // The page reports its SIP messages in batches, each with the time it passed through the page.
  await ok(core, 'log.sip', {
    entries: [
      { at: sipInviteAt, direction: 'sent', message: sipInvite },
      { at: sipInviteAt + 12, direction: 'received', message: `SIP/2.0 401 Unauthorized\r\nWWW-Authenticate: Digest realm="pbx", nonce="${seeded.crmToken}"\r\nFrom: ${seeded.agentName} <sip:${seeded.sipUser}@pbx.example.net>\r\n\r\n` },
    ],
  });
  return { core, dataDir, logsDir };
}

describe('logs keep no customer data and no secrets', () => {
  it('main, the page, errors, nested objects and SIP messages all reach the file redacted', async () => {
    const { core, logsDir } = await seededConsole();
    core.close();
    cores.splice(0);
    const text = readAll(logsDir);
    expect(text).toContain('Screen pop for [number] ([email])');
    expect(text).toContain('[renderer:wrap-up] Save failed');
    expect(text).toContain('Sync failed');
    expect(text).toContain('[SDP');
    expect(leaksIn(text)).toEqual([]);
  });

  it('are readable by this OS user only', async () => {
    const { core, logsDir } = await seededConsole();
    core.close();
    cores.splice(0);
    expect(statSync(logsDir).mode & 0o777).toBe(0o700);
    expect(statSync(join(logsDir, 'main.log')).mode & 0o777).toBe(0o600);
  });

  it('rotate by size and keep a bounded number of files', () => {
    const logsDir = join(tempDir(), 'logs');
    const logger = createAppLogger({ logsDir, maxFileBytes: 2_000, keepArchives: 2, echoToConsole: false });
    for (let line = 0; line < 200; line += 1) logger.info(`line ${line} ${'x'.repeat(60)}`);
    const files = readdirSync(logsDir).sort();
    expect(files).toEqual(['main.1.log', 'main.2.log', 'main.log']);
    for (const file of files) expect(statSync(join(logsDir, file)).size).toBeLessThan(2_000 + 200);
    expect(readFileSync(join(logsDir, 'main.log'), 'utf8')).toContain('line 199');
  });
});

describe('the support bundle', () => {
  it('holds logs, policy, settings, versions, fuses, SIP trace, readiness and store statistics, and none of the seeded values', async () => {
    const { core, dataDir } = await seededConsole();
    const readiness = { ranAt: Date.now(), checks: [{ name: 'microphone', outcome: 'ok' }, { name: 'server', outcome: 'failed', detail: 'timeout' }] };
    const result = (await ok(core, 'support.export-bundle', { readiness })) as { path: string; entries: string[] };

    expect(result.path.startsWith(join(dataDir, 'support'))).toBe(true);
    expect(statSync(result.path).mode & 0o777).toBe(0o600);
    const files = unzipSync(new Uint8Array(readFileSync(result.path)));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['README.txt', 'versions.json', 'policy.json', 'settings.json', 'store.json', 'fuses.json', 'readiness.json', 'sip-trace.txt', 'logs/main.log']),
    );
    const entry = (name: string): string => strFromU8(files[name] ?? new Uint8Array());
    const all = Object.values(files).map((bytes) => strFromU8(bytes)).join('\n');
    expect(leaksIn(all)).toEqual([]);

    const store = JSON.parse(entry('store.json'));
    expect(store.integrity).toEqual(['ok']);
    expect(store.schemaVersion).toBeGreaterThan(0);
    expect(store.rowCounts.customers).toBe(1);
    expect(store.rowCounts.notes).toBe(1);
    expect(JSON.parse(entry('policy.json')).source).toMatch(/no managed configuration/);
    expect(JSON.parse(entry('fuses.json'))).toEqual({ packaged: false });
    expect(JSON.parse(entry('readiness.json')).checks).toHaveLength(2);
    const settings = JSON.parse(entry('settings.json'));
    expect(settings.connections.sipAccount.server).toBe('wss://pbx.example.net:8089');
    const trace = entry('sip-trace.txt');
    expect(trace).toContain('INVITE sip:[user]@pbx.example.net SIP/2.0');
    expect(trace).toContain('[SDP 7 lines]');
    expect(trace).toContain('Proxy-Authorization: [redacted]');
    expect(trace).toContain(`--- ${new Date(sipInviteAt).toISOString()} sent`);
    expect(trace).toContain(`--- ${new Date(sipInviteAt + 12).toISOString()} received`);
  });

  it('refuses a SIP trace report that is not a bounded batch of stamped messages, and records nothing of it', async () => {
    const { core } = await seededConsole();
    const message = 'OPTIONS sip:pbx.example.net SIP/2.0\r\n\r\n';
    const tooMany = Array.from({ length: maxSipTraceBatch + 1 }, (_, index) => ({ at: sipInviteAt + index, direction: 'sent', message }));
    for (const params of [{ direction: 'sent', message }, { entries: [] }, { entries: [{ direction: 'sent', message }] }, { entries: [{ at: -1, direction: 'sent', message }] }, { entries: tooMany }]) {
      const result = await core.dispatch('log.sip', params);
      expect(result.ok ? 'accepted' : result.error.code).toBe('invalid_request');
    }
    const result = (await ok(core, 'support.export-bundle', { readiness: null })) as { path: string };
    const trace = strFromU8(unzipSync(new Uint8Array(readFileSync(result.path)))['sip-trace.txt'] ?? new Uint8Array());
    expect(trace).toContain('INVITE sip:[user]@pbx.example.net SIP/2.0');
    expect(trace).not.toContain('OPTIONS');
  });
});
