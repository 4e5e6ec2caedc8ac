import type { ScorecardAnswer, ScorecardAnswers, ScorecardForm, ScorecardQuestion } from './scorecard-form';

export interface Score {
  /** 0–100, weighted over the questions that apply; null when none applies (or none is answered). */
  percent: number | null;
  /** Critical questions failed: any one fails the form. */
  failedCritical: string[];
  /** Questions still without an answer. */
  unanswered: string[];
}

/** How much of a question's weight an answer earns (0…1); null: it does not count (not applicable). */
export function answerShare(question: ScorecardQuestion, answer: ScorecardAnswer): number | null {
  if (answer === 'na') return question.allowNa ? null : 0;
  if (typeof answer === 'number') {
    const max = question.scaleMax ?? 5;
    return question.kind === 'scale' ? (Math.min(answer, max) - 1) / (max - 1) : 0;
  }
  if (question.kind !== 'yes-no') return 0;
  return answer === 'yes' ? 1 : 0;
}

function failsCritically(question: ScorecardQuestion, answer: ScorecardAnswer): boolean {
  return question.critical && answer !== 'na' && answerShare(question, answer) === 0;
}

/**
 * The form's score: each answered question earns its weight times its share;
 * not-applicable questions leave both the earned and the possible total. A
 * failed critical question fails the form: the score is then 0, with the
 * questions that failed it named (the percent alone would hide why).
 */
export function scoreEvaluation(form: ScorecardForm, answers: ScorecardAnswers): Score {
  let earned = 0;
  let possible = 0;
  const failedCritical: string[] = [];
  const unanswered: string[] = [];
  for (const question of form.questions) {
    const answer = answers[question.id];
    if (answer === undefined) {
      unanswered.push(question.id);
      continue;
    }
    if (failsCritically(question, answer)) failedCritical.push(question.id);
    const share = answerShare(question, answer);
    if (share === null) continue;
    earned += question.weight * share;
    possible += question.weight;
  }
  if (failedCritical.length > 0) return { percent: 0, failedCritical, unanswered };
  const percent = possible === 0 ? null : Math.round((1000 * earned) / possible) / 10;
  return { percent, failedCritical, unanswered };
}
