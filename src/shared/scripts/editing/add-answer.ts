import { stepIdSchema, type ScriptBody } from '../script-schema';
import { blankText } from './blank-text';
import { refused, type ScriptEditResult } from './script-edit-result';
import { updateStep } from './update-step';

/** The script with a new branch of a question, leading to `next`, its label blank in every language; refused for an invalid or taken answer id. */
export function addAnswer(body: ScriptBody, questionId: string, answerId: string, next: string): ScriptEditResult {
  if (!stepIdSchema.safeParse(answerId).success) return refused('invalid-id');
  const question = body.sections.flatMap((section) => section.steps).find((step) => step.id === questionId);
  if (question?.type !== 'question') return { ok: true, body };
  if (question.answers.some((answer) => answer.id === answerId)) return refused('duplicate-id');
  const answer = { id: answerId, label: blankText(body.languages), next };
  return { ok: true, body: updateStep(body, questionId, (step) => (step.type === 'question' ? { ...step, answers: [...step.answers, answer] } : step)) };
}
