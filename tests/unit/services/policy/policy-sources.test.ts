import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, buildBinary } from 'plist';
import { describe, expect, it } from 'vitest';
import { fileTrustProblem } from '../../../../src/main/services/policy/file-trust';
import { platformPolicySources } from '../../../../src/main/services/policy/platform-policy-sources';
import { readPolicy } from '../../../../src/main/services/policy/read-policy';
import { policyReport } from '../../../../src/main/services/policy/policy-report';
import { policyAppId } from '../../../../src/shared/policy/policy-domain';
import { useTempDir } from '../../support/temp-store';

const tempDir = useTempDir();

function writeRootFile(path: string, text: string | Uint8Array, mode = 0o644): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  chmodSync(path, mode);
}

/** A Linux machine in a temp folder: /etc/parley/policy.json and the user's ~/.config/parley/policy.json. */
function linux(dir: string, files: { machine?: unknown; user?: unknown; machineMode?: number }) {
  const etcDir = join(dir, 'etc');
  const homeDir = join(dir, 'home');
  if (files.machine !== undefined) writeRootFile(join(etcDir, 'parley', 'policy.json'), JSON.stringify(files.machine), files.machineMode);
  if (files.user !== undefined) writeRootFile(join(homeDir, '.config', 'parley', 'policy.json'), JSON.stringify(files.user));
  return platformPolicySources({ platform: 'linux', appId: policyAppId, userName: 'agent', homeDir, etcDir });
}

describe('policy on Linux', () => {
  it('reads /etc/parley/policy.json over the user’s file: the user adds keys, never changes the machine’s', async () => {
    const dir = tempDir();
    const policy = await readPolicy(
      linux(dir, {
        machine: { 'sip.server': 'wss://pbx.example.com/ws', 'wrapUp.requireDisposition': true },
        user: { 'wrapUp.requireDisposition': false, 'log.level': 'debug' },
      }),
    );
    expect(policy.mandatory).toEqual({ 'sip.server': 'wss://pbx.example.com/ws', 'wrapUp.requireDisposition': true, 'log.level': 'debug' });
    expect(policy.sources).toEqual([join(dir, 'etc/parley/policy.json'), join(dir, 'home/.config/parley/policy.json')]);
    expect(policy.problems).toEqual([]);
  });

  it('refuses a machine file others may write (a user could have changed it) and still applies the user’s', async () => {
    const dir = tempDir();
    const policy = await readPolicy(linux(dir, { machine: { 'wrapUp.requireDisposition': true }, machineMode: 0o666, user: { 'log.level': 'warn' } }));
    expect(policy.mandatory).toEqual({ 'log.level': 'warn' });
    expect(policy.problems).toEqual([{ source: join(dir, 'etc/parley/policy.json'), path: '(file)', rule: { code: 'writable_by_others' } }]);
  });

  it('trusts a machine file only when root owns it and only its owner may write it', () => {
    expect(fileTrustProblem({ uid: 0, mode: 0o100644 }, 0)).toBeNull();
    expect(fileTrustProblem({ uid: 1000, mode: 0o100644 }, 0)).toEqual({ code: 'not_owned_by_root' });
    expect(fileTrustProblem({ uid: 0, mode: 0o100664 }, 0)).toEqual({ code: 'writable_by_others' });
  });

  it('treats a file that is not JSON or far too big as one problem, no policy as none, and a bad key as a problem beside the good ones', async () => {
    const dir = tempDir();
    expect(await readPolicy(linux(dir, {}))).toMatchObject({ mandatory: {}, problems: [], sources: [] });
    writeRootFile(join(dir, 'etc/parley/policy.json'), `{ "log.level": "info", "x": "${'x'.repeat(1024 * 1024)}" }`);
    expect((await readPolicy(linux(dir, {}))).problems).toEqual([
      { source: join(dir, 'etc/parley/policy.json'), path: '(file)', rule: { code: 'unreadable', reason: 'larger than 1 MB' } },
    ]);
    writeRootFile(join(dir, 'etc/parley/policy.json'), '{ "sip.server": ');
    expect((await readPolicy(linux(dir, { user: { 'crm.url': 'crm.example.com', 'log.level': 'info' } }))).problems).toEqual([
      { source: join(dir, 'etc/parley/policy.json'), path: '(file)', rule: { code: 'not_json' } },
      { source: join(dir, 'home/.config/parley/policy.json'), path: 'crm.url', rule: { code: 'not_https_address' } },
    ]);
  });
});

