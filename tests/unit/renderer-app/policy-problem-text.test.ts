import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { supportedLanguages } from '@shared/domain/language';
import { policyRuleSchema, type PolicyProblem, type PolicyRule } from '@shared/policy/policy-rule';
import { policyProblemText } from '../../../src/renderer/src/features/settings/policy-problem-text';
import en from '../../../src/renderer/src/locales/en.json';
import ru from '../../../src/renderer/src/locales/ru.json';
import uk from '../../../src/renderer/src/locales/uk.json';

/** One rule of every code, with its details. */
const rules: PolicyRule[] = [
  { code: 'unknown_key' },
  ...(['boolean', 'integer', 'number', 'text', 'list', 'dictionary'] as const).map((expected) => ({ code: 'wrong_type' as const, expected })),
  { code: 'out_of_range', min: 0, max: 3600 },
  { code: 'not_one_of', allowed: ['stable', 'beta'] },
  { code: 'too_long', max: 253 },
  { code: 'too_many', max: 16 },
  { code: 'not_https_address' },
  { code: 'not_sip_server_address' },
  { code: 'not_host_name' },
  { code: 'no_call_placeholder' },
  { code: 'not_time_window' },
  { code: 'not_absolute_path' },
  { code: 'not_dial_string' },
  { code: 'unsafe_scheme' },
  { code: 'not_a_scheme' },
  { code: 'unreadable', reason: 'EACCES' },
  { code: 'not_json' },
  { code: 'not_plist' },
  { code: 'not_owned_by_root' },
  { code: 'writable_by_others' },
];

async function translator(language: string) {
  const i18n = createInstance();
  await i18n.init({ resources: { en: { translation: en }, ru: { translation: ru }, uk: { translation: uk } }, lng: language, interpolation: { escapeValue: false } });
  return i18n.t.bind(i18n) as (key: string, values?: Record<string, string | number>) => string;
}

describe('the Administration notice says every ignored policy key in the agent’s language', () => {
  it('covers every rule the validator can report', () => {
    const codes = policyRuleSchema.options.map((option) => option.shape.code.value);
    expect(new Set(rules.map((rule) => rule.code))).toEqual(new Set(codes));
  });

  it.each(supportedLanguages)('%s: each rule worded, with its details, and nothing left as a key or a placeholder', async (language) => {
    const t = await translator(language);
    for (const rule of rules) {
      const problem: PolicyProblem = { source: '/etc/parley/policy.json', path: 'crm.url', rule };
      const text = policyProblemText(problem, t);
      expect(text, rule.code).toContain('crm.url');
      expect(text, rule.code).not.toMatch(/policy\.(rules|types)|\{\{/);
      if ('max' in rule) expect(text, rule.code).toContain(String(rule.max));
    }
    const file = policyProblemText({ source: '/etc/parley/policy.json', path: '(file)', rule: { code: 'writable_by_others' } }, t);
    expect(file).toContain('/etc/parley/policy.json');
    expect(file).not.toContain('(file)');
  });

  it('reads as IT expects in English', async () => {
    const t = await translator('en');
    expect(policyProblemText({ source: '/etc/parley/policy.json', path: 'crm.url', rule: { code: 'not_https_address' } }, t)).toBe(
      'Policy key “crm.url” (/etc/parley/policy.json): must be an https:// address — ignored',
    );
  });
});
