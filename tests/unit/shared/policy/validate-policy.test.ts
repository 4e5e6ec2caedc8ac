import { describe, expect, it } from 'vitest';
import { policyProblemText } from '../../../../src/shared/policy/policy-rule';
import { validatePolicy } from '../../../../src/shared/policy/validate-policy';

const source = '/etc/parley/policy.json';

describe('a policy document, key by key', () => {
  it('keeps every valid key and reports each bad one with its path and the rule it breaks', () => {
    const layer = validatePolicy(
      {
        'sip.server': 'wss://pbx.example.com:8089/ws',
        'crm.url': 'ftp://crm.example.com',
        'wrapUp.timeLimitSeconds': 90,
        'wrapUp.requireDisposition': 'yes',
        'updates.rolloutRing': 140,
        'log.level': 'verbose',
        'links.allowedSchemes': ['https', 'javascript'],
        'sip.passwrd': 'x',
        recommended: { 'language.default': 'uk', 'callQuality.minMos': '3.8' },
      },
      source,
    );
    expect(layer.mandatory).toEqual({ 'sip.server': 'wss://pbx.example.com:8089/ws', 'wrapUp.timeLimitSeconds': 90 });
    expect(layer.recommended).toEqual({ 'language.default': 'uk', 'callQuality.minMos': 3.8 });
    expect(layer.problems).toEqual([
      { source, path: 'crm.url', rule: { code: 'not_https_address' } },
      { source, path: 'wrapUp.requireDisposition', rule: { code: 'wrong_type', expected: 'boolean' } },
      { source, path: 'updates.rolloutRing', rule: { code: 'out_of_range', min: 0, max: 99 } },
      { source, path: 'log.level', rule: { code: 'not_one_of', allowed: ['error', 'warn', 'info', 'debug'] } },
      { source, path: 'links.allowedSchemes', rule: { code: 'unsafe_scheme' } },
      { source, path: 'sip.passwrd', rule: { code: 'unknown_key' } },
    ]);
    expect(layer.problems[0] && policyProblemText(layer.problems[0])).toBe('Policy key `crm.url` in /etc/parley/policy.json: must be an https:// address — ignored');
  });

  it('reads nested dictionaries as dotted keys, the way a plist is easiest to write', () => {
    const layer = validatePolicy({ sip: { server: 'wss://pbx.example.com/ws', domain: 'pbx.example.com' }, wrapUp: { nope: 1 } }, source);
    expect(layer.mandatory).toEqual({ 'sip.server': 'wss://pbx.example.com/ws', 'sip.domain': 'pbx.example.com' });
    expect(layer.problems).toEqual([{ source, path: 'wrapUp.nope', rule: { code: 'unknown_key' } }]);
  });

  it('takes the registry’s DWORD 0/1 as a boolean and its text "3.5" as a decimal, but not an integer as text', () => {
    const layer = validatePolicy({ 'audio.agentsMayEdit': 0, 'callQuality.minMos': '3.5', 'wrapUp.timeLimitSeconds': '60' }, source);
    expect(layer.mandatory).toEqual({ 'audio.agentsMayEdit': false, 'callQuality.minMos': 3.5 });
    expect(layer.problems).toEqual([{ source, path: 'wrapUp.timeLimitSeconds', rule: { code: 'wrong_type', expected: 'integer' } }]);
  });

  it('names the item of a list that breaks its rule, and refuses text that is too long', () => {
    const layer = validatePolicy({ 'links.allowedSchemes': ['https', 42], 'sip.domain': 'a'.repeat(300) }, source);
    expect(layer.problems).toEqual([
      { source, path: 'links.allowedSchemes.1', rule: { code: 'wrong_type', expected: 'text' } },
      { source, path: 'sip.domain', rule: { code: 'too_long', max: 253 } },
    ]);
  });

  it('checks shaped text: a recording link must say which call, an install window is HH:MM-HH:MM, a roster path is absolute', () => {
    const layer = validatePolicy(
      {
        'recording.urlTemplate': 'https://rec.example.com/calls',
        'updates.installWindow': '22:00-6:00',
        'roster.file': 'roster.json',
        recommended: { 'recording.urlTemplate': 'https://rec.example.com/calls/{callId}', 'roster.file': 'C:\\ProgramData\\Parley\\roster.json' },
      },
      source,
    );
    expect(layer.problems.map((problem) => [problem.path, problem.rule.code])).toEqual([
      ['recording.urlTemplate', 'no_call_placeholder'],
      ['updates.installWindow', 'not_time_window'],
      ['roster.file', 'not_absolute_path'],
    ]);
    expect(layer.recommended).toEqual({ 'recording.urlTemplate': 'https://rec.example.com/calls/{callId}', 'roster.file': 'C:\\ProgramData\\Parley\\roster.json' });
  });

  it('never throws: a document that is not a dictionary, or a recommended part that is not, is one problem', () => {
    for (const document of [null, 42, 'text', ['sip.server']]) {
      expect(validatePolicy(document, source)).toEqual({
        source,
        mandatory: {},
        recommended: {},
        problems: [{ source, path: '(file)', rule: { code: 'wrong_type', expected: 'dictionary' } }],
      });
    }
    expect(validatePolicy({ recommended: [], 'log.level': 'info' }, source)).toMatchObject({
      mandatory: { 'log.level': 'info' },
      problems: [{ path: 'recommended', rule: { code: 'wrong_type', expected: 'dictionary' } }],
    });
  });
});