describe('policy on macOS', () => {
  const sources = (dir: string) => platformPolicySources({ platform: 'darwin', appId: policyAppId, userName: 'agent', homeDir: join(dir, 'home'), managedPreferencesDir: dir });

  it('reads the managed preferences an MDM profile installs: the computer’s plist over the user’s, binary or XML', async () => {
    const dir = tempDir();
    writeRootFile(join(dir, `${policyAppId}.plist`), buildBinary({ 'crm.url': 'https://crm.example.com/sync', wrapUp: { timeLimitSeconds: 120 } }));
    writeRootFile(
      join(dir, 'agent', `${policyAppId}.plist`),
      build({ 'crm.url': 'https://other.example.com', 'monitoring.showIndicator': true, recommended: { 'language.default': 'ru' } }),
    );
    const policy = await readPolicy(sources(dir));
    expect(policy.mandatory).toEqual({ 'crm.url': 'https://crm.example.com/sync', 'wrapUp.timeLimitSeconds': 120, 'monitoring.showIndicator': true });
    expect(policy.recommended).toEqual({ 'language.default': 'ru' });
    expect(policy.problems).toEqual([]);
  });

  it('reports a plist that is not one, and a key of the wrong type, keeping the rest', async () => {
    const dir = tempDir();
    writeRootFile(join(dir, `${policyAppId}.plist`), build({ 'updates.channel': 'nightly', 'updates.rolloutRing': 7 }));
    writeRootFile(join(dir, 'agent', `${policyAppId}.plist`), '<plist><dict><key>x</key>');
    const policy = await readPolicy(sources(dir));
    expect(policy.mandatory).toEqual({ 'updates.rolloutRing': 7 });
    expect(policy.problems.map((problem) => [problem.path, problem.rule.code])).toEqual([
      ['updates.channel', 'not_one_of'],
      ['(file)', 'not_plist'],
    ]);
  });

  it('refuses a managed preferences file others than root may write', async () => {
    const dir = tempDir();
    writeRootFile(join(dir, `${policyAppId}.plist`), build({ 'log.level': 'info' }));
    const [machine] = platformPolicySources({
      platform: 'darwin',
      appId: policyAppId,
      userName: 'agent',
      homeDir: dir,
      managedPreferencesDir: dir,
    });
    chmodSync(join(dir, `${policyAppId}.plist`), 0o646);
    expect((await machine?.read())?.problems).toEqual([{ source: join(dir, `${policyAppId}.plist`), path: '(file)', rule: { code: 'writable_by_others' } }]);
  });
});

describe('the policy section of the support bundle', () => {
  it('names the sources, each lock with its key, the recommended defaults and every ignored key with its rule', async () => {
    const dir = tempDir();
    const policy = await readPolicy(
      linux(dir, { machine: { 'wrapUp.timeLimitSeconds': 45, 'audio.agentsMayEdit': false, 'crm.url': 'ftp://x', recommended: { 'language.default': 'ru' } } }),
    );
    const report = policyReport(policy);
    expect(report).toContain(`Sources (highest precedence first): ${join(dir, 'etc/parley/policy.json')}`);
    expect(report).toContain('  settings.wrapUpSeconds by wrapUp.timeLimitSeconds = 45');
    expect(report).toContain('  settings.microphone by audio.agentsMayEdit = false');
    expect(report).toContain('  language.default = "ru"');
    expect(report).toContain('Policy key `crm.url`');
    expect(report).toContain('must be an https:// address — ignored');
  });
});
