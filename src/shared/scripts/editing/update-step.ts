import type { ScriptBody, ScriptStep } from '../script-schema';

/** The script with one step changed; every other step and section is kept as it was. */
export function updateStep(body: ScriptBody, id: string, change: (step: ScriptStep) => ScriptStep): ScriptBody {
  return {
    ...body,
    sections: body.sections.map((section) =>
      section.steps.some((step) => step.id === id) ? { ...section, steps: section.steps.map((step) => (step.id === id ? change(step) : step)) } : section,
    ),
  };
}
