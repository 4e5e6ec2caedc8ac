import type { Language } from '../../domain/language';
import { indexSteps } from '../script-graph';
import { stepIdSchema, type ScriptBody, type ScriptStep, type StepType } from '../script-schema';
import { blankText } from './blank-text';
import { refused, type ScriptEditResult } from './script-edit-result';

/** A new step of a type, its texts blank in every language of the script and its links left for the author to set. */
function blankStep(id: string, type: StepType, languages: readonly Language[]): ScriptStep {
  const text = () => blankText(languages);
  switch (type) {
    case 'say':
      return { id, type, text: { friendly: text(), formal: text() } };
    case 'question':
      // Each answer's id is its own; they start leading back to the question until the author picks where.
      return { id, type, text: { friendly: text(), formal: text() }, answers: ['yes', 'no'].map((answer) => ({ id: answer, label: text(), next: id })) };
    case 'field':
      return { id, type, kind: 'text', required: false, label: text() };
    case 'checkpoint':
      return { id, type, label: text() };
    case 'knowledge':
      return { id, type, title: text(), text: text() };
  }
}

/** The script with a new step at the end of a section; refused when the id is not a valid step id or is taken. */
export function addStep(body: ScriptBody, sectionId: string, id: string, type: StepType): ScriptEditResult {
  if (!stepIdSchema.safeParse(id).success) return refused('invalid-id');
  if (indexSteps(body).has(id)) return refused('duplicate-id');
  const step = blankStep(id, type, body.languages);
  return { ok: true, body: { ...body, sections: body.sections.map((section) => (section.id === sectionId ? { ...section, steps: [...section.steps, step] } : section)) } };
}
