import type { EvaluationScores } from '@shared/domain/evaluation';
import { watchedTeams } from '@shared/domain/roster';
import { answerShare } from '@shared/scorecards/score';
import type { LocalWords, StoredScorecardForm } from '@shared/scorecards/scorecard-form';
import type { Store } from '../../store/connection';
import { evaluationsMadeBetween } from '../../store/queries/evaluations';
import { currentReviewer } from './reviewer';
import { findScorecardForm } from './scorecard-form-store';

const average = (values: readonly number[]) => (values.length === 0 ? null : Math.round((10 * values.reduce((sum, value) => sum + value, 0)) / values.length) / 10);

/**
 * Trends' evaluation figures for a period (by when evaluations were made),
 * optionally for one team of the roster, over the agents this user may see: each agent's average score and
 * critical failures, and each question's average share of its weight
 * (percent; not-applicable answers left out), named as the newest form version with it names it; evaluations of a form version
 * this console does not hold yet count for their agent, not for any question. Evaluations are counted in
 * thousands, not millions: they are read by the time index and summed here.
 */
export function evaluationScores(store: Store, query: { from: number; to: number; team: string | null }): EvaluationScores {
  // The same rule as opening a call: a supervisor's teams, an admin everyone, an agent only their own figures.
  const { reviewer, roster } = currentReviewer(store);
  const watched = watchedTeams(reviewer.me, roster);
  const visible = new Set(roster.filter((agent) => watched.has(agent.team) && (query.team === null || agent.team === query.team)).map((agent) => agent.displayName));
  const ownName = reviewer.me?.displayName ?? reviewer.ownName;
  if (ownName !== '' && (query.team === null || reviewer.me?.team === query.team)) visible.add(ownName);
  const byAgent = new Map<string, { scores: number[]; evaluations: number; criticalFailures: number }>();
  const byQuestion = new Map<string, number[]>();
  // A question's name as the newest version that has it says it (an edit may have reworded it).
  const titles = new Map<string, { version: number; title: LocalWords }>();
  const forms = new Map<string, StoredScorecardForm | undefined>();
  const formOf = (slug: string, version: number) => {
    const key = `${slug}@${version}`;
    if (!forms.has(key)) forms.set(key, findScorecardForm(store, slug, version));
    return forms.get(key);
  };
  for (const evaluation of evaluationsMadeBetween(store, query.from, query.to)) {
    if (!visible.has(evaluation.agent)) continue;
    const agent = byAgent.get(evaluation.agent) ?? { scores: [], evaluations: 0, criticalFailures: 0 };
    agent.evaluations += 1;
    if (evaluation.scorePercent !== null) agent.scores.push(evaluation.scorePercent);
    if (evaluation.failedCritical.length > 0) agent.criticalFailures += 1;
    byAgent.set(evaluation.agent, agent);
    const form = formOf(evaluation.formSlug, evaluation.formVersion);
    for (const question of form?.questions ?? []) {
      if ((titles.get(question.id)?.version ?? 0) < evaluation.formVersion) titles.set(question.id, { version: evaluation.formVersion, title: question.title });
      const answer = evaluation.answers[question.id];
      const share = answer === undefined ? null : answerShare(question, answer);
      if (share === null) continue;
      byQuestion.set(question.id, [...(byQuestion.get(question.id) ?? []), 100 * share]);
    }
  }
  return {
    byAgent: [...byAgent.entries()]
      .map(([agent, figures]) => ({ agent, evaluations: figures.evaluations, averagePercent: average(figures.scores), criticalFailures: figures.criticalFailures }))
      .sort((a, b) => a.agent.localeCompare(b.agent)),
    byQuestion: [...byQuestion.entries()].map(([questionId, shares]) => ({
      questionId,
      title: titles.get(questionId)?.title ?? null,
      answered: shares.length,
      averageShare: average(shares),
    })),
  };
}
