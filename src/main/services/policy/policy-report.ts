import type { EffectivePolicy } from '@shared/policy/effective-policy';
import { policyProblemText } from '@shared/policy/policy-rule';

/**
 * The policy section of a support bundle, for IT: where the policy came from,
 * what it locks, and every key ignored with its path and rule. Values are
 * IT's own configuration (addresses, limits), never customer data.
 */
export function policyReport(policy: EffectivePolicy): string {
  const lines = ['# Policy', `Sources (highest precedence first): ${policy.sources.length > 0 ? policy.sources.join(', ') : 'none'}`];
  lines.push('Locked:', ...policy.locks.map((lock) => `  ${lock.target} by ${lock.key} = ${JSON.stringify(policy.mandatory[lock.key])}`));
  lines.push('Recommended:', ...Object.entries(policy.recommended).map(([key, value]) => `  ${key} = ${JSON.stringify(value)}`));
  lines.push('Ignored:', ...policy.problems.map((problem) => `  ${policyProblemText(problem)}`));
  return `${lines.join('\n')}\n`;
}
