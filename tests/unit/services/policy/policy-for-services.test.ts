import { describe, expect, it } from 'vitest';
import { noPolicy, type EffectivePolicy } from '../../../../src/shared/policy/effective-policy';
import { linkSchemesFrom, logLevelFrom, policyForBundle, updateSettingsFrom } from '../../../../src/main/services/policy/policy-for-services';

const withKeys = (mandatory: EffectivePolicy['mandatory'], recommended: EffectivePolicy['recommended'] = {}): EffectivePolicy => ({ ...noPolicy, mandatory, recommended, sources: ['/etc/parley/policy.json'] });

describe('what the services take from IT’s policy', () => {
  it('updates only from a feed IT names, on its channel, ring and window', () => {
    expect(updateSettingsFrom(noPolicy).feedUrl).toBeNull();
    expect(updateSettingsFrom(withKeys({ 'updates.channel': 'beta' })).feedUrl).toBeNull();
    expect(
      updateSettingsFrom(withKeys({ 'updates.feedUrl': 'https://updates.example.com/parley', 'updates.channel': 'beta', 'updates.rolloutRing': 30, 'updates.installWindow': '22:00-06:00' })),
    ).toEqual({ feedUrl: 'https://updates.example.com/parley', channel: 'beta', stagingBucket: 30, installWindow: { start: '22:00', end: '06:00' }, idleMinutes: 15 });
    // stable is electron-updater's `latest`; a recommended feed counts too.
    expect(updateSettingsFrom(withKeys({}, { 'updates.feedUrl': 'https://updates.example.com/parley', 'updates.channel': 'stable' }))).toMatchObject({ channel: 'latest', installWindow: null });
  });

  it('hands the OS links of the schemes IT lists, web and mail otherwise', () => {
    expect(linkSchemesFrom(withKeys({ 'links.allowedSchemes': ['https', 'msteams'] }))).toEqual(['https', 'msteams']);
    expect(linkSchemesFrom(noPolicy)).toEqual(['https', 'http', 'mailto']);
  });

  it('logs at the level IT sets, info otherwise', () => {
    expect(logLevelFrom(withKeys({ 'log.level': 'debug' }))).toBe('debug');
    expect(logLevelFrom(noPolicy)).toBeUndefined();
  });

  it('tells the support bundle where the policy came from, what it sets and what was ignored', () => {
    const policy: EffectivePolicy = {
      ...withKeys({ 'crm.url': 'https://crm.example.com' }, { 'language.default': 'uk' }),
      problems: [{ source: '/etc/parley/policy.json', path: 'sip.server', rule: { code: 'unknown_key' } }],
    };
    const report = policyForBundle(() => policy)();
    expect(report).toMatchObject({ source: '/etc/parley/policy.json', effective: { locked: { 'crm.url': 'https://crm.example.com' }, recommended: { 'language.default': 'uk' } } });
    expect(report.problems).toEqual([{ key: 'sip.server', message: expect.stringContaining('sip.server') }]);
    expect(policyForBundle(() => noPolicy)().source).toBe('none: no managed configuration');
  });
});
