import { useTranslation } from 'react-i18next';
import type { PolicyProblem } from '@shared/policy/policy-rule';
import { policyProblemText } from './policy-problem-text';

/**
 * Administration's list of the policy keys the console ignored, each with the
 * rule it breaks, for the agent to hand to IT. Nothing when the policy is clean.
 */
export function PolicyNotice({ problems }: { problems: readonly PolicyProblem[] }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <section className="policy-notice" role="status" aria-labelledby="policy-notice-title" data-testid="policy-notice">
      <h3 id="policy-notice-title">{t('policy.problemsTitle')}</h3>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.source}\u0000${problem.path}`} data-testid="policy-problem">
            {policyProblemText(problem, t)}
          </li>
        ))}
      </ul>
      <p className="muted">{t('policy.problemsHint')}</p>
    </section>
  );
}
