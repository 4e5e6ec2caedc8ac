import { describe, expect, it } from 'vitest';
import { lockOf, mergePolicy } from '../../../../src/shared/policy/effective-policy';
import { validatePolicy } from '../../../../src/shared/policy/validate-policy';

const machine = (document: unknown) => validatePolicy(document, 'machine');
const user = (document: unknown) => validatePolicy(document, 'user');

describe('the effective policy, machine over user', () => {
  it('takes a key from the machine when both set it: a user-level file cannot loosen what the machine locked', () => {
    const policy = mergePolicy([
      machine({ 'wrapUp.requireDisposition': true, 'audio.agentsMayEdit': false }),
      user({ 'wrapUp.requireDisposition': false, 'audio.agentsMayEdit': true, 'log.level': 'debug' }),
    ]);
    expect(policy.mandatory).toEqual({ 'wrapUp.requireDisposition': true, 'audio.agentsMayEdit': false, 'log.level': 'debug' });
    expect(lockOf(policy, 'settings.requireDisposition')).toBe('wrapUp.requireDisposition');
    expect(lockOf(policy, 'settings.microphone')).toBe('audio.agentsMayEdit');
    expect(policy.sources).toEqual(['machine', 'user']);
  });

  it('lets a locked value anywhere outrank a recommended default, and keeps recommended defaults unlocked', () => {
    const policy = mergePolicy([
      machine({ recommended: { 'language.default': 'ru', 'wrapUp.timeLimitSeconds': 30 } }),
      user({ 'language.default': 'uk' }),
    ]);
    expect(policy.mandatory).toEqual({ 'language.default': 'uk' });
    expect(policy.recommended).toEqual({ 'wrapUp.timeLimitSeconds': 30 });
    expect(policy.locks).toEqual([{ target: 'settings.language', key: 'language.default' }]);
    expect(lockOf(policy, 'settings.wrapUpSeconds')).toBeNull();
  });

  it('locks nothing for audio while agents may edit it, and keeps every layer’s problems', () => {
    const policy = mergePolicy([machine({ 'audio.agentsMayEdit': true, 'crm.url': 'http://crm.example.com' }), user({ 'sip.server': 'sip:pbx' })]);
    expect(policy.locks).toEqual([]);
    expect(policy.problems.map((problem) => `${problem.source}:${problem.path}`)).toEqual(['machine:crm.url', 'user:sip.server']);
  });
});
