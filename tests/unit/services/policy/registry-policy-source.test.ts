import { describe, expect, it } from 'vitest';
import { platformPolicySources } from '../../../../src/main/services/policy/platform-policy-sources';
import type { RegistryAccess, RegistryHive, RegistryValueEntry } from '../../../../src/main/services/policy/registry-access';
import { readPolicy } from '../../../../src/main/services/policy/read-policy';
import { policyAppId } from '../../../../src/shared/policy/policy-domain';

/**
 * A registry in memory behind registry-js's two calls: the real one only
 * exists on Windows. Keys are `HIVE\path`; values as registry-js returns them.
 */
function fakeRegistry(keys: Record<string, RegistryValueEntry[]>): RegistryAccess {
  const full = (hive: RegistryHive, subkey: string) => `${hive}\\${subkey}`.toLowerCase();
  const stored = new Map(Object.entries(keys).map(([key, values]) => [key.toLowerCase(), values]));
  return {
    enumerateValues: (hive, subkey) => stored.get(full(hive, subkey)) ?? [],
    enumerateKeys: (hive, subkey) => {
      const prefix = `${full(hive, subkey)}\\`;
      const names = Object.keys(keys).filter((key) => key.toLowerCase().startsWith(prefix));
      return [...new Set(names.map((key) => key.slice(prefix.length).split('\\')[0] ?? ''))];
    },
  };
}

const sz = (name: string, data: string): RegistryValueEntry => ({ name, type: 'REG_SZ', data });
const dword = (name: string, data: number): RegistryValueEntry => ({ name, type: 'REG_DWORD', data });

const windows = (registry: RegistryAccess) =>
  platformPolicySources({ platform: 'win32', appId: policyAppId, userName: 'agent', homeDir: 'C:\\Users\\agent', loadRegistry: async () => registry });

describe('policy from the Windows registry (registry-js, faked)', () => {
  it('reads HKLM over HKCU: DWORD booleans, text decimals, a list subkey in order, and the Recommended subkey', async () => {
    const registry = fakeRegistry({
      'HKEY_LOCAL_MACHINE\\Software\\Policies\\Parley': [sz('sip.server', 'wss://pbx.example.com/ws'), dword('wrapUp.requireDisposition', 1), sz('callQuality.minMos', '3.2')],
      'HKEY_LOCAL_MACHINE\\Software\\Policies\\Parley\\links.allowedSchemes': [sz('2', 'mailto'), sz('1', 'https')],
      'HKEY_LOCAL_MACHINE\\Software\\Policies\\Parley\\Recommended': [sz('language.default', 'uk')],
      'HKEY_CURRENT_USER\\Software\\Policies\\Parley': [sz('sip.server', 'wss://evil.example.com/ws'), dword('wrapUp.requireDisposition', 0), dword('updates.rolloutRing', 12)],
    });
    const policy = await readPolicy(windows(registry));
    expect(policy.mandatory).toEqual({
      'sip.server': 'wss://pbx.example.com/ws',
      'wrapUp.requireDisposition': true,
      'callQuality.minMos': 3.2,
      'links.allowedSchemes': ['https', 'mailto'],
      'updates.rolloutRing': 12,
    });
    expect(policy.recommended).toEqual({ 'language.default': 'uk' });
    expect(policy.sources).toEqual(['HKLM\\Software\\Policies\\Parley', 'HKCU\\Software\\Policies\\Parley']);
  });

  it('reports a bad value with its path and applies the rest; no key at all is no policy', async () => {
    const registry = fakeRegistry({
      'HKEY_LOCAL_MACHINE\\Software\\Policies\\Parley': [dword('wrapUp.timeLimitSeconds', 99999), sz('log.level', 'info')],
    });
    const policy = await readPolicy(windows(registry));
    expect(policy.mandatory).toEqual({ 'log.level': 'info' });
    expect(policy.problems).toEqual([
      { source: 'HKLM\\Software\\Policies\\Parley', path: 'wrapUp.timeLimitSeconds', rule: { code: 'out_of_range', min: 0, max: 3600 } },
    ]);
  });

  it('starts without policy when the registry library cannot load, saying why', async () => {
    const policy = await readPolicy(
      platformPolicySources({
        platform: 'win32',
        appId: policyAppId,
        userName: 'agent',
        homeDir: 'C:\\Users\\agent',
        loadRegistry: () => Promise.reject(new Error('registry-js: native module not built')),
      }),
    );
    expect(policy.mandatory).toEqual({});
    expect(policy.problems[0]).toEqual({
      source: 'HKLM\\Software\\Policies\\Parley',
      path: '(file)',
      rule: { code: 'unreadable', reason: 'registry-js: native module not built' },
    });
  });
});
