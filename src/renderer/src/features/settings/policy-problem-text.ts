import type { PolicyProblem, PolicyRule } from '@shared/policy/policy-rule';

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The rule's details as the text's values: a type or a list said in words, numbers as they are. */
function ruleValues(rule: PolicyRule, t: Translate): Record<string, string | number> {
  switch (rule.code) {
    case 'wrong_type':
      return { expected: t(`policy.types.${rule.expected}`) };
    case 'not_one_of':
      return { allowed: rule.allowed.join(', ') };
    case 'out_of_range':
      return { min: rule.min, max: rule.max };
    case 'too_long':
    case 'too_many':
      return { max: rule.max };
    case 'unreadable':
      return { reason: rule.reason };
    default:
      return {};
  }
}

/** One ignored key in the agent's language: the key (or the whole file), where it came from, and the rule it breaks. */
export function policyProblemText(problem: PolicyProblem, t: Translate): string {
  const rule = t(`policy.rules.${problem.rule.code}`, ruleValues(problem.rule, t));
  const values = { path: problem.path, source: problem.source, rule };
  return problem.path === '(file)' ? t('policy.fileProblem', values) : t('policy.problem', values);
}
