import type { ScriptStep } from '../script-schema';

/** The step leading elsewhere: a question's answer (by id) or any other step's `next`, which left out ends the script there. */
export function withNext(step: ScriptStep, next: string | undefined, answerId?: string): ScriptStep {
  if (step.type === 'question') {
    return next === undefined ? step : { ...step, answers: step.answers.map((answer) => (answer.id === answerId ? { ...answer, next } : answer)) };
  }
  const changed = { ...step, next };
  // Left out rather than `next: undefined`, so the file written from it has no empty key.
  if (next === undefined) delete changed.next;
  return changed;
}
