import type { ScriptBody } from '../script-schema';
import { updateStep } from './update-step';

/** The script without one branch of a question; a question left with fewer than two is for the validator to point out. */
export function removeAnswer(body: ScriptBody, questionId: string, answerId: string): ScriptBody {
  return updateStep(body, questionId, (step) => (step.type === 'question' ? { ...step, answers: step.answers.filter((answer) => answer.id !== answerId) } : step));
}
