import { stepsLeadingTo } from '../script-graph';
import type { ScriptBody } from '../script-schema';
import { refused, type ScriptEditResult } from './script-edit-result';

/**
 * The script without a step. Refused while a step still leads to it (a
 * branch would lead nowhere mid-call), when the call starts there, or when it
 * is the only step of its section (a section cannot be empty).
 */
export function removeStep(body: ScriptBody, id: string): ScriptEditResult {
  const leading = stepsLeadingTo(body, id);
  if (leading.length > 0) return refused('led-to', leading);
  if (body.start === id) return refused('is-start');
  const section = body.sections.find((candidate) => candidate.steps.some((step) => step.id === id));
  if (!section) return { ok: true, body };
  if (section.steps.length === 1) return refused('only-step');
  return { ok: true, body: { ...body, sections: body.sections.map((candidate) => (candidate === section ? { ...section, steps: section.steps.filter((step) => step.id !== id) } : candidate)) } };
}
